// Carriers side by side: show the 2–4 carriers named in ?c=a,b,c and mark the rows where they differ.
import { pushQuery } from '/js/url-state.js';
import { comparison, MARK } from '/js/compare-values.js';

const form = document.querySelector('[data-carrier-picker]');
const view = document.querySelector('[data-side-by-side]');
const table = view?.querySelector('[data-side-table]');
if (form && view && table) {
  const noJsNote = document.querySelector('[data-no-js-note]');
  if (noJsNote) noJsNote.hidden = true;
  const status = form.querySelector('[data-picker-status]');
  const boxes = [...form.querySelectorAll('input[name="c"]')];
  const valid = new Set(boxes.map((b) => b.value));
  const fromUrl = () =>
    new URLSearchParams(location.search)
      .getAll('c')
      .flatMap((v) => v.split(','))
      .filter((id, i, all) => valid.has(id) && all.indexOf(id) === i);

  function render(chosen) {
    for (const b of boxes) b.checked = chosen.includes(b.value);
    if (chosen.length < 2 || chosen.length > 4) {
      view.hidden = true;
      status.textContent = chosen.length > 0 ? form.querySelector('legend').textContent : '';
      return;
    }
    status.textContent = '';
    view.hidden = false;
    for (const cell of table.querySelectorAll('[data-carrier]')) cell.hidden = !chosen.includes(cell.dataset.carrier);
    for (const row of table.querySelectorAll('tr[data-values]')) {
      const values = JSON.parse(row.dataset.values);
      const result = comparison(chosen.map((id) => values[id] ?? null));
      row.classList.toggle('differs', result === 'differs');
      const mark = row.querySelector('td[data-diff-col]');
      mark.textContent = `${MARK[result]} ${mark.dataset[`${result}Label`]}`;
    }
    for (const th of table.querySelectorAll('tbody th[colspan]')) th.colSpan = chosen.length + 2;
    const names = chosen.map((id) => table.querySelector(`thead [data-carrier="${id}"]`).textContent.trim());
    table.caption.textContent = names.join(' × ');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    // Commas stay readable in a shared link: ?c=kddi,softbank
    pushQuery(chosen.length ? `c=${chosen.join(',')}` : '');
    render(chosen);
  });
  addEventListener('popstate', () => render(fromUrl()));
  render(fromUrl());
}
