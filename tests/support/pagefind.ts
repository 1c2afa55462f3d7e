/**
 * Loads the built Pagefind index in Node: pagefind.js with a fetch shim that reads dist/,
 * and a document shim that tells it the page language (it picks the index by <html lang>).
 * Uses the island's own ranking and shortcut modules, so the tests rank what a reader sees.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeQuery, ranking, termBundleWeight } from '../../public/js/search-ranking.js';
import { shortcutsFor } from '../../public/js/search-shortcuts.js';

export interface Hit {
  url: string;
  title: string;
}
/** A hit as the search page shows it: its excerpt (marks removed) and the page text it comes from. */
export interface ShownHit extends Hit {
  excerpt: string;
  content: string;
}
export interface Pagefind {
  /** Pagefind's own ranking (top 5). */
  search: (q: string) => Promise<Hit[]>;
  /** What the search page lists: exact-name shortcuts first, then Pagefind's hits (top 5). */
  searchAsShown: (q: string) => Promise<Hit[]>;
  /** Pagefind's top 5 with the excerpt a reader sees under each. */
  searchWithExcerpts: (q: string) => Promise<ShownHit[]>;
  /** Tries other ranking weights (for `npm run search:tune`). */
  setRanking: (ranking: Record<string, unknown>) => Promise<void>;
}

interface Shortcut {
  names: string[];
  href: string;
  title: string;
}

/** The shortcut entries the search island loads (dist/search/shortcuts.json). */
export function loadShortcuts(lang: 'ja' | 'en', dist = 'dist'): Shortcut[] {
  const file = join(resolve(dist), lang === 'ja' ? 'search/shortcuts.json' : 'en/search/shortcuts.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { names: string[]; href: string; title: string }[]).map(
    ({ names, href, title }) => ({ names, href, title }),
  );
}

export async function loadPagefind(lang: 'ja' | 'en', dist = 'dist'): Promise<Pagefind> {
  const root = resolve(dist);
  const g = globalThis as Record<string, unknown>;
  g.fetch = async (input: string | URL) => {
    const path = new URL(String(input), 'http://127.0.0.1/').pathname;
    const body = await readFile(join(root, decodeURIComponent(path)));
    return new Response(body, {
      headers: { 'content-type': path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' },
    });
  };
  g.document = { querySelector: () => ({ getAttribute: () => lang }), documentElement: { lang } };
  g.location = new URL('http://127.0.0.1/');
  // As the island does: the main bundle, then the language's term bundles merged into it
  // (scripts/search-index.ts). A fresh module instance per ranking, since merged bundles take
  // their ranking when they are merged.
  let loads = 0;
  const open = async (rankingWeights: Record<string, unknown>) => {
    const module = await import(`${pathToFileURL(join(root, 'pagefind/pagefind.js')).href}?lang=${lang}&n=${loads++}`);
    await module.options({ basePath: '/pagefind/', ranking: rankingWeights });
    await module.init();
    const bundles = JSON.parse(readFileSync(join(root, 'pagefind/bundles.json'), 'utf8')) as Record<string, string[]>;
    for (const path of bundles[lang] ?? [])
      await module.mergeIndex(path, { ranking: rankingWeights, indexWeight: termBundleWeight });
    return module;
  };
  let pagefind = await open(ranking);
  const shortcuts = loadShortcuts(lang, dist);
  const searchWithExcerpts = async (q: string): Promise<ShownHit[]> => {
    const normalized = normalizeQuery(q);
    const result = await pagefind.search(normalized);
    type Data = { url: string; meta: { title: string }; excerpt: string; content: string };
    const data = await Promise.all(result.results.slice(0, 5).map((r: { data: () => Promise<Data> }) => r.data()));
    return data.map((d) => ({
      url: d.url,
      title: d.meta.title,
      excerpt: d.excerpt.replace(/<\/?mark>/g, ''),
      content: d.content,
    }));
  };
  const search = async (q: string): Promise<Hit[]> =>
    (await searchWithExcerpts(q)).map(({ url, title }) => ({ url, title }));
  return {
    setRanking: async (r) => {
      pagefind = await open(r);
    },
    search,
    searchWithExcerpts,
    searchAsShown: async (q: string) => {
      const pinned = (shortcutsFor(q, shortcuts) as Shortcut[]).map((s) => ({ url: s.href, title: s.title }));
      const hits = (await search(q)).filter((h) => !pinned.some((p) => p.url === h.url));
      return [...pinned, ...hits].slice(0, 5);
    },
  };
}
