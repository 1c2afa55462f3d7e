/**
 * What a reader sees under each search result: the page's own text. The search aids (readings,
 * synonyms, other names; ADR 0004, 0006) still find pages but never show in an excerpt, and the
 * facts shown as filters (year, carrier, topic, date, issuer) never run into the text.
 */
import { describe, expect, it } from 'vitest';
import { loadPagefind } from '../support/pagefind.ts';

// Words that exist only as search aids: no page shows them.
const AID_ONLY = ['ピービーエックス', 'よくえいぎょうび', 'はっしんきゅうし', 'ふせいりよう', 'こくさいでんわ'];

describe('search result excerpts', () => {
  it('find pages by an aid word, yet the word is in no excerpt and no indexed page text', async () => {
    const pagefind = await loadPagefind('ja');
    for (const word of AID_ONLY) {
      const hits = await pagefind.searchWithExcerpts(word);
      expect(hits.length, word).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.excerpt, `${word} ${hit.url}`).not.toContain(word);
        expect(hit.content, `${word} ${hit.url}`).not.toContain(word);
      }
    }
  });

  it('show page text for 国際電話 停止, not the aid list (-PBX ピービーエックス 交換機 ビジネスフォン)', async () => {
    const pagefind = await loadPagefind('ja');
    const hits = await pagefind.searchWithExcerpts('国際電話 停止');
    expect(hits.length).toBe(5);
    for (const hit of hits) {
      for (const word of [...AID_ONLY, 'ビジネスフォン', 'international call'])
        expect(hit.excerpt, hit.url).not.toContain(word);
    }
  });

  it('keep filters and facts out of the text: an advisory excerpt reads title, then what it says', async () => {
    const pagefind = await loadPagefind('ja');
    const [hit] = await pagefind.searchWithExcerpts('イリジウム');
    expect(hit!.url).toBe('/advisories/2003-02-13-au-iridium-calls-suspended/');
    // Was 「…休止. 2003KDDI国際電話の発信休止日付2003-02-13発表者ITmedia…」.
    expect(hit!.content).not.toMatch(/2003KDDI|日付2003|発表者/);
    expect(hit!.content).toMatch(/^au国際電話サービス、イリジウム携帯電話への国際通話を休止\. ITmediaは、/);
  });

  it('keep a term page’s carrier aliases and filters out of its text (English too)', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const pagefind = await loadPagefind(lang);
      const hits = await pagefind.searchWithExcerpts(lang === 'ja' ? 'イリジウム' : 'Iridium');
      const term = hits.find((h) => h.url.endsWith('/terms/kddi/intl-call-suspension/'));
      expect(term, lang).toBeDefined();
      // Was 「KDDI国際電話の発信休止au auひかり 001 …」 right after the title.
      expect(term!.content).not.toMatch(/KDDI(?:国際電話の発信休止|Suspending)/);
    }
  });
});
