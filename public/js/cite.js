// "Cite this": copy a citation format or a permalink to the clipboard. A permalink control may be a
// plain link to the row (it works without JS); with JS a click also copies the absolute URL.
const status = document.querySelector('[data-copy-status]');
for (const control of /** @type {NodeListOf<HTMLElement>} */ (
  document.querySelectorAll('[data-copy], [data-copy-permalink]')
)) {
  control.hidden = false;
  control.addEventListener('click', async () => {
    const source = control.dataset.copy ? document.getElementById(control.dataset.copy) : null;
    const text = source ? (source.textContent ?? '') : new URL(control.dataset.copyPermalink ?? '', location.href).href;
    try {
      await navigator.clipboard.writeText(text);
      // Say it where the reader is looking (the control may sit in a table row far from the
      // section's status line), and in the live region for screen readers.
      const label = control.textContent;
      control.textContent = control.dataset.copied ?? '';
      setTimeout(() => (control.textContent = label), 2000);
      if (status) status.textContent = control.dataset.copied ?? '';
    } catch {
      // Clipboard refused (permissions): select the text so the reader can copy it by hand.
      const pre = source ?? (control.tagName === 'BUTTON' ? control.nextElementSibling : null);
      if (pre) getSelection()?.selectAllChildren(pre);
    }
  });
}
