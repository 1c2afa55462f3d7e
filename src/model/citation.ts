/**
 * Citations of one term in four formats, all generated from one citation record so they
 * can never disagree: Japanese, English, BibTeX and CSL-JSON.
 */
import { pick } from '../i18n/ui.ts';
import { evidenceRank } from './evidence.ts';
import type { Term } from './site.ts';

export interface CitationRecord {
  id: string;
  publisher: { ja: string; en: string };
  /** The 約款 name, or the cited page's title when no clause is quoted. */
  document: string;
  article?: string;
  effective?: string;
  url: string;
  retrieved: string;
  published?: string;
}

export function citationRecord(term: Term): CitationRecord {
  const best = [...term.data.sources].sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence))[0]!;
  const name = term.carrier.data.legalName ?? term.carrier.data.name;
  return {
    id: `yakkan-${term.carrier.id}-${term.topic.id}`,
    publisher: { ja: name.ja, en: pick(name, 'en').text },
    document: term.data.clause?.document ?? best.title,
    article: term.data.clause?.article,
    effective: term.data.clause?.effective,
    url: best.url,
    retrieved: best.retrieved,
    published: best.published,
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
  const year = (c.effective ?? c.published ?? c.retrieved).slice(0, 4);
  const fields: [string, string][] = [
    ['author', `{${bibEscape(c.publisher.ja)}}`],
    ['title', `{${bibEscape(c.document)}}`],
    ['year', year],
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
