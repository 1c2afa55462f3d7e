import { describe, expect, it } from 'vitest';
import { firstSentence, formatLeadTime, formatYen, formatHours, sortKey } from '../../src/model/format.ts';
import type { Attribute } from '../../src/schema/topic.ts';

const leadTime: Attribute = { key: 'leadTime', label: { ja: '所要' }, type: 'lead-time' };

describe('lead times read as people say them', () => {
  it.each([
    [{ kind: 'business-days', value: 1 }, '翌営業日', 'Next business day'],
    [{ kind: 'calendar-days', value: 0 }, '当日中', 'Same day'],
    [{ kind: 'immediate' }, '即時', 'Immediately'],
  ] as const)('%o → %s / %s', (value, ja, en) => {
    expect(formatLeadTime(value, 'ja')).toBe(ja);
    expect(formatLeadTime(value, 'en')).toBe(en);
  });
  it('adds the source note in parentheses (mineo style)', () => {
    const mineo = {
      kind: 'minutes',
      value: 30,
      reception: { days: 'daily', from: '09:10', to: '20:50' },
      note: { ja: '20:50〜9:10の申込は翌9:15以降' },
    } as const;
    expect(formatLeadTime(mineo, 'ja')).toBe('約30分（20:50〜9:10の申込は翌9:15以降）');
  });
  it('shows reception hours when there is no note', () => {
    expect(
      formatLeadTime({ kind: 'minutes', value: 30, reception: { days: 'daily', from: '09:10', to: '20:50' } }, 'ja'),
    ).toBe('約30分（受付 毎日 9:10–20:50）');
  });
});

describe('sorting by real order', () => {
  it('puts 30 minutes < same day < next day < next business day < 3 business days, unknown last', () => {
    const values = [
      { kind: 'business-days', value: 3 },
      { unknown: { ja: '不明' } },
      { kind: 'business-days', value: 1 },
      { kind: 'calendar-days', value: 1 },
      { kind: 'minutes', value: 30 },
      { kind: 'calendar-days', value: 0 },
    ];
    const keys = values.map((v) => sortKey(leadTime, v));
    expect(keys[1]).toBeUndefined();
    const order = values
      .map((_v, i) => [keys[i], i] as const)
      .filter(([k]) => k !== undefined)
      .sort((a, b) => (a[0] as number) - (b[0] as number))
      .map(([, i]) => i);
    expect(order).toEqual([4, 5, 3, 2, 0]);
  });

  it('lists the longest opening hours first, 24 hours a day before any daytime desk', () => {
    const hours: Attribute = { key: 'hours', label: { ja: '受付時間' }, type: 'hours' };
    const always = sortKey(hours, { days: 'always' }) as number;
    const daily = sortKey(hours, { days: 'daily', from: '09:00', to: '17:00' }) as number;
    const weekdays = sortKey(hours, { days: 'weekdays', from: '09:00', to: '17:00' }) as number;
    expect(always).toBeLessThan(daily);
    expect(daily).toBeLessThan(weekdays);
  });
});

describe('yen and hours', () => {
  it('formats prices in both languages', () => {
    expect(formatYen('free', 'ja')).toBe('無料');
    expect(formatYen({ amount: 30000, tax: 'exempt', per: 'month' }, 'ja')).toBe('月額 30,000円（不課税）');
    expect(formatYen({ amount: 30000, tax: 'included' }, 'en')).toBe('¥30,000 (tax incl.)');
  });
  it('formats opening hours', () => {
    expect(formatHours({ days: 'daily', from: '09:00', to: '17:00' }, 'ja')).toBe('毎日 9:00–17:00');
    expect(formatHours({ days: 'always' }, 'en')).toBe('24 hours, every day');
  });
});

describe('an unknown reason in brief (tables)', () => {
  it.each([
    ['ja', '約款を探したが見つからなかった。2014年の告知は触れていない。', '約款を探したが見つからなかった。'],
    // The next sentence opens with a bracket.
    ['ja', '公式ページには書かれていない。「高額利用」で探しても出なかった。', '公式ページには書かれていない。'],
    // A full stop inside brackets (an outlet's name) is not the end.
    [
      'ja',
      '読めた範囲の報道（ケータイWatch、AERA dot.）は補償に触れていない。詳細は未確認。',
      '読めた範囲の報道（ケータイWatch、AERA dot.）は補償に触れていない。',
    ],
    [
      'en',
      'Searched the tariff (e.g. Art. 3); none was found. A blog says more.',
      'Searched the tariff (e.g. Art. 3); none was found.',
    ],
    // "Art." before a number, and e.g. before a capital, are not ends.
    [
      'en',
      'Never reached the article in Art. 38 or e.g. Table 2 of the tariff. Only the contents were read.',
      'Never reached the article in Art. 38 or e.g. Table 2 of the tariff.',
    ],
    // A sentence may start with a lower-case brand name or a year; "U.S." is not an end.
    [
      'en',
      'Checked U.S. and Japanese pages. docomo has no such page. 2023 press was read too.',
      'Checked U.S. and Japanese pages.',
    ],
  ])('%s: %s', (lang, text, first) => {
    expect(firstSentence(text, lang)).toEqual({ text: first, truncated: true });
  });
  it('leaves a one-sentence reason whole', () => {
    expect(firstSentence('一文だけの理由。', 'ja')).toEqual({ text: '一文だけの理由。', truncated: false });
    expect(firstSentence('Only one sentence.', 'en')).toEqual({ text: 'Only one sentence.', truncated: false });
  });
});
