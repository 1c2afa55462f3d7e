import { describe, expect, it } from 'vitest';
import { answerText, topicAnswer } from '../../src/model/answer.ts';
import type { Cell, Term } from '../../src/model/site.ts';
import type { Attribute } from '../../src/schema/topic.ts';

const available: Attribute = { key: 'available', label: { ja: '申込', en: 'Available' }, type: 'boolean' };
const leadTime: Attribute = { key: 'leadTime', label: { ja: '所要時間', en: 'Lead time' }, type: 'lead-time' };
const fee: Attribute = { key: 'fee', label: { ja: '料金', en: 'Fee' }, type: 'yen' };
const howToApply: Attribute = { key: 'howToApply', label: { ja: '申込方法', en: 'How' }, type: 'text' };
const attributes = [available, leadTime, fee, howToApply];
const UNKNOWN = { unknown: { ja: '記載なし', en: 'Not stated' } };

/** A row of the table: a carrier and its values by key ({ unknown } for an unknown). */
function row(id: string, name: string, values: Record<string, unknown>): Term {
  const cells = attributes.map((attribute): Cell => {
    const value = values[attribute.key] ?? UNKNOWN;
    const base = { attribute, sources: [], stale: false, verified: '2026-12-01' };
    return typeof value === 'object' && value !== null && 'unknown' in value
      ? { ...base, unknown: (value as typeof UNKNOWN).unknown }
      : { ...base, value };
  });
  return { carrier: { id, data: { name: { ja: name, en: name } } }, cells } as unknown as Term;
}

const rows = [
  row('ntt-east', 'NTT東日本', { available: true, leadTime: { kind: 'calendar-days', value: 0 } }),
  row('ntt-west', 'NTT西日本', { available: true, leadTime: { kind: 'calendar-days', value: 0 }, fee: 'free' }),
  row('kddi', 'KDDI', { available: true }),
  row('mineo', 'mineo', {
    available: true,
    leadTime: { kind: 'minutes', value: 30 },
    fee: 'free',
    howToApply: { ja: 'マイページ' },
  }),
  row('iij', 'IIJ', {}),
  row('softbank', 'ソフトバンク', {
    available: false,
    leadTime: { kind: 'business-days', value: 1 },
    fee: { amount: 1100, tax: 'included' },
  }),
];

describe('the answer above a topic table', () => {
  const lines = (lang: 'ja' | 'en') => topicAnswer(rows, attributes, lang);

  it('names the fastest carrier with its value, then each lead-time band, and counts the unknowns', () => {
    const line = lines('ja').find((l) => l.key === 'leadTime')!;
    expect(answerText(line, 'ja')).toBe(
      '最短: mineo（約30分）／当日中: NTT東日本・NTT西日本／翌日・翌営業日: ソフトバンク／不明: 2社',
    );
    expect(
      answerText(
        lines('en').find((l) => l.key === 'leadTime')!,
        'en',
      ),
    ).toBe(
      'Fastest: mineo (About 30 min) / Same day: NTT東日本, NTT西日本 / Next (business) day: ソフトバンク / Unknown: 2 carriers',
    );
  });
  it('links every named carrier to its own cell in the table', () => {
    const line = lines('ja').find((l) => l.key === 'leadTime')!;
    expect(line.parts.flatMap((p) => p.carriers.map((c) => c.cellId))).toEqual([
      'mineo-leadTime',
      'ntt-east-leadTime',
      'ntt-west-leadTime',
      'softbank-leadTime',
    ]);
  });
  it('sums up yes/no and fee columns by status, and skips free-text columns', () => {
    const [yesNo, , fees] = lines('ja');
    expect(answerText(yesNo!, 'ja')).toBe('はい: NTT東日本・NTT西日本・KDDI・mineo／いいえ: ソフトバンク／不明: 1社');
    expect(answerText(fees!, 'ja')).toBe('無料: NTT西日本・mineo／金額の定めあり: ソフトバンク／不明: 3社');
    expect(lines('ja').map((l) => l.key)).toEqual(['available', 'leadTime', 'fee']);
  });
  it('counts what is sourced when a topic has only free-text columns', () => {
    const [line] = topicAnswer(rows, [howToApply], 'en');
    expect(answerText(line!, 'en')).toBe('Sourced: mineo / Unknown: 5 carriers');
  });
});
