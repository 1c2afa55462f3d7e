/**
 * Citations of one term in four formats, all generated from one citation record so they
 * can never disagree: Japanese, English, BibTeX and CSL-JSON.
 */
import type { Source } from '../schema/common.ts';
import { strongestSource } from './evidence.ts';
import type { Cell, Term } from './site.ts';

export interface CitationRecord {
  id: string;
  /** Who published the cited page: the carrier for its own pages, else the outlet or body. */
  publisher: { ja: string; en: string };
  /** The 約款 name when the cited source is the tariff itself, otherwise the page's title. */
  document: string;
  /** Only for a tariff source: the article the quote comes from. */
  article?: string;
  effective?: string;
  url: string;
  retrieved: string;
  published?: string;
}

/**
 * The one source a term's citation points to, and everything in the citation comes from it, so
 * author, title and URL always describe the same page: the strongest-evidence source among those
 * that back a value (a source with `supports: []` is context, not the thing to cite).
 */
export function citedSource(term: Term): Source {
  const backing = term.data.sources.filter((s) => !s.supports || s.supports.length > 0);
  return strongestSource(backing.length ? backing : term.data.sources)!;
}

/**
 * A term's citation, or one value's: a value is cited from the strongest source that backs that
 * value, so a reader who quotes one cell (say, a lead time) never gets a page that does not state it.
 */
export function citationRecord(term: Term, cell?: Cell): CitationRecord {
  const source = cell ? strongestSource(cell.sources)! : citedSource(term);
  const carrier = term.carrier.data;
  // The carrier's own page: cite it under the carrier's name, in English too.
  const byCarrier = [carrier.name.ja, carrier.legalName?.ja].includes(source.publisher);
  const english = carrier.legalName?.en ?? carrier.name.en ?? carrier.name.ja;
  // The record's clause (document, article) describes the record's cited source; a value cited
  // from another tariff source gets that source's own title and no article.
  const isTariff = source.evidence === 'tariff' && source === citedSource(term);
  return {
    id: `yakkan-${term.carrier.id}-${term.topic.id}${cell ? `-${cell.attribute.key}` : ''}`,
    publisher: { ja: source.publisher, en: byCarrier ? english : source.publisher },
    document: isTariff && term.data.clause ? term.data.clause.document : source.title,
    article: isTariff ? term.data.clause?.article : undefined,
    effective: isTariff ? term.data.clause?.effective : undefined,
    url: source.url,
    retrieved: source.retrieved,
    published: source.published,
  };
}

const jaDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
const enDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export function citeJa(c: CitationRecord): string {
  const parts = [`${c.publisher.ja}「${c.document}」`];
  if (c.article) parts.push(c.article);
  if (c.effective) parts.push(`（${jaDate(c.effective)}施行）`);
  return `${parts.join('')}、${c.url}（${jaDate(c.retrieved)}閲覧）`;
}

export function citeEn(c: CitationRecord): string {
  const bits = [`${c.publisher.en}. “${c.document}”`];
  if (c.article) bits.push(c.article);
  if (c.effective) bits.push(`effective ${enDate(c.effective)}`);
  return `${bits.join(', ')}. ${c.url} (accessed ${enDate(c.retrieved)}).`;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

export function citeBibtex(c: CitationRecord): string {
  // No date on the page: no year (the day we read it is urldate, not the publication year).
  const year = (c.effective ?? c.published)?.slice(0, 4);
  const fields: [string, string][] = [
    ['author', `{${bibEscape(c.publisher.ja)}}`],
    ['title', `{${bibEscape(c.document)}}`],
    ...(year ? [['year', year] as [string, string]] : []),
    ['url', c.url],
    ['urldate', c.retrieved],
  ];
  const note = [c.article, c.effective ? `施行 ${c.effective}` : undefined].filter(Boolean).join(', ');
  if (note) fields.push(['note', `{${bibEscape(note)}}`]);
  return `@misc{${c.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

export function citeCslJson(c: CitationRecord): string {
  const item: Record<string, unknown> = {
    id: c.id,
    type: c.article ? 'legislation' : 'webpage',
    title: c.document,
    author: [{ literal: c.publisher.ja }],
    publisher: c.publisher.ja,
    URL: c.url,
    accessed: dateParts(c.retrieved),
    language: 'ja',
  };
  if (c.article) item.section = c.article;
  const issued = c.effective ?? c.published;
  if (issued) item.issued = dateParts(issued);
  return JSON.stringify([item], null, 2);
}
