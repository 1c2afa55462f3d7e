/**
 * `npm run search:tune` (after `npm run build`): tries a grid of Pagefind ranking weights on
 * the search-quality queries (tests/search/queries.json) and prints precision@1 / recall@3 for
 * each, best first, so the weights in public/js/search-ranking.js are chosen on evidence.
 */
import { readFileSync } from 'node:fs';
import { loadPagefind, type Pagefind } from '../tests/support/pagefind.ts';
import { ranking as current } from '../public/js/search-ranking.js';

interface Query {
  q: string;
  lang: 'ja' | 'en';
  expect: string[];
}
const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as Query[];
const engines: Record<'ja' | 'en', Pagefind> = { ja: await loadPagefind('ja'), en: await loadPagefind('en') };

const rows: { ranking: Record<string, unknown>; p1: number; r3: number; misses: string[] }[] = [];
for (const termSaturation of [0.6, 1.0, 1.4, 2.0])
  for (const termFrequency of [0.4, 0.8, 1.0])
    for (const pageLength of [0.3, 0.5, 0.75, 1.0]) {
      // Pagefind resets whatever a new ranking leaves out, so the field weights are kept.
      const ranking = { ...current, termSaturation, termFrequency, pageLength };
      await engines.ja.setRanking(ranking);
      await engines.en.setRanking(ranking);
      let at1 = 0;
      let at3 = 0;
      const misses: string[] = [];
      for (const query of queries) {
        const urls = (await engines[query.lang].search(query.q)).map((h) => h.url);
        if (query.expect.includes(urls[0] ?? '')) at1++;
        if (urls.slice(0, 3).some((u) => query.expect.includes(u))) at3++;
        else misses.push(query.q);
      }
      rows.push({ ranking, p1: at1 / queries.length, r3: at3 / queries.length, misses });
    }
rows.sort((a, b) => b.r3 - a.r3 || b.p1 - a.p1);
console.log(`Pagefind's ranking alone (no shortcuts), ${queries.length} queries, best first:`);
for (const r of rows.slice(0, 15)) {
  console.log(
    `r@3 ${r.r3.toFixed(2)}  p@1 ${r.p1.toFixed(2)}  ${JSON.stringify(r.ranking)}  misses: ${r.misses.join(' | ')}`,
  );
}
