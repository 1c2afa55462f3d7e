import { describe, expect, it } from 'vitest';
import { closedWeekdays, isBusinessDay } from '../../src/model/business-days.ts';
import { effectiveAt } from '../../public/js/lead-time.js';

const closed = new Set(closedWeekdays('2015-01-01', '2027-12-31'));
const at = (leadTime: object, date: string, time: string) => effectiveAt(leadTime, date, time, closed);

describe('Japanese business days', () => {
  it('knows national holidays and the year-end break, and not weekends as "closed weekdays"', () => {
    expect(isBusinessDay('2015-07-20')).toBe(false); // 海の日
    expect(isBusinessDay('2026-12-29')).toBe(false);
    expect(isBusinessDay('2026-12-26')).toBe(false); // Saturday
    expect(isBusinessDay('2026-12-28')).toBe(true);
    expect(closedWeekdays('2026-12-26', '2027-01-05')).toEqual([
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ]);
  });
});

describe('when a request takes effect (the calculator)', () => {
  const nextBusinessDay = { kind: 'business-days', value: 1 };

  it('翌営業日 skips the weekend: a Friday request takes effect on Monday', () => {
    expect(at(nextBusinessDay, '2015-06-12', '10:00')).toEqual({ date: '2015-06-15' });
  });

  it('翌営業日 skips national holidays (海の日 2015-07-20)', () => {
    expect(at(nextBusinessDay, '2015-07-17', '10:00')).toEqual({ date: '2015-07-21' });
  });

  it('翌営業日 skips the year-end break 12/29–1/3', () => {
    expect(at(nextBusinessDay, '2026-12-28', '10:00')).toEqual({ date: '2027-01-04' });
  });

  it('当日中 is the same day, or the next day after the cut-off', () => {
    const sameDay = { kind: 'calendar-days', value: 0, cutoff: '17:00' };
    expect(at(sameDay, '2026-12-01', '16:59')).toEqual({ date: '2026-12-01' });
    expect(at(sameDay, '2026-12-01', '17:01')).toEqual({ date: '2026-12-02' });
  });

  it('minutes count from the request inside reception hours, from the next opening outside them', () => {
    const mineo = { kind: 'minutes', value: 30, reception: { days: 'daily', from: '09:10', to: '20:50' } };
    expect(at(mineo, '2026-12-01', '12:00')).toEqual({ date: '2026-12-01', time: '12:30' });
    expect(at(mineo, '2026-12-01', '21:00')).toEqual({ date: '2026-12-02', time: '09:40' });
    expect(at(mineo, '2026-12-02', '08:00')).toEqual({ date: '2026-12-02', time: '09:40' });
  });

  it('a request on a closed day waits for the next business-day opening', () => {
    const desk = { kind: 'business-days', value: 1, reception: { days: 'business-days', from: '09:00', to: '17:00' } };
    // Saturday 2026-12-26 → received Monday 12-28 → next business day is 2027-01-04.
    expect(at(desk, '2026-12-26', '11:00')).toEqual({ date: '2027-01-04' });
  });

  it('hours can cross midnight; an unknown value cannot be computed', () => {
    expect(at({ kind: 'hours', value: 6 }, '2026-12-01', '22:30')).toEqual({ date: '2026-12-02', time: '04:30' });
    expect(at({ unknown: { ja: '不明' } }, '2026-12-01', '10:00')).toBeNull();
  });
});
