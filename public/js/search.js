// Search island (Pagefind). Runs the query from ?q=, offers filters, shows each hit's
// carrier / topic / kind, and keeps query and filters in the URL.
const form = document.querySelector('[data-search-form]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
if (form && status && list) {
  const input = form.querySelector('input[name="q"]');
  const selects = [...form.querySelectorAll('select[data-filter]')];
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options({ ranking: { pageLength: 0.5, termFrequency: 0.8 } });
  pagefind.init();

  const available = await pagefind.filters();
  for (const select of selects) {
    for (const value of Object.keys(available[select.dataset.filter] ?? {}).sort((a, b) =>
      select.dataset.filter === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'ja'),
    )) {
      const option = document.createElement('option');
      option.value = option.textContent = value;
      select.append(option);
    }
    select.value = params.get(select.name) ?? '';
  }

  // Pagefind excerpts contain <mark>; keep only text and <mark>, built as DOM nodes, never as HTML.
  function excerptNodes(html) {
    const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
    const out = document.createElement('p');
    for (const node of doc.body.firstChild.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        out.append(mark);
      } else out.append(document.createTextNode(node.textContent));
    }
    return out;
  }

  // Phone numbers are indexed digits-only too, so "0120-210-364" finds "0120210364".
  const normalizeQuery = (q) =>
    q
      .normalize('NFKC')
      .replace(/(\d)[-‐－ー](?=\d)/g, '$1')
      .trim();

  let generation = 0;
  async function run() {
    const q = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    for (const s of selects) if (s.value) next.set(s.name, s.value);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    const mine = ++generation;
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = status.dataset.loading;
    const search = await pagefind.search(q ? normalizeQuery(q) : null, { filters });
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const h = document.createElement('h2');
        h.append(a);
        const tags = document.createElement('p');
        tags.className = 'cell-meta';
        for (const key of ['kind', 'carrier', 'topic', 'year']) {
          for (const value of r.filters[key] ?? []) {
            const badge = document.createElement('span');
            badge.className = 'badge';
            badge.textContent = value;
            tags.append(badge);
          }
        }
        li.append(h, tags, excerptNodes(r.excerpt));
        return li;
      }),
    );
    const template = results.length ? status.dataset.templateCount : status.dataset.templateNone;
    status.textContent = template.replace('{q}', q).replace('{n}', String(search.results.length));
  }

  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  form.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  run();
}
