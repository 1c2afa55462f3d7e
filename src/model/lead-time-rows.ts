/**
 * Rows for the lead-time calculator on a topic page: every carrier whose lead time is known,
 * and earlier versions of it from the term's history (e.g. NTT東西's 翌営業日 before July 2015),
 * so a reader can see what the same request would have meant under the old rule.
 */
import type { LeadTime } from '../schema/lead-time.ts';
import { isUnknown } from '../schema/values.ts';
import { href, pick, type Lang } from '../i18n/ui.ts';
import { addDays, closedWeekdays } from './business-days.ts';
import { formatLeadTime } from './format.ts';
import type { Site, Topic } from './site.ts';

export interface LeadTimeRow {
  carrierId: string;
  carrier: string;
  /**
   * Set for an earlier version: when it stopped applying (`until`) if known, and the newest
   * date its sources show (`asOf`), e.g. 2015-07-06 for NTT東西's 翌営業日.
   */
  earlier?: { until?: string; asOf?: string };
  leadTime: LeadTime;
  /** The value as the table shows it (翌営業日, 約30分（…）). */
  label: string;
  href: string;
}

export function leadTimeRows(site: Site, topic: Topic, lang: Lang): LeadTimeRow[] {
  const attribute = topic.data.attributes.find((a) => a.type === 'lead-time');
  if (!attribute) return [];
  return site.terms
    .filter((term) => term.topic.id === topic.id)
    .flatMap((term) => {
      const carrier = pick(term.carrier.data.name, lang).text;
      const base = { carrierId: term.carrier.id, carrier, href: href(lang, `/terms/${term.carrier.id}/${topic.id}/`) };
      const cell = term.cells.find((c) => c.attribute.key === attribute.key);
      const current =
        cell && !cell.unknown
          ? [{ ...base, leadTime: cell.value as LeadTime, label: formatLeadTime(cell.value as LeadTime, lang) }]
          : [];
      const earlier = (term.data.history ?? []).flatMap((entry) => {
        const value = entry.values?.[attribute.key];
        if (value === undefined || isUnknown(value)) return [];
        const leadTime = value as LeadTime;
        const asOf = entry.sources
          .map((source) => source.published)
          .filter((d): d is string => Boolean(d))
          .sort()
          .at(-1);
        return [{ ...base, earlier: { until: entry.until, asOf }, leadTime, label: formatLeadTime(leadTime, lang) }];
      });
      return [...current, ...earlier];
    });
}

/**
 * Dates the calculator accepts, with the closed weekdays (holidays, 12/29–1/3) in them: from
 * the start of the year of the oldest earlier rule shown (so the 2015 rule can be tried on 2015
 * dates) or a year back, to two years ahead.
 */
export function calculatorRange(today: string, rows: LeadTimeRow[]): { min: string; max: string; closed: string[] } {
  const oldest = rows
    .map((r) => r.earlier?.until ?? r.earlier?.asOf)
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  const yearBack = addDays(today, -365);
  const min = oldest && oldest < yearBack ? `${oldest.slice(0, 4)}-01-01` : yearBack;
  const max = addDays(today, 730);
  return { min, max, closed: closedWeekdays(min, max) };
}
