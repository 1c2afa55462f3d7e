/**
 * Japanese business days: not Saturday or Sunday, not a national holiday (holiday_jp),
 * and not the year-end break 12/29–1/3 that most carriers close for.
 */
import holidayJp from '@holiday-jp/holiday_jp';

/** Whether a JST calendar date (YYYY-MM-DD) is a business day. */
export function isBusinessDay(isoDate: string): boolean {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if ((m === 12 && d >= 29) || (m === 1 && d <= 3)) return false;
  return !holidayJp.isHoliday(new Date(y, m - 1, d));
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The n-th business day after a date (n = 1: 翌営業日). */
export function businessDaysAfter(isoDate: string, n: number): string {
  let date = isoDate;
  for (let left = n; left > 0;) {
    date = addDays(date, 1);
    if (isBusinessDay(date)) left--;
  }
  return date;
}

/** Non-business weekdays (holidays and the year-end break) between two dates, for the calculator island. */
export function closedWeekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !isBusinessDay(date)) out.push(date);
  }
  return out;
}
