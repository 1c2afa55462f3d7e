import { describe, expect, it } from 'vitest';
import { cellView, leadTimeBand, NoteList } from '../../src/model/glance.ts';
import type { Attribute } from '../../src/schema/topic.ts';

const leadTime: Attribute = { key: 'leadTime', label: { ja: '所要' }, type: 'lead-time' };
const fee: Attribute = { key: 'fee', label: { ja: '料金' }, type: 'yen' };
const available: Attribute = { key: 'available', label: { ja: '可否' }, type: 'boolean' };
const howToApply: Attribute = { key: 'howToApply', label: { ja: '申込方法' }, type: 'text' };
const known = (attribute: Attribute, value: unknown) => ({ attribute, value });

describe('lead times fall into bands a reader can scan', () => {
  it.each([
    [{ kind: 'immediate' }, 'within-hour'],
    [{ kind: 'minutes', value: 30 }, 'within-hour'],
    [{ kind: 'minutes', value: 90 }, 'same-day'],
    [{ kind: 'hours', value: 4 }, 'same-day'],
    [{ kind: 'calendar-days', value: 0 }, 'same-day'],
    [{ kind: 'calendar-days', value: 1 }, 'next-day'],
    [{ kind: 'business-days', value: 1 }, 'next-day'],
    [{ kind: 'business-days', value: 3 }, 'longer'],
    [{ kind: 'hours', value: 48 }, 'longer'],
  ] as const)('%o → %s', (value, band) => {
    expect(leadTimeBand(value)).toBe(band);
  });
});

describe('a cell shows the value itself, short, with a status in glyph and words', () => {
  it('keeps the lead time short and moves its note and reception hours into notes', () => {
    const view = cellView(
      known(leadTime, {
        kind: 'minutes',
        value: 30,
        note: { ja: '20:50〜9:10の申込は翌日9:15以降', en: 'requests made 20:50–9:10 complete after 9:15 next day' },
      }),
      'ja',
    );
    expect(view).toEqual({
      short: '約30分',
      status: { band: 'within-hour', glyph: '◎', label: '1時間以内' },
      notes: ['20:50〜9:10の申込は翌日9:15以降'],
    });
    expect(cellView(known(leadTime, { kind: 'calendar-days', value: 0 }), 'en').short).toBe('Same day');
  });
  it('says free or the amount for a fee, and yes or no for a boolean, in both languages', () => {
    expect(cellView(known(fee, 'free'), 'ja')).toMatchObject({ short: '無料', status: { band: 'free', glyph: '○' } });
    expect(cellView(known(fee, { amount: 2000, tax: 'included' }), 'en')).toMatchObject({
      short: '¥2,000 (tax incl.)',
      status: { band: 'amount', label: 'Amount stated' },
    });
    expect(cellView(known(available, true), 'ja')).toMatchObject({ short: 'はい', status: { glyph: '✓' } });
    expect(cellView(known(available, false), 'en')).toMatchObject({ short: 'No', status: { glyph: '✗', label: 'No' } });
  });
  it('shows the first sentence of a long text and keeps the rest, word for word, as a note', () => {
    const text =
      '電話で申し込む。ひかり電話オフィスタイプ等の法人向けサービスは販売担当者へ申し出る（公式ページの記載）。';
    const view = cellView(known(howToApply, { ja: text }), 'ja');
    expect(view.short).toBe('電話で申し込む。');
    expect(view.notes).toEqual([
      'ひかり電話オフィスタイプ等の法人向けサービスは販売担当者へ申し出る（公式ページの記載）。',
    ]);
    expect(view.short + view.notes[0]).toBe(text);
  });
  it('leaves a short text or a single long sentence whole, with no note', () => {
    expect(cellView(known(howToApply, { ja: 'マイページから申し込む' }), 'ja')).toMatchObject({ notes: [] });
    const oneSentence =
      'マイページにログインし、［各種サポート］の［国際電話発信停止/解除］から申し込む（受付後30分程度で完了）';
    expect(cellView(known(howToApply, { ja: oneSentence }), 'ja')).toMatchObject({ short: oneSentence, notes: [] });
  });
  it('shows 不明 with the reason in a word when the record gives one, and plain 不明 when not', () => {
    const reason = { ja: '公式ページに記載なし', en: 'Not stated on the official page' };
    expect(cellView({ attribute: fee, unknown: reason, unknownCategory: 'tariff-not-read' }, 'ja')).toMatchObject({
      short: '不明',
      status: { glyph: '?' },
      category: '約款の該当条を未確認',
    });
    expect(cellView({ attribute: fee, unknown: reason, unknownCategory: 'no-official-statement' }, 'en')).toMatchObject(
      {
        short: 'Unknown',
        category: 'No official statement found',
      },
    );
    expect(cellView({ attribute: fee, unknown: reason }, 'ja').category).toBeUndefined();
  });
});

describe('notes under a table', () => {
  it('are numbered in reading order, and cells with the same note share its number and both link back', () => {
    const notes = new NoteList();
    expect(notes.add({ id: 'ntt-east-leadTime', label: 'NTT東日本' }, ['工事は当日'])).toEqual([1]);
    expect(notes.add({ id: 'mineo-leadTime', label: 'mineo' }, ['夜間は翌朝', '受付 毎日'])).toEqual([2, 3]);
    expect(notes.add({ id: 'ntt-west-leadTime', label: 'NTT西日本' }, ['工事は当日'])).toEqual([1]);
    expect(notes.notes.map((n) => n.n)).toEqual([1, 2, 3]);
    expect(notes.notes[0]!.cells.map((c) => c.id)).toEqual(['ntt-east-leadTime', 'ntt-west-leadTime']);
  });
});
