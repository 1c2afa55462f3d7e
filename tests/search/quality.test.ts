/**
 * Search quality on the built index: each query in queries.json must find one of its
 * expected records in the top 3. Reports precision@1 and recall@3; fails below 0.9 recall@3.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPagefind } from '../support/pagefind.ts';

interface Query {
  q: string;
  lang: 'ja' | 'en';
  expect: string[];
}
const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as Query[];

describe('search quality', () => {
  it('has at least 40 real queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
  });

  it('finds the right records in the top 3 for at least 90 % of queries (ja and en together)', async () => {
    let total3 = 0;
    const allMisses: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      const pagefind = await loadPagefind(lang);
      const mine = queries.filter((q) => q.lang === lang);
      let hitsAt1 = 0;
      let hitsAt3 = 0;
      const misses: string[] = [];
      for (const query of mine) {
        const urls = (await pagefind.search(query.q)).map((h) => h.url);
        if (query.expect.includes(urls[0] ?? '')) hitsAt1++;
        if (urls.slice(0, 3).some((u) => query.expect.includes(u))) hitsAt3++;
        else misses.push(`${query.q} → ${urls.slice(0, 3).join(', ') || '(nothing)'}`);
      }
      const p1 = hitsAt1 / mine.length;
      const r3 = hitsAt3 / mine.length;
      console.log(
        `[search ${lang}] ${mine.length} queries: precision@1 ${p1.toFixed(2)}, recall@3 ${r3.toFixed(2)}${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`,
      );
      total3 += hitsAt3;
      allMisses.push(...misses);
    }
    const recall = total3 / queries.length;
    console.log(`[search all] recall@3 ${recall.toFixed(2)}`);
    expect(recall, allMisses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
