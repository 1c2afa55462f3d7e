/**
 * Loads the built Pagefind index in Node: pagefind.js with a fetch shim that reads dist/,
 * and a document shim that tells it the page language (it picks the index by <html lang>).
 * Uses the island's own ranking and shortcut modules, so the tests rank what a reader sees.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { ranking } from '../../public/js/search-ranking.js';
import { shortcutsFor } from '../../public/js/search-shortcuts.js';

export interface Hit {
  url: string;
  title: string;
}
export interface Pagefind {
  /** Pagefind's own ranking (top 5). */
  search: (q: string) => Promise<Hit[]>;
  /** What the search page lists: exact-name shortcuts first, then Pagefind's hits (top 5). */
  searchAsShown: (q: string) => Promise<Hit[]>;
  /** Tries other ranking weights (for `npm run search:tune`). */
  setRanking: (ranking: Record<string, number>) => Promise<void>;
}

interface Shortcut {
  names: string[];
  href: string;
  title: string;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
}
const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const text = (n: Node): string => n.value ?? (n.childNodes ?? []).map(text).join('');
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
}

/** The shortcut entries the built search page carries (the island reads the same list). */
export function loadShortcuts(lang: 'ja' | 'en', dist = 'dist'): Shortcut[] {
  const page = join(resolve(dist), lang === 'ja' ? 'search/index.html' : 'en/search/index.html');
  const doc = parse(readFileSync(page, 'utf8')) as unknown as Node;
  return [...walk(doc)]
    .filter((n) => n.nodeName === 'li' && attr(n, 'data-names'))
    .map((li) => {
      const a = [...walk(li)].find((n) => n.nodeName === 'a')!;
      return { names: JSON.parse(attr(li, 'data-names')!) as string[], href: attr(a, 'href')!, title: text(a).trim() };
    });
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
  const pagefind = await import(`${pathToFileURL(join(root, 'pagefind/pagefind.js')).href}?lang=${lang}`);
  await pagefind.options({ basePath: '/pagefind/', ranking });
  await pagefind.init();
  const shortcuts = loadShortcuts(lang, dist);
  const search = async (q: string): Promise<Hit[]> => {
    const normalized = q
      .normalize('NFKC')
      .replace(/(\d)[-‐－ー](?=\d)/g, '$1')
      .trim();
    const result = await pagefind.search(normalized);
    const data = await Promise.all(
      result.results
        .slice(0, 5)
        .map((r: { data: () => Promise<{ url: string; meta: { title: string } }> }) => r.data()),
    );
    return data.map((d) => ({ url: d.url, title: d.meta.title }));
  };
  return {
    setRanking: (r) => pagefind.options({ ranking: r }),
    search,
    searchAsShown: async (q: string) => {
      const pinned = (shortcutsFor(q, shortcuts) as Shortcut[]).map((s) => ({ url: s.href, title: s.title }));
      const hits = (await search(q)).filter((h) => !pinned.some((p) => p.url === h.url));
      return [...pinned, ...hits].slice(0, 5);
    },
  };
}
