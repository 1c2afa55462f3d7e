// "Cite this": copy a citation format or the permalink to the clipboard.
const status = document.querySelector('[data-copy-status]');
for (const button of document.querySelectorAll('[data-copy], [data-copy-permalink]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = button.dataset.copy
      ? document.getElementById(button.dataset.copy).textContent
      : new URL(button.dataset.copyPermalink, location.origin).href;
    try {
      await navigator.clipboard.writeText(text);
      // Say it where the reader is looking (the button may sit in a table row far from the
      // section's status line), and in the live region for screen readers.
      const label = button.textContent;
      button.textContent = button.dataset.copied;
      setTimeout(() => (button.textContent = label), 2000);
      if (status) status.textContent = button.dataset.copied;
    } catch {
      // Clipboard refused (permissions): select the text so the reader can copy it by hand.
      const pre = button.dataset.copy ? document.getElementById(button.dataset.copy) : button.nextElementSibling;
      getSelection()?.selectAllChildren(pre);
    }
  });
}
