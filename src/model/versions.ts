/**
 * A term's versions over time, from its `history`: the recorded changes (for /changes/ and the
 * feeds) and the cell in force on a given day (for the "as of" tables). A history entry's
 * `until` is the day its successor took effect; `effective` the day it started.
 */
import { pick, t, type Lang } from '../i18n/ui.ts';
import type { HistoryEntry } from '../schema/term.ts';
import { isUnknown } from '../schema/values.ts';
import { sourcesFor, strongestEvidence } from './evidence.ts';
import { addDays } from './business-days.ts';
import { formatValue } from './format.ts';
import type { Cell, Site, Term } from './site.ts';

/** One recorded change: an earlier version of a term and what replaced it. */
export interface Change {
  term: Term;
  entry: HistoryEntry;
  /** The day the newer version took effect (the entry's `until`), when recorded. */
  date?: string;
  /** The id of this version's item (with its diff) on the term page. */
  anchor: string;
}

/** Every recorded change of every term: dated ones newest first, then undated ones. */
export function changes(site: Site): Change[] {
  const all = site.terms.flatMap((term) =>
    (term.data.history ?? []).map((entry, i): Change => ({ term, entry, date: entry.until, anchor: `v${i + 1}` })),
  );
  return all.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** What the change did to each value, as readers see values (old → new), in one language. */
export function valueDiffs(change: Change, lang: Lang): { label: string; before: string; after: string }[] {
  const { term } = change;
  const history = term.data.history ?? [];
  const i = history.indexOf(change.entry);
  const newer = i === 0 ? term.data.values : (history[i - 1]!.values ?? {});
  return Object.entries(change.entry.values ?? {}).flatMap(([key, before]) => {
    const attribute = term.topic.data.attributes.find((a) => a.key === key);
    const after = newer[key];
    if (!attribute || after === undefined) return [];
    const show = (v: unknown) => (isUnknown(v) ? t(lang, 'unknown') : formatValue(attribute, v, lang));
    return show(before) === show(after)
      ? []
      : [{ label: pick(attribute.label, lang).text, before: show(before), after: show(after) }];
  });
}

/** Whether the change altered the quoted wording. */
export const quoteChanged = (change: Change): boolean => {
  const history = change.term.data.history ?? [];
  const i = history.indexOf(change.entry);
  const newer = i === 0 ? change.term.data.quote : history[i - 1]!.quote;
  return !!change.entry.quote && !!newer && change.entry.quote.text !== newer.text;
};

/** A cell as it stood on a day: the version in force, or no record for that day. */
export type CellAsOf =
  { kind: 'recorded'; cell: Cell; current: boolean; from?: string; until?: string } | { kind: 'no-record' };

/**
 * The day from which the current version is known to hold: when the last earlier version ended,
 * else when the quoted clause took effect, else only the day it was verified.
 */
export function currentSince(term: Term): string {
  return term.data.history?.[0]?.until ?? term.data.clause?.effective ?? term.data.verified;
}

/**
 * Each cell of a term on `day`. The current version counts from `currentSince`; an earlier
 * version from its `effective` (or, unrecorded, from when the version before it ended) until its
 * `until`. A value an earlier version does not record is no record, never the newer value.
 */
export function cellsAsOf(term: Term, day: string): CellAsOf[] {
  const since = currentSince(term);
  if (day >= since) return term.cells.map((cell) => ({ kind: 'recorded', cell, current: true, from: since }));
  const history = term.data.history ?? [];
  const index = history.findIndex((h, i) => {
    if (!h.until || day >= h.until) return false;
    if (h.effective) return day >= h.effective;
    const older = history[i + 1];
    return !older?.until || day >= older.until;
  });
  const entry = history[index];
  return term.cells.map((current): CellAsOf => {
    const raw = entry?.values?.[current.attribute.key];
    if (!entry || raw === undefined) return { kind: 'no-record' };
    const sources = isUnknown(raw) ? [] : sourcesFor(current.attribute.key, entry.sources);
    const cell: Cell = {
      attribute: current.attribute,
      ...(isUnknown(raw) ? { unknown: raw.unknown } : { value: raw }),
      sources,
      evidence: strongestEvidence(sources),
      stale: false,
      verified: term.data.verified,
    };
    return { kind: 'recorded', cell, current: false, from: entry.effective, until: entry.until };
  });
}

/**
 * The days on which some cell of a topic's table changes (a version starts or ends), oldest
 * first: each starts a period in which the whole table is the same.
 */
export function asOfDays(site: Site, topicId: string): string[] {
  const days = site.terms
    .filter((term) => term.topic.id === topicId)
    .flatMap((term) => [
      currentSince(term),
      ...(term.data.history ?? []).flatMap((h) => [h.effective, h.until].filter((d): d is string => !!d)),
    ]);
  return [...new Set(days)].sort();
}

/** A stretch of days in which a topic's whole table stayed the same, and the page that shows it. */
export interface AsOfPeriod {
  /** Path segment of its page: the first day, or `before-<first recorded day>`. */
  slug: string;
  /** A day inside the period, for which the table is computed. */
  day: string;
  /** First day (absent for the stretch before anything recorded changed). */
  from?: string;
  /** The day the next period starts (absent for the current one). */
  until?: string;
}

/** The periods of a topic's table, oldest first; the last one is the current table. */
export function asOfPeriods(site: Site, topicId: string): AsOfPeriod[] {
  const days = asOfDays(site, topicId);
  const first = days[0]!;
  return [
    { slug: `before-${first}`, day: addDays(first, -1), until: first },
    ...days.map((day, i) => ({ slug: day, day, from: day, until: days[i + 1] })),
  ];
}
