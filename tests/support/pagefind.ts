/**
 * Loads the built Pagefind index in Node: pagefind.js with a fetch shim that reads dist/,
 * and a document shim that tells it the page language (it picks the index by <html lang>).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Hit {
  url: string;
  title: string;
}
export interface Pagefind {
  search: (q: string) => Promise<Hit[]>;
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
  await pagefind.options({ basePath: '/pagefind/', ranking: { pageLength: 0.5, termFrequency: 0.8 } });
  await pagefind.init();
  return {
    search: async (q: string) => {
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
    },
  };
}
