/**
 * Japanese business days: not Saturday or Sunday, not a national holiday (holiday_jp), and not
 * the year-end break 12/29–1/3 that most carriers close for. The holiday source is used here,
 * at build time; the arithmetic (business days after, lead times) lives in
 * public/js/lead-time.js so the calculator island and the build share one implementation.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { addDays, isBusinessDay as isOpen } from '../../public/js/lead-time.js';

export { addDays };

/** Whether a JST calendar date is a national holiday or in the year-end break. */
function isClosedWeekday(isoDate: string): boolean {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  if ((m === 12 && d >= 29) || (m === 1 && d <= 3)) return true;
  return holidayJp.isHoliday(new Date(y, m - 1, d));
}

/** Weekdays on which carriers are closed (holidays, year-end break) between two dates. */
export function closedWeekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && isClosedWeekday(date)) out.push(date);
  }
  return out;
}

/** Whether a JST calendar date (YYYY-MM-DD) is a business day. */
export function isBusinessDay(isoDate: string): boolean {
  return isOpen(isoDate, new Set(isClosedWeekday(isoDate) ? [isoDate] : []));
}

/** The national holiday on a date, by name (海の日 / Marine Day), if it is one. */
export function holidayName(isoDate: string, lang: 'ja' | 'en'): string | undefined {
  const holiday = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[isoDate];
  return holiday && (lang === 'ja' ? holiday.name : holiday.name_en);
}
