/**
 * What a table cell shows at a glance, from one rule per attribute type: a short value
 * (約30分, 無料, はい, 不明), a status that is a glyph and words as well as a colour, and the
 * notes that moved out of the cell into numbered notes under the table. Nothing is written
 * here that the record does not say: notes are the record's own words, re-arranged.
 */
import type { Hours } from '../schema/hours.ts';
import type { LeadTime } from '../schema/lead-time.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { Attribute } from '../schema/topic.ts';
import type { UnknownCategory } from '../schema/values.ts';
import type { Yen } from '../schema/yen.ts';
import { pick, type Lang } from '../i18n/ui.ts';
import { firstSentence, formatValue, hoursMain, leadTimeDetails, leadTimeMain, leadTimeMinutes } from './format.ts';
import type { Cell } from './site.ts';

/** Status bands, per attribute type: lead time, fee (yen), yes/no; every type can be unknown. */
export type Band = 'within-hour' | 'same-day' | 'next-day' | 'longer' | 'free' | 'amount' | 'yes' | 'no' | 'unknown';

export interface Status {
  band: Band;
  /** Printed before the value, so the status never depends on colour. */
  glyph: string;
  /** The band in words (legend, screen readers, title). */
  label: string;
}

const BANDS: Record<Band, { glyph: string; label: Required<LocalizedText> }> = {
  'within-hour': { glyph: '◎', label: { ja: '1時間以内', en: 'Within an hour' } },
  'same-day': { glyph: '○', label: { ja: '当日中', en: 'Same day' } },
  'next-day': { glyph: '△', label: { ja: '翌日・翌営業日', en: 'Next (business) day' } },
  longer: { glyph: '▽', label: { ja: 'それ以上', en: 'Longer' } },
  free: { glyph: '○', label: { ja: '無料', en: 'Free' } },
  amount: { glyph: '¥', label: { ja: '金額の定めあり', en: 'Amount stated' } },
  yes: { glyph: '✓', label: { ja: 'はい', en: 'Yes' } },
  no: { glyph: '✗', label: { ja: 'いいえ', en: 'No' } },
  unknown: { glyph: '?', label: { ja: '不明', en: 'Unknown' } },
};

/** The bands a column of this type can show, in order (for the legend); none for free text. */
export function bandsFor(type: Attribute['type']): Band[] {
  switch (type) {
    case 'lead-time':
      return ['within-hour', 'same-day', 'next-day', 'longer', 'unknown'];
    case 'yen':
      return ['free', 'amount', 'unknown'];
    case 'boolean':
      return ['yes', 'no', 'unknown'];
    default:
      return [];
  }
}

export function status(band: Band, lang: Lang): Status {
  return { band, glyph: BANDS[band].glyph, label: BANDS[band].label[lang] };
}

const HOUR = 60;
const DAY = 24 * HOUR;

/** A lead time's band: within an hour, the same day, the next (business) day, or longer. */
export function leadTimeBand(l: LeadTime): Band {
  if (l.kind === 'calendar-days') return l.value === 0 ? 'same-day' : l.value === 1 ? 'next-day' : 'longer';
  if (l.kind === 'business-days') return (l.value ?? 0) <= 1 ? 'next-day' : 'longer';
  const minutes = leadTimeMinutes(l);
  return minutes <= HOUR ? 'within-hour' : minutes < DAY ? 'same-day' : 'longer';
}

/** The band of a known value, or undefined for types that have none (text, list, hours, enum, number). */
export function bandOf(attribute: Attribute, value: unknown): Band | undefined {
  switch (attribute.type) {
    case 'lead-time':
      return leadTimeBand(value as LeadTime);
    case 'yen':
      return value === 'free' ? 'free' : 'amount';
    case 'boolean':
      return value ? 'yes' : 'no';
    default:
      return undefined;
  }
}

/** Text longer than this shows its first sentence in a table, the rest as a note. */
export const SHORT_TEXT = 40;

export interface CellView {
  /** The value itself, short: 約30分, 無料, はい, 不明. */
  short: string;
  status?: Status;
  /** What the record adds to the value, in its own words, for the numbered notes. */
  notes: string[];
  /** For unknowns: the reason in a word, when the record gives one. */
  category?: string;
}

/** One cell at a glance: its short value, status and notes. */
export function cellView(
  cell: Pick<Cell, 'attribute' | 'value' | 'unknown' | 'unknownCategory'>,
  lang: Lang,
): CellView {
  if (cell.unknown) {
    return {
      short: BANDS.unknown.label[lang],
      status: status('unknown', lang),
      notes: [],
      category: cell.unknownCategory && unknownCategoryLabel(cell.unknownCategory, lang),
    };
  }
  const { attribute, value } = cell;
  const band = bandOf(attribute, value);
  const withStatus = (short: string, notes: string[] = []): CellView => ({
    short,
    status: band && status(band, lang),
    notes,
  });
  switch (attribute.type) {
    case 'lead-time':
      return withStatus(leadTimeMain(value as LeadTime, lang), leadTimeDetails(value as LeadTime, lang));
    case 'hours': {
      const hours = value as Hours;
      return withStatus(hoursMain(hours, lang), hours.note ? [pick(hours.note, lang).text] : []);
    }
    case 'text': {
      const text = pick(value as LocalizedText, lang);
      if (text.text.length <= SHORT_TEXT) return withStatus(text.text);
      // Only whole sentences move: the cell keeps the first, the note carries the rest verbatim.
      const first = firstSentence(text.text, text.lang);
      return first.truncated
        ? withStatus(first.text, [text.text.slice(first.text.length).trim()])
        : withStatus(text.text);
    }
    case 'yen':
      return withStatus(formatValue(attribute, value as Yen, lang));
    default:
      return withStatus(formatValue(attribute, value, lang));
  }
}

const CATEGORY_LABELS: Record<UnknownCategory, Required<LocalizedText>> = {
  'no-official-statement': { ja: '公式の記載なし', en: 'No official statement found' },
  'tariff-not-read': { ja: '約款の該当条を未確認', en: 'Tariff article not read' },
  'sources-disagree': { ja: '情報が食い違う', en: 'Sources disagree' },
  'no-such-service': { ja: '該当サービスなし', en: 'No such service' },
  'follows-from-unknown': { ja: '前提の項目が不明', en: 'Depends on another unknown' },
};

export function unknownCategoryLabel(category: UnknownCategory, lang: Lang): string {
  return CATEGORY_LABELS[category][lang];
}

/**
 * The id of an unknown's full reason in its term page's collapsed research notes. Tables link
 * there, not to the row: Chromium opens the <details> when it follows a link to the fragment.
 */
export const reasonAnchor = (attributeKey: string): string => `why-${attributeKey}`;

/** A note under a table: its number, its text, and the cells that point to it. */
export interface Note {
  n: number;
  text: string;
  cells: { id: string; label: string }[];
}

/**
 * Numbered notes for a table, in reading order; cells with the same note share its number
 * (caniuse style). `add` returns the numbers a cell links to.
 */
export class NoteList {
  readonly notes: Note[] = [];
  add(cell: { id: string; label: string }, texts: string[]): number[] {
    return texts.map((text) => {
      let note = this.notes.find((n) => n.text === text);
      if (!note) {
        note = { n: this.notes.length + 1, text, cells: [] };
        this.notes.push(note);
      }
      note.cells.push(cell);
      return note.n;
    });
  }
}
