/**
 * The exposure tool's arithmetic (public/js/exposure.js): when a block requested at a given JST
 * moment takes effect, the hours fraud keeps running until then, and what that costs.
 */
import { describe, expect, it } from 'vitest';
import { closedWeekdays } from '../../src/model/business-days.ts';
import {
  describeEffect,
  estimatedCost,
  exposure,
  formatCost,
  formatExposureHours,
  rankExposures,
  rateFromCase,
} from '../../public/js/exposure.js';
import { leadTime } from '../../src/schema/lead-time.ts';

const closed = new Set(closedWeekdays('2015-01-01', '2028-12-31'));
const at = (leadTime: unknown, date: string, time: string) => exposure(leadTime, date, time, closed);

const sameDay = { kind: 'calendar-days', value: 0 };
const nextBusinessDay = { kind: 'business-days', value: 1 };
const mineo = {
  kind: 'minutes',
  value: 30,
  reception: { days: 'daily', from: '09:10', to: '20:50' },
  afterHours: '09:15',
};

describe('a request on Friday evening', () => {
  // Friday 2027-07-16 18:00; Monday 2027-07-19 is 海の日.
  it('about 30 minutes takes effect the same evening: half an hour of exposure', () => {
    expect(at(mineo, '2027-07-16', '18:00')).toEqual({ date: '2027-07-16', time: '18:30', bound: 'about', hours: 0.5 });
  });

  it('当日中 counts to the end of Friday: 6 hours', () => {
    expect(at(sameDay, '2027-07-16', '18:00')).toEqual({
      date: '2027-07-16',
      time: '24:00',
      bound: 'by-end-of-day',
      hours: 6,
    });
  });

  it('翌営業日 skips the weekend and the holiday Monday: the end of Tuesday, 102 hours later', () => {
    expect(at(nextBusinessDay, '2027-07-16', '18:00')).toMatchObject({ date: '2027-07-20', hours: 6 + 4 * 24 });
  });
});

describe('holidays', () => {
  it('翌営業日 before スポーツの日 (Monday 2026-10-12) is Tuesday', () => {
    expect(at(nextBusinessDay, '2026-10-09', '18:00')?.date).toBe('2026-10-13');
  });

  it('翌営業日 across Golden Week 2027 (4/29, 5/3–5/5) is Thursday 6 May', () => {
    expect(at(nextBusinessDay, '2027-04-30', '18:00')).toMatchObject({ date: '2027-05-06', hours: 6 + 6 * 24 });
  });

  it('翌営業日 across the year-end break (12/29–1/3) is 4 January: a week of exposure', () => {
    expect(at(nextBusinessDay, '2026-12-28', '18:00')).toMatchObject({ date: '2027-01-04', hours: 6 + 7 * 24 });
  });

  it('a daily 30-minute rule does not care about holidays', () => {
    expect(at(mineo, '2027-01-01', '12:00')).toMatchObject({ date: '2027-01-01', time: '12:30' });
  });
});

describe('reception hours and cut-offs, to the minute', () => {
  it('mineo: 20:49 is still in reception, 20:50 waits until 9:15 next morning', () => {
    expect(at(mineo, '2027-07-16', '20:49')).toMatchObject({ date: '2027-07-16', time: '21:19', bound: 'about' });
    expect(at(mineo, '2027-07-16', '20:50')).toEqual({
      date: '2027-07-17',
      time: '09:15',
      bound: 'after',
      hours: 12 + 25 / 60, // 20:50 → 09:15
    });
  });

  it('mineo: 9:09 waits until 9:15 the same morning, 9:10 counts 30 minutes', () => {
    expect(at(mineo, '2027-07-17', '09:09')).toMatchObject({ date: '2027-07-17', time: '09:15', bound: 'after' });
    expect(at(mineo, '2027-07-17', '09:10')).toMatchObject({ date: '2027-07-17', time: '09:40', bound: 'about' });
  });

  it('a same-day rule with a 17:00 cut-off: 17:00 is today, 17:01 is tomorrow', () => {
    const withCutoff = { ...sameDay, cutoff: '17:00' };
    expect(at(withCutoff, '2027-07-15', '17:00')).toMatchObject({ date: '2027-07-15', hours: 7 });
    expect(at(withCutoff, '2027-07-15', '17:01')).toMatchObject({ date: '2027-07-16', hours: 31 - 1 / 60 });
  });
});

describe('immediate and unknown', () => {
  it('immediate means no exposure at all', () => {
    expect(at({ kind: 'immediate' }, '2027-07-16', '18:00')).toEqual({
      date: '2027-07-16',
      time: '18:00',
      bound: 'at',
      hours: 0,
    });
  });

  it('an unknown lead time is not computed', () => {
    expect(at({ unknown: { ja: '記載なし' } }, '2027-07-16', '18:00')).toBeNull();
    expect(at(undefined, '2027-07-16', '18:00')).toBeNull();
  });

  it('ranks the soonest block first and unknowns last, whatever their order in the data', () => {
    const rows = [
      { id: 'unknown', leadTime: { unknown: { ja: '不明' } } },
      { id: 'next-business-day', leadTime: nextBusinessDay },
      { id: 'same-day', leadTime: sameDay },
      { id: 'minutes', leadTime: mineo },
    ];
    const friday = rankExposures(rows, { date: '2027-07-16', time: '18:00' }, closed);
    expect(friday.map((r) => r.id)).toEqual(['minutes', 'same-day', 'next-business-day', 'unknown']);
    expect(friday.at(-1)?.effect).toBeNull();
    // At 23:00 mineo waits for the morning (10.25 h), later than the end of the day (1 h).
    const night = rankExposures(rows, { date: '2027-07-16', time: '23:00' }, closed);
    expect(night.map((r) => r.id)).toEqual(['same-day', 'minutes', 'next-business-day', 'unknown']);
  });
});

describe('cost', () => {
  // The 2015 case (NHK, 2015-06-12): about 14,000 calls in 4 days, billed just over ¥2.5m.
  const case2015 = rateFromCase({ calls: 14000, hours: 96, billYen: 2_500_000 });

  it('derives the rate from the case: 145.8 calls an hour at ¥178.6 a call', () => {
    expect(case2015.callsPerHour).toBeCloseTo(145.83, 2);
    expect(case2015.yenPerCall).toBeCloseTo(178.57, 2);
  });

  it('is hours × calls per hour × yen per call, and adds back up to the bill over 4 days', () => {
    expect(estimatedCost(96, case2015)).toBeCloseTo(2_500_000, 6);
    expect(estimatedCost(6, case2015)).toBeCloseTo(156_250, 6);
    expect(estimatedCost(2, { callsPerHour: 10, yenPerCall: 100 })).toBe(2000);
  });

  it('is not estimated without a complete rate', () => {
    expect(estimatedCost(6, undefined)).toBeNull();
    expect(estimatedCost(6, { callsPerHour: 10 })).toBeNull();
    expect(estimatedCost(6, { callsPerHour: Number.NaN, yenPerCall: 100 })).toBeNull();
  });

  it('ranks with a cost per row that follows the hours', () => {
    const rows = [
      { id: 'same-day', leadTime: sameDay },
      { id: 'minutes', leadTime: mineo },
    ];
    const ranked = rankExposures(rows, { date: '2027-07-16', time: '18:00' }, closed, {
      callsPerHour: 100,
      yenPerCall: 50,
    });
    expect(ranked.map((r) => [r.id, r.cost])).toEqual([
      ['minutes', 2500],
      ['same-day', 30000],
    ]);
  });
});

describe('wording (the same at build time and in the island)', () => {
  it('says how a time is meant: ごろ, 以降, 中（遅くとも24:00）, 即時', () => {
    expect(describeEffect({ date: '2027-07-16', time: '18:30', bound: 'about', hours: 0.5 }, 'ja')).toBe(
      '2027年7月16日(金) 18:30ごろ',
    );
    expect(describeEffect({ date: '2027-07-17', time: '09:15', bound: 'after', hours: 1 }, 'en')).toBe(
      'Sat 17 Jul 2027, after 09:15',
    );
    expect(describeEffect({ date: '2027-07-20', time: '24:00', bound: 'by-end-of-day', hours: 102 }, 'ja')).toBe(
      '2027年7月20日(火)中（遅くとも24:00）',
    );
  });

  it('rounds hours to 0.1 and yen to ¥100, and says the yen is an estimate', () => {
    expect(formatExposureHours(12 + 25 / 60, 'ja')).toBe('12.4時間');
    expect(formatCost(156_239.3, 'ja')).toBe('約156,200円');
    expect(formatCost(2_656_067, 'en')).toBe('about ¥2,656,100');
  });
});

describe('afterHours in the data', () => {
  it('is refused without reception hours, naming the field and the fix', () => {
    const result = leadTime.safeParse({ kind: 'minutes', value: 30, afterHours: '09:15' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['afterHours']);
    expect(result.error?.issues[0]?.message).toMatch(/give "reception"/);
  });
});
