import { describe, expect, it } from 'vitest';
import { hasPlaceholderTitle, sourceTitle } from '../../src/model/source-title.ts';
import { loadSite } from '../../src/model/load.ts';

const source = {
  url: 'https://news.mynavi.jp/techplus/article/20170705-a050',
  title: '［見出し未確認］大手3社の+675着信への注意喚起を伝えるマイナビニュースの記事',
  publisher: 'マイナビニュース',
  published: '2017-07-05',
};

describe('a source whose headline is unconfirmed', () => {
  it('shows its site and date instead of our bracketed placeholder, in both languages', () => {
    expect(sourceTitle(source, 'ja')).toBe('マイナビニュース（2017年7月5日）');
    expect(sourceTitle(source, 'en')).toBe('マイナビニュース (5 July 2017)');
  });
  it('shows its host name when the page shows no date', () => {
    const undated = { ...source, title: '（表題未確認）楽天モバイルの約款変更', published: undefined };
    expect(sourceTitle(undated, 'ja')).toBe('マイナビニュース（news.mynavi.jp）');
  });
  it('recognises all three placeholder spellings and leaves real titles alone', () => {
    for (const t of ['［見出し未確認］x', '[見出し未確認] x', '（表題未確認）x'])
      expect(hasPlaceholderTitle({ title: t })).toBe(true);
    expect(sourceTitle({ ...source, title: 'NTT東西、対策を発表' }, 'ja')).toBe('NTT東西、対策を発表');
  });
  it('keeps the placeholder flag in the data, so the report can still count them', () => {
    const site = loadSite();
    const all = [
      ...site.terms.flatMap((t) => [...t.data.sources, ...(t.data.history ?? []).flatMap((h) => h.sources)]),
      ...site.advisories.flatMap((a) => a.data.sources),
    ];
    expect(all.filter(hasPlaceholderTitle).length).toBeGreaterThan(50);
  });
});
