/**
 * Search quality on the built index: each query in queries.json must find one of its
 * expected records in the top 3 of what the search page shows (exact-name shortcuts, then
 * Pagefind). Reports precision@1 and recall@3, also for Pagefind's ranking alone so the effect
 * of the shortcuts stays visible; fails below 0.9 recall@3 as shown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPagefind } from '../support/pagefind.ts';
import { loadSite } from '../../src/model/load.ts';
import { GLOSSARY } from '../../src/search/aids.ts';

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
    const totals = { shown: 0, pagefind: 0 };
    const allMisses: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      const pagefind = await loadPagefind(lang);
      const mine = queries.filter((q) => q.lang === lang);
      for (const view of ['pagefind', 'shown'] as const) {
        let hitsAt1 = 0;
        let hitsAt3 = 0;
        const misses: string[] = [];
        for (const query of mine) {
          const hits = view === 'shown' ? await pagefind.searchAsShown(query.q) : await pagefind.search(query.q);
          const urls = hits.map((h) => h.url);
          if (query.expect.includes(urls[0] ?? '')) hitsAt1++;
          if (urls.slice(0, 3).some((u) => query.expect.includes(u))) hitsAt3++;
          else misses.push(`${query.q} → ${urls.slice(0, 3).join(', ') || '(nothing)'}`);
        }
        const label = view === 'shown' ? 'as shown' : 'Pagefind alone';
        console.log(
          `[search ${lang}, ${label}] ${mine.length} queries: precision@1 ${(hitsAt1 / mine.length).toFixed(2)}, ` +
            `recall@3 ${(hitsAt3 / mine.length).toFixed(2)}${misses.length ? `\n  misses:\n  ${misses.join('\n  ')}` : ''}`,
        );
        totals[view] += hitsAt3;
        if (view === 'shown') allMisses.push(...misses);
      }
    }
    const recall = totals.shown / queries.length;
    console.log(
      `[search all] recall@3 as shown ${recall.toFixed(2)}, Pagefind alone ${(totals.pagefind / queries.length).toFixed(2)}`,
    );
    expect(recall, allMisses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('puts the carrier page first when the query is exactly one of its names', async () => {
    const pagefind = await loadPagefind('ja');
    expect((await pagefind.searchAsShown('ａｕ'))[0]?.url).toBe('/carriers/kddi/');
    expect((await pagefind.searchAsShown('NTTコミュニケーションズ'))[0]?.url).toBe('/carriers/ntt-docomo-business/');
    // A longer query is a real search, not a name: no shortcut.
    expect((await pagefind.searchAsShown('au 国際電話'))[0]?.url).not.toBe('/carriers/kddi/');
  });

  // Pagefind cuts a reading into fragments (こくさいでんわ → こく さい でんわ) that also start unrelated
  // words in page text (でんわんセンター, ください); a topic table, whose rows stay out of the index,
  // must still come up for the reading of a word in its title (ADR 0007).
  it('finds each topic table in the top 3 by the hiragana reading of a word in its title', async () => {
    const pagefind = await loadPagefind('ja');
    const cases = loadSite().topics.flatMap((topic) =>
      Object.entries(GLOSSARY)
        .filter(([word]) => topic.data.title.ja.includes(word))
        .flatMap(([, extras]) => extras.filter((e) => /^\p{scx=Hiragana}+$/u.test(e)))
        .map((reading) => ({ reading, url: `/compare/${topic.id}/` })),
    );
    expect(cases.length).toBeGreaterThanOrEqual(8);
    const misses: string[] = [];
    for (const { reading, url } of cases) {
      const top3 = (await pagefind.searchAsShown(reading)).slice(0, 3).map((h) => h.url);
      if (!top3.includes(url)) misses.push(`${reading} → ${top3.join(', ')} (want ${url})`);
    }
    expect(misses).toEqual([]);
  });
});
