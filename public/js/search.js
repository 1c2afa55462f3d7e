// Search island (Pagefind). Runs the query from ?q=, offers filters, shows each hit's
// carrier / topic / kind, and keeps query and filters in the URL.
import { setQuery } from '/js/url-state.js';
const form = document.querySelector('[data-search-form]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
if (form && status && list) {
  const input = form.querySelector('input[name="q"]');
  const selects = [...form.querySelectorAll('select[data-filter]')];
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // Exact-name shortcuts (ADR 0005); search works without them if the file cannot be read.
  const shortcutEntries = fetch(new URL('shortcuts.json', location.href))
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => []);
  const [pagefind, { ranking, normalizeQuery, termBundleWeight }, { shortcutsFor }] = await Promise.all([
    import('/pagefind/pagefind.js'),
    import('/js/search-ranking.js'),
    import('/js/search-shortcuts.js'),
  ]);
  // Main-thread search: Pagefind's shared worker is shared by every open tab of the site, and
  // measured no faster here (ADR 0005); one tab's search should not depend on another's.
  await pagefind.options({ ranking, noWorker: true });
  pagefind.init();
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';

  // Pagefind calls run one at a time: merging an index while a search runs would search a
  // half-loaded index.
  let queue = Promise.resolve();
  const serial = (task) => {
    const result = queue.then(task);
    queue = result.catch(() => {});
    return result;
  };
  // Term pages are indexed in bundles of their own (scripts/search-index.ts, ADR 0010): the
  // first query shows hits from the main index at once, then merges the term bundles and shows
  // everything ranked together.
  let merged;
  const mergeTermBundles = () =>
    (merged ??= serial(async () => {
      const response = await fetch('/pagefind/bundles.json').catch(() => undefined);
      const bundles = response?.ok ? await response.json() : {};
      for (const path of bundles[lang] ?? [])
        await pagefind.mergeIndex(path, { ranking, indexWeight: termBundleWeight });
    }));

  // The first query runs at once; the filter lists fill in afterwards (Pagefind's filter index
  // is not needed for an unfiltered query). Until then filters come from the URL.
  let filtersFromUrl = Object.fromEntries(
    selects.filter((s) => params.get(s.name)).map((s) => [s.dataset.filter, params.get(s.name)]),
  );
  const currentFilters = () =>
    filtersFromUrl ?? Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
  const loadFilters = () =>
    serial(() => pagefind.filters()).then((available) => {
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
      filtersFromUrl = null;
    });

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

  let generation = 0;
  async function run() {
    const q = input.value.trim();
    const filters = currentFilters();
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    for (const [name, value] of Object.entries(filters)) next.set(name, value);
    setQuery(next);
    const mine = ++generation;
    if (!q && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = status.dataset.loading;
    const query = q ? normalizeQuery(q) : null;
    // A query that is exactly a carrier's or topic's name opens with that page (without filters).
    const pinned = Object.keys(filters).length ? [] : shortcutsFor(q, await shortcutEntries);
    const isPinned = (r) => pinned.some((p) => p.href === r.url);
    if (!merged) {
      // Before the term bundles are merged: the main index's hits, shown while they load.
      const first = await serial(() => pagefind.search(query, { filters }));
      const preview = await Promise.all(first.results.slice(0, 5).map((r) => r.data()));
      if (mine !== generation) return;
      list.setAttribute('aria-busy', 'true');
      list.replaceChildren(...pinned.map(shortcutItem), ...preview.filter((r) => !isPinned(r)).map(resultItem));
    }
    await mergeTermBundles();
    const search = await serial(() => pagefind.search(query, { filters }));
    // Show the first hits as soon as their fragments arrive, then the rest (each is a fetch).
    const head = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    if (mine !== generation) return;
    list.removeAttribute('aria-busy');
    list.replaceChildren(...pinned.map(shortcutItem), ...head.filter((r) => !isPinned(r)).map(resultItem));
    const rest = await Promise.all(search.results.slice(5, 20).map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...rest.filter((r) => !isPinned(r)).map(resultItem));
    const shown = [...head, ...rest];
    const total = search.results.length + pinned.length - shown.filter(isPinned).length;
    const template = total ? status.dataset.templateCount : status.dataset.templateNone;
    status.textContent = template.replace('{q}', q).replace('{n}', String(total));
  }

  function listItem(href, title, badges) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = title;
    const h = document.createElement('h2');
    h.append(a);
    const tags = document.createElement('p');
    tags.className = 'cell-meta';
    for (const value of badges) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = value;
      tags.append(badge);
    }
    li.append(h, tags);
    return li;
  }

  function shortcutItem(p) {
    const li = listItem(p.href, p.title, [p.kindLabel]);
    li.dataset.shortcut = '';
    return li;
  }

  function resultItem(r) {
    const badges = ['kind', 'carrier', 'topic', 'year'].flatMap((key) => r.filters[key] ?? []);
    const li = listItem(r.url, r.meta.title ?? r.url, badges);
    li.append(excerptNodes(r.excerpt));
    return li;
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
  // Filter lists are loaded after the first results are on screen: they are not needed sooner.
  run().finally(loadFilters);
}
