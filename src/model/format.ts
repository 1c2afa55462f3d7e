/**
 * Typed values as people read them (翌営業日, 約30分（…）, 無料) and as tables sort them
 * (30 minutes < same day < next business day; unknowns last).
 */
import type { Hours } from '../schema/hours.ts';
import type { LeadTime } from '../schema/lead-time.ts';
import type { Attribute } from '../schema/topic.ts';
import type { Yen } from '../schema/yen.ts';
import type { LocalizedText } from '../schema/common.ts';
import { isUnknown } from '../schema/values.ts';
import { pick, t, type Lang } from '../i18n/ui.ts';

const DAYS: Record<Hours['days'], LocalizedText & { en: string }> = {
  daily: { ja: '毎日', en: 'Daily' },
  weekdays: { ja: '平日', en: 'Weekdays' },
  'business-days': { ja: '営業日', en: 'Business days' },
  always: { ja: '24時間365日', en: '24 hours, every day' },
};

const time = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

/** Opening hours without their note (tables show the note under the table). */
export function hoursMain(h: Hours, lang: Lang): string {
  const days = DAYS[h.days][lang];
  return h.days === 'always' ? days : `${days} ${time(h.from!)}–${time(h.to!)}`;
}

export function formatHours(h: Hours, lang: Lang): string {
  const main = hoursMain(h, lang);
  return h.note
    ? `${main}（${pick(h.note, lang).text}）`.replace(/（(.*)）$/, lang === 'en' ? ' ($1)' : '（$1）')
    : main;
}

/** A lead time as a short value: 約30分, 当日中, 翌営業日. */
export function leadTimeMain(l: LeadTime, lang: Lang): string {
  const v = l.value ?? 0;
  const ja = lang === 'ja';
  switch (l.kind) {
    case 'immediate':
      return ja ? '即時' : 'Immediately';
    case 'minutes':
      return ja ? `約${v}分` : `About ${v} min`;
    case 'hours':
      return ja ? `約${v}時間` : `About ${v} h`;
    case 'business-days':
      return v === 1 ? (ja ? '翌営業日' : 'Next business day') : ja ? `${v}営業日` : `${v} business days`;
    case 'calendar-days':
      return v === 0
        ? ja
          ? '当日中'
          : 'Same day'
        : v === 1
          ? ja
            ? '翌日'
            : 'Next day'
          : ja
            ? `${v}日`
            : `${v} days`;
  }
}

/** What a lead time adds to its short value: the source's note (or else the reception hours) and the cutoff. */
export function leadTimeDetails(l: LeadTime, lang: Lang): string[] {
  const ja = lang === 'ja';
  const extra = l.note
    ? pick(l.note, lang).text
    : l.reception
      ? `${ja ? '受付 ' : 'requests '}${formatHours(l.reception, lang)}`
      : undefined;
  const cutoff = l.cutoff
    ? ja
      ? `${time(l.cutoff)}以降の申込は翌日扱い`
      : `requests after ${time(l.cutoff)} count from the next day`
    : undefined;
  return [extra, cutoff].filter((x): x is string => Boolean(x));
}

export function formatLeadTime(l: LeadTime, lang: Lang): string {
  const ja = lang === 'ja';
  const main = leadTimeMain(l, lang);
  const notes = leadTimeDetails(l, lang).join(ja ? '、' : '; ');
  return notes ? (ja ? `${main}（${notes}）` : `${main} (${notes})`) : main;
}

export function formatYen(y: Yen, lang: Lang): string {
  if (y === 'free') return lang === 'ja' ? '無料' : 'Free';
  const per = y.per
    ? {
        month: ['月額', 'per month'],
        call: ['1回', 'per call'],
        application: ['1申込', 'per application'],
        day: ['1日', 'per day'],
      }[y.per]
    : undefined;
  const tax = {
    included: ['税込', 'tax incl.'],
    excluded: ['税抜', 'excl. tax'],
    exempt: ['不課税', 'tax-exempt'],
    unknown: ['', ''],
  }[y.tax];
  if (lang === 'ja')
    return `${per ? per[0] + ' ' : ''}${y.amount.toLocaleString('ja-JP')}円${tax[0] ? `（${tax[0]}）` : ''}`;
  return `¥${y.amount.toLocaleString('en-US')}${per ? ` ${per[1]}` : ''}${tax[1] ? ` (${tax[1]})` : ''}`;
}

/** A known value of a column as text for people. */
export function formatValue(attribute: Attribute, value: unknown, lang: Lang): string {
  if (isUnknown(value)) return t(lang, 'unknown');
  switch (attribute.type) {
    case 'lead-time':
      return formatLeadTime(value as LeadTime, lang);
    case 'yen':
      return formatYen(value as Yen, lang);
    case 'boolean':
      return t(lang, value ? 'yes' : 'no');
    case 'text':
      return pick(value as LocalizedText, lang).text;
    case 'list':
      return (value as LocalizedText[]).map((v) => pick(v, lang).text).join(lang === 'ja' ? '、' : ', ');
    case 'hours':
      return formatHours(value as Hours, lang);
    case 'enum': {
      const option = attribute.options?.find((o) => o.value === value);
      return option ? pick(option.label, lang).text : String(value);
    }
    case 'number':
      return `${String(value)}${attribute.unit ? (lang === 'ja' ? '' : ' ') + pick(attribute.unit, lang).text : ''}`;
  }
}

const MINUTES_PER_DAY = 24 * 60;

/** Minutes from request to effect, for sorting (calendar day 0 = same day ≈ half a day). */
export function leadTimeMinutes(l: LeadTime): number {
  const v = l.value ?? 0;
  switch (l.kind) {
    case 'immediate':
      return 0;
    case 'minutes':
      return v;
    case 'hours':
      return v * 60;
    case 'calendar-days':
      return (v + 0.5) * MINUTES_PER_DAY;
    case 'business-days':
      // A business day is on average 7/5 calendar days, so 翌営業日 sorts after 翌日.
      return ((v * 7) / 5) * MINUTES_PER_DAY + MINUTES_PER_DAY / 2;
  }
}

/**
 * A sort key for a cell: typed values get a number in their real order (minutes, yen, hours
 * open…); free text returns 'text', because the table sorts it by the text it shows in the
 * page's language; unknowns return undefined and always go last.
 */
export function sortKey(attribute: Attribute, value: unknown): number | 'text' | undefined {
  if (value === undefined || isUnknown(value)) return undefined;
  switch (attribute.type) {
    case 'lead-time':
      return leadTimeMinutes(value as LeadTime);
    case 'yen':
      return value === 'free' ? 0 : (value as { amount: number }).amount;
    case 'boolean':
      return value ? 0 : 1;
    case 'number':
      return value as number;
    case 'enum':
      return attribute.options?.findIndex((o) => o.value === value) ?? 0;
    case 'hours': {
      const h = value as Hours;
      // Minutes open per week, negated so that ascending order lists the longest hours first.
      if (h.days === 'always') return -7 * 24 * 60;
      const [fh, fm] = h.from!.split(':').map(Number) as [number, number];
      const [th, tm] = h.to!.split(':').map(Number) as [number, number];
      return -(th * 60 + tm - (fh * 60 + fm)) * (h.days === 'daily' ? 7 : 5);
    }
    default:
      return 'text';
  }
}

const OPEN = '(（「『[【';
const CLOSE = ')）」』]】';
/** English abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATIONS =
  /(?:^|[\s(（.])(?:[a-z]|art|arts|no|nos|incl|e\.g|i\.e|approx|etc|vs|p|pp|cf|co|inc|ltd|dept|st|mr|ms|dr|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

/**
 * The first sentence of a text, for tables that show an unknown's reason in brief (the full
 * reason, often a record of every search made, is on the term page the cell links to).
 * A sentence ends at 。！？ outside brackets; in English at . ! ? outside brackets, before a
 * space and a word (brand names such as "docomo" start sentences in lower case), and not after
 * an abbreviation ("Art.", "e.g.") or an initial ("U.S.").
 * (ICU's segmenter was tried first: it split "Art. 38" and "AERA dot.）" and glued 「 to the
 * sentence before it.)
 */
export function firstSentence(text: string, lang: string): { text: string; truncated: boolean } {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const end =
      lang === 'ja'
        ? '。！？'.includes(ch)
        : '.!?'.includes(ch) &&
          /^\s+["“'‘]?[A-Za-z0-9]/.test(text.slice(i + 1)) &&
          !ABBREVIATIONS.test(text.slice(0, i + 1));
    if (end) {
      const first = text.slice(0, i + 1).trim();
      const rest = text.slice(i + 1).trim();
      return rest ? { text: first, truncated: true } : { text, truncated: false };
    }
  }
  return { text, truncated: false };
}
