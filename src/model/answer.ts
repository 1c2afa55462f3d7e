/**
 * The answer above a topic table, computed from its cells (never written by hand):
 * 「最短: mineo（約30分）／当日中: NTT東日本・NTT西日本／不明: 7社」, one line per typed column.
 */
import type { Attribute } from '../schema/topic.ts';
import { pick, type Lang } from '../i18n/ui.ts';
import { leadTimeMinutes } from './format.ts';
import type { LeadTime } from '../schema/lead-time.ts';
import { bandOf, bandsFor, cellView, status, type Band } from './glance.ts';
import type { Term } from './site.ts';

export interface AnswerCarrier {
  name: string;
  /** The id of the carrier's cell in the table (`<carrier>-<key>`), for a link. */
  cellId: string;
  /** The value, where the part names it (the fastest). */
  value?: string;
}

export interface AnswerPart {
  label: string;
  carriers: AnswerCarrier[];
  /** Unknowns are counted, not named. */
  count?: number;
}

export interface AnswerLine {
  key: string;
  label: string;
  parts: AnswerPart[];
}

/** Columns whose values fall into bands or options can be summed up; free text cannot. */
const SUMMABLE: Attribute['type'][] = ['lead-time', 'boolean', 'yen', 'enum'];

export const cellId = (term: Term, attribute: Attribute) => `${term.carrier.id}-${attribute.key}`;

/** The answer lines for one topic's rows, in column order. */
export function topicAnswer(rows: Term[], attributes: Attribute[], lang: Lang): AnswerLine[] {
  const summable = attributes.filter((a) => SUMMABLE.includes(a.type));
  const lines = (summable.length ? summable : attributes.slice(0, 1)).map((attribute) =>
    answerLine(rows, attribute, lang),
  );
  return lines.filter((line) => line.parts.length > 0);
}

function answerLine(rows: Term[], attribute: Attribute, lang: Lang): AnswerLine {
  const index = (term: Term) => term.cells.findIndex((c) => c.attribute.key === attribute.key);
  const entries = rows.flatMap((term) => {
    const cell = term.cells[index(term)];
    return cell
      ? [{ term, cell, carrier: { name: pick(term.carrier.data.name, lang).text, cellId: cellId(term, attribute) } }]
      : [];
  });
  const known = entries.filter((e) => !e.cell.unknown);
  const unknownCount = entries.length - known.length;
  const parts: AnswerPart[] = [];
  const listed = new Set<string>();

  if (attribute.type === 'lead-time' && known.length > 0) {
    const minutes = (e: (typeof known)[number]) => leadTimeMinutes(e.cell.value as LeadTime);
    const fastest = Math.min(...known.map(minutes));
    const first = known.filter((e) => minutes(e) === fastest);
    parts.push({
      label: lang === 'ja' ? '最短' : 'Fastest',
      carriers: first.map((e) => ({ ...e.carrier, value: cellView(e.cell, lang).short })),
    });
    for (const e of first) listed.add(e.carrier.cellId);
  }

  const groups: { label: string; members: typeof known }[] =
    attribute.type === 'enum'
      ? (attribute.options ?? []).map((o) => ({
          label: pick(o.label, lang).text,
          members: known.filter((e) => e.cell.value === o.value),
        }))
      : attribute.type === 'text' ||
          attribute.type === 'list' ||
          attribute.type === 'hours' ||
          attribute.type === 'number'
        ? [{ label: lang === 'ja' ? '出典あり' : 'Sourced', members: known }]
        : bandsFor(attribute.type)
            .filter((b): b is Exclude<Band, 'unknown'> => b !== 'unknown')
            .map((band) => ({
              label: status(band, lang).label,
              members: known.filter((e) => bandOf(attribute, e.cell.value) === band),
            }));
  for (const group of groups) {
    const members = group.members.filter((e) => !listed.has(e.carrier.cellId));
    if (members.length) parts.push({ label: group.label, carriers: members.map((e) => e.carrier) });
  }
  if (unknownCount > 0) parts.push({ label: status('unknown', lang).label, carriers: [], count: unknownCount });
  return { key: attribute.key, label: pick(attribute.label, lang).text, parts };
}

/** An answer line as plain text, as the page shows it (names joined, unknowns counted). */
export function answerText(line: AnswerLine, lang: Lang): string {
  const ja = lang === 'ja';
  const part = (p: AnswerPart) =>
    `${p.label}: ${
      p.count !== undefined
        ? ja
          ? `${p.count}社`
          : `${p.count} ${p.count === 1 ? 'carrier' : 'carriers'}`
        : p.carriers
            .map((c) => (c.value ? (ja ? `${c.name}（${c.value}）` : `${c.name} (${c.value})`) : c.name))
            .join(ja ? '・' : ', ')
    }`;
  return line.parts.map(part).join(ja ? '／' : ' / ');
}
