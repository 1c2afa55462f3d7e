// Comparison table island: sort by any column (typed order, unknowns last), filter by
// carrier kind and text, and keep the state in the URL so a view can be shared.
// The table is complete without this script.
import { setQuery } from '/js/url-state.js';
const table = document.querySelector('table[data-sortable]');
const controls = document.querySelector('[data-enhance]');
if (table && controls) {
  const tbody = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  const kindSelect = controls.querySelector('[data-filter="kind"]');
  const textInput = controls.querySelector('[data-filter="q"]');
  const count = controls.querySelector('[data-count]');
  const params = new URLSearchParams(location.search);
  const state = {
    kind: params.get('kind') ?? '',
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? '',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
  const normalize = (s) => s.normalize('NFKC').toLowerCase();
  // A shared URL with a kind this table does not offer shows everything rather than nothing.
  if (![...kindSelect.options].some((o) => o.value === state.kind)) state.kind = '';

  controls.hidden = false;
  kindSelect.value = state.kind;
  textInput.value = state.q;

  headers.forEach((th, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const key = th.dataset.key;
      state.dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = key;
      apply();
    });
    th.dataset.index = String(index);
  });

  // The values a cell or row shows (and a row header's services), leaving out unknowns: their
  // "unknown" label would match 不明 or "no" in every row. Text columns sort by it, and the text
  // filter searches it.
  const visibleText = (el) =>
    [...el.querySelectorAll(':not(.unknown) > .cell-value')].map((v) => v.textContent.trim()).join(' ');
  const rowText = new Map(
    [...tbody.rows].map((row) => {
      const name = row.cells[0].dataset.sort ?? '';
      return [row, normalize([name, row.dataset.aliases ?? '', visibleText(row)].join(' '))];
    }),
  );

  // A cell without a sort type is unknown and goes last; numbers sort by their typed key
  // (minutes, yen…); text sorts by what is shown, in the page's language.
  function sortValue(row, index) {
    const cell = row.cells[index];
    const type = cell?.dataset.sortType;
    if (!type) return undefined;
    if (type === 'number') return Number(cell.dataset.sort);
    return cell.dataset.sort ?? visibleText(cell);
  }

  function apply() {
    const rows = [...tbody.rows];
    const th = headers.find((h) => h.dataset.key === state.sort);
    headers.forEach((h) => h.removeAttribute('aria-sort'));
    if (th) {
      const index = Number(th.dataset.index);
      th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      const sign = state.dir === 'asc' ? 1 : -1;
      rows.sort((a, b) => {
        const x = sortValue(a, index);
        const y = sortValue(b, index);
        if (x === undefined && y === undefined) return 0;
        if (x === undefined) return 1; // unknowns last, whatever the direction
        if (y === undefined) return -1;
        return (
          (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ja')) * sign
        );
      });
      tbody.append(...rows);
    }
    const q = normalize(state.q.trim());
    let shown = 0;
    for (const row of rows) {
      const visible =
        (!state.kind || row.dataset.kinds.split(' ').includes(state.kind)) && (!q || rowText.get(row).includes(q));
      row.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = count.dataset.template.replace('{n}', String(shown));
    // Keep other islands' parameters (the calculator's ?at=) and rewrite only this table's.
    const next = new URLSearchParams(location.search);
    for (const key of ['kind', 'q', 'sort', 'dir']) next.delete(key);
    for (const key of ['kind', 'q', 'sort']) if (state[key]) next.set(key, state[key]);
    if (state.sort) next.set('dir', state.dir);
    setQuery(next);
  }

  kindSelect.addEventListener('change', () => {
    state.kind = kindSelect.value;
    apply();
  });
  textInput.addEventListener('input', () => {
    state.q = textInput.value;
    apply();
  });
  apply();
}
