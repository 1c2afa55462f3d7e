/**
 * The exposure tool's rows: for every carrier with an international-call-suspension term, the
 * lead time the table shows (or why it is unknown), where it is cited, and the earlier rules
 * from the term's history (NTT東西's 翌営業日 before July 2015), shown only on request.
 * The arithmetic is public/js/exposure.js, shared with the island.
 */
import type { Evidence, LocalizedText, Source } from '../schema/common.ts';
import type { LeadTime } from '../schema/lead-time.ts';
import { isUnknown, type UnknownValue } from '../schema/values.ts';
import { unknownCategoryLabel } from './glance.ts';
import { href, pick, type Lang } from '../i18n/ui.ts';
import { rankExposures, rateFromCase, type Rate } from '../../public/js/exposure.js';
import { addDays, closedWeekdays } from './business-days.ts';
import { strongestSource } from './evidence.ts';
import { firstSentence, formatLeadTime } from './format.ts';
import { channelCells, type Advisory, type Cell, type Site, type Term } from './site.ts';
import { sourceTitle } from './source-title.ts';

export const EXPOSURE_TOPIC = 'intl-call-suspension';

/**
 * The request the page works through without JavaScript: Friday 16 July 2027 at 18:00, before
 * 海の日 on Monday 19 July, when an office empties for a long weekend.
 */
export const WORKED_EXAMPLE = { date: '2027-07-16', time: '18:00', holiday: '2027-07-19' } as const;

export interface ExposureRow {
  carrierId: string;
  carrier: string;
  /** The cell the row comes from: the term page's lead-time value. */
  cellHref: string;
  /** The rule as the table shows it (約30分（…）, 当日中), or null when unknown. */
  label: string | null;
  leadTime: LeadTime | null;
  /** Why the lead time is unknown, in brief (the term page has the whole note). */
  unknownReason?: string;
  /** Set when the carrier's table does not even say the block is offered. */
  availabilityUnknown?: boolean;
  /** How to ask, as the term says (phone, My Page, a handset setting …), its first sentence. */
  howToApply?: string;
  /** Where the rest of the how-to-apply text is, when the first sentence is not all of it. */
  howToApplyMore?: string;
  /** The strongest source backing the lead time. */
  source?: { title: string; url: string; publisher: string; evidence: Evidence };
  /** Set for an earlier rule: when it ended if known, and the newest date its sources show. */
  earlier?: { until?: string; asOf?: string };
  /** Shared desks (channel id) this carrier takes part in for this topic's requests. */
  channels: string[];
}

/** A shared desk readers can ask instead, with what is known of its lead time. */
export interface ExposureChannel {
  id: string;
  name: string;
  href: string;
  leadTime: LeadTime | null;
  unknownReason?: string;
  participants: string[];
  /** Titles of the topics the desk is recorded for, when blocking outgoing calls is not one. */
  otherTopics?: string[];
}

/** An unknown in a word, as the tables say it (its category), else the first sentence of its reason. */
const reasonOf = (cell: Pick<Cell, 'unknown' | 'unknownCategory'>, lang: Lang): string =>
  cell.unknownCategory
    ? unknownCategoryLabel(cell.unknownCategory, lang)
    : firstSentence(pick(cell.unknown!, lang).text, lang).text;
const cellOf = (term: Term, key: string): Cell | undefined => term.cells.find((c) => c.attribute.key === key);

function sourceOf(sources: readonly Source[], lang: Lang): ExposureRow['source'] {
  const s = strongestSource(sources);
  return s && { title: sourceTitle(s, lang), url: s.url, publisher: s.publisher, evidence: s.evidence };
}

/** Current rows, in the site's carrier order (ranking happens per request). */
export function exposureRows(site: Site, lang: Lang): ExposureRow[] {
  return site.terms
    .filter((term) => term.topic.id === EXPOSURE_TOPIC)
    .filter((term) => cellOf(term, 'available')?.value !== false)
    .map((term) => {
      const lead = cellOf(term, 'leadTime');
      const how = cellOf(term, 'howToApply');
      const available = cellOf(term, 'available');
      const leadTime = lead && !lead.unknown ? (lead.value as LeadTime) : null;
      const howText =
        how && !how.unknown ? firstSentence(pick(how.value as LocalizedText, lang).text, lang) : undefined;
      const termHref = href(lang, `/terms/${term.carrier.id}/${EXPOSURE_TOPIC}/`);
      return {
        carrierId: term.carrier.id,
        carrier: pick(term.carrier.data.name, lang).text,
        cellHref: `${termHref}#leadTime`,
        label: leadTime ? formatLeadTime(leadTime, lang) : null,
        leadTime,
        unknownReason: available?.unknown
          ? reasonOf(available, lang)
          : lead?.unknown
            ? reasonOf(lead, lang)
            : undefined,
        availabilityUnknown: Boolean(available?.unknown) || undefined,
        howToApply: howText?.text,
        howToApplyMore: howText?.truncated ? `${termHref}#howToApply` : undefined,
        source: leadTime && lead ? sourceOf(lead.sources, lang) : undefined,
        channels: site.channels
          .filter((c) => c.data.participants.includes(term.carrier.id) && 'leadTime' in c.data.values)
          .map((c) => c.id),
      };
    });
}

/** Earlier lead-time rules from the terms' history, labelled by their dates. */
export function earlierExposureRows(site: Site, lang: Lang): ExposureRow[] {
  const current = new Map(exposureRows(site, lang).map((row) => [row.carrierId, row]));
  return site.terms
    .filter((term) => term.topic.id === EXPOSURE_TOPIC && current.has(term.carrier.id))
    .flatMap((term) =>
      (term.data.history ?? []).flatMap((entry, i) => {
        const value = entry.values?.leadTime;
        if (value === undefined || isUnknown(value)) return [];
        const leadTime = value as LeadTime;
        const asOf = entry.sources
          .map((source) => source.published)
          .filter((d): d is string => Boolean(d))
          .sort()
          .at(-1);
        const backing = entry.sources.filter((s) => !s.supports || s.supports.includes('leadTime'));
        return [
          {
            ...current.get(term.carrier.id)!,
            cellHref: href(lang, `/terms/${term.carrier.id}/${EXPOSURE_TOPIC}/#v${i + 1}`),
            label: formatLeadTime(leadTime, lang),
            leadTime,
            unknownReason: undefined,
            source: sourceOf(backing, lang),
            earlier: { until: entry.until, asOf },
          },
        ];
      }),
    );
}

/** Shared desks that take suspension requests for several carriers, with their lead time. */
export function exposureChannels(site: Site, lang: Lang): ExposureChannel[] {
  return site.channels
    .filter((c) => 'leadTime' in c.data.values)
    .map((c) => {
      const raw = c.data.values.leadTime;
      const unknown = isUnknown(raw) ? raw.unknown : undefined;
      return {
        id: c.id,
        name: pick(c.data.name, lang).text,
        // The desk page's row for this value (its first topic with a lead time).
        href: href(
          lang,
          `/channels/${c.id}/#${channelCells(site, c).find((s) => s.cells.some((cell) => cell.attribute.key === 'leadTime'))?.topic.id}-leadTime`,
        ),
        leadTime: unknown ? null : (raw as LeadTime),
        unknownReason: unknown
          ? reasonOf({ unknown, unknownCategory: (raw as UnknownValue).category }, lang)
          : undefined,
        participants: c.data.participants,
        otherTopics: c.data.topics.includes(EXPOSURE_TOPIC)
          ? undefined
          : c.data.topics.map((id) => site.topic(id)).flatMap((t) => (t ? [pick(t.data.title, lang).text] : [])),
      };
    });
}

/** The 2015 case the rate preset comes from: the advisory, its figures, and the rate they give. */
export interface CasePreset {
  advisory: Advisory;
  calls: number;
  billYen: number;
  days: number;
  rate: Rate;
}

/**
 * NHK, 2015-06-12: about 14,000 calls to Sierra Leone in 4 days, billed just over ¥2.5m. The
 * calls and the bill are read from the advisory's figures (units 回 and 円); the 4 days are in
 * the same figure's label. Cost per call = bill ÷ calls, an average, not a tariff price.
 */
export function casePreset(site: Site): CasePreset | undefined {
  const advisory = site.advisories.find((a) => a.id === '2015-06-12-nhk-ip-phone-hijack-high-bills');
  const figures = advisory?.data.figures ?? [];
  const calls = figures.find((f) => f.unit === '回')?.value;
  const billYen = figures.find((f) => f.unit === '円')?.value;
  const days = 4;
  if (!advisory || !calls || !billYen) return undefined;
  // Rounded to 0.1 as the form shows them, so the worked example and a reader's recalculation
  // with the preset give the same yen.
  const exact = rateFromCase({ calls, hours: days * 24, billYen });
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    advisory,
    calls,
    billYen,
    days,
    rate: { callsPerHour: round1(exact.callsPerHour), yenPerCall: round1(exact.yenPerCall) },
  };
}

/** Closed weekdays the island needs: a year back and two years ahead, and the worked example's year. */
export function toolRange(today: string, earlierRows: ExposureRow[]): { min: string; max: string; closed: string[] } {
  const oldest = earlierRows
    .map((r) => r.earlier?.until ?? r.earlier?.asOf)
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  const yearBack = addDays(today, -365);
  const min = oldest && oldest < yearBack ? `${oldest.slice(0, 4)}-01-01` : yearBack;
  const twoYears = addDays(today, 730);
  const max = WORKED_EXAMPLE.date > twoYears ? `${WORKED_EXAMPLE.date.slice(0, 4)}-12-31` : twoYears;
  return { min, max, closed: closedWeekdays(min, max) };
}

export { rankExposures };
