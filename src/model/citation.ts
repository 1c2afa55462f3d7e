/**
 * Citations of a term or of one value, in six formats, all generated from one citation so they
 * can never disagree: Japanese, English, BibTeX, CSL-JSON, Markdown and HTML. A citation names
 * the sources (the pages a reader can open) and Yakkan's own permalink to the cited row.
 */
import MarkdownIt from 'markdown-it';
import type { Evidence, Source } from '../schema/common.ts';
import { href, pick, type Lang } from '../i18n/ui.ts';
import { evidenceRank, strongestSource } from './evidence.ts';
import { formatDate, hasPlaceholderTitle, siteAndDate, sourceTitle } from './source-title.ts';
import type { Cell, Term } from './site.ts';

/** One cited source, described the way citation formats need it. */
export interface CitationRecord {
  id: string;
  /** Who published the cited page: the carrier for its own pages, else the outlet or body. */
  publisher: { ja: string; en: string };
  /**
   * The 約款 name when the cited source is the tariff itself, otherwise the page's title; none
   * when the page's headline is unconfirmed (the citation then names the publisher and date).
   */
  document?: { ja: string; en: string };
  /** Only for a tariff source: the article the quote comes from. */
  article?: string;
  effective?: string;
  url: string;
  retrieved: string;
  published?: string;
}

/** What a reader copies: every source behind the cited thing, and where it sits on Yakkan. */
export interface Citation {
  id: string;
  /** The cited row as Yakkan names it, e.g. NTT東日本：国際電話の発信休止（受付から規制まで）. */
  title: { ja: string; en: string };
  /** Absolute URL of the term page, with the value's row as fragment for a value. */
  permalink: string;
  /** Strongest evidence first. */
  sources: CitationRecord[];
}

/**
 * The one source a term's citation points to: the strongest-evidence source among those that
 * back a value (a source with `supports: []` is context, not the thing to cite).
 */
export function citedSource(term: Term): Source {
  const backing = term.data.sources.filter((s) => !s.supports || s.supports.length > 0);
  return strongestSource(backing.length ? backing : term.data.sources)!;
}

/**
 * The source the record's quote and clause come from: the source the clause names (its title
 * is the clause's document, or contains it), else the record's cited source.
 */
export function quoteSource(term: Term): Source {
  const document = term.data.clause?.document;
  const named = document
    ? term.data.sources.find((s) => s.title === document || document.includes(s.title) || s.title.includes(document))
    : undefined;
  return named ?? citedSource(term);
}

/** One source as a citation record; the clause (document, article, date) only for the source it describes. */
export function sourceRecord(term: Term, source: Source, id: string): CitationRecord {
  const carrier = term.carrier.data;
  // The carrier's own page: cite it under the carrier's name, in English too.
  const byCarrier = [carrier.name.ja, carrier.legalName?.ja].includes(source.publisher);
  const english = carrier.legalName?.en ?? carrier.name.en ?? carrier.name.ja;
  const clause = term.data.clause;
  const isTariffClause = source.evidence === 'tariff' && clause !== undefined && source === quoteSource(term);
  return {
    id,
    publisher: { ja: source.publisher, en: byCarrier ? english : source.publisher },
    document: isTariffClause
      ? { ja: clause.document, en: clause.document }
      : hasPlaceholderTitle(source)
        ? undefined
        : { ja: source.title, en: source.title },
    article: isTariffClause ? clause.article : undefined,
    effective: isTariffClause ? clause.effective : undefined,
    url: source.url,
    retrieved: source.retrieved,
    published: source.published,
  };
}

/** A term's citation record (its cited source), or one value's strongest source. */
export function citationRecord(term: Term, cell?: Cell): CitationRecord {
  const source = cell ? strongestSource(cell.sources)! : citedSource(term);
  return sourceRecord(term, source, citationId(term, cell));
}

const citationId = (term: Term, cell?: Cell) =>
  `yakkan-${term.carrier.id}-${term.topic.id}${cell ? `-${cell.attribute.key}` : ''}`;

/**
 * The citation of a term (its cited source) or of one value (every source that backs the value,
 * strongest first), with the permalink on the site at `site` in the page's language.
 */
export function citation(term: Term, where: { site: URL | string; lang: Lang }, cell?: Cell): Citation {
  const id = citationId(term, cell);
  const sources = cell
    ? [...cell.sources].sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence))
    : [citedSource(term)];
  const path = href(where.lang, `/terms/${term.carrier.id}/${term.topic.id}/`);
  const name = (lang: Lang) => {
    const page = `${pick(term.carrier.data.name, lang).text}${lang === 'ja' ? '：' : ': '}${pick(term.topic.data.title, lang).text}`;
    if (!cell) return page;
    const label = pick(cell.attribute.label, lang).text;
    return lang === 'ja' ? `${page}（${label}）` : `${page} — ${label}`;
  };
  return {
    id,
    title: { ja: name('ja'), en: name('en') },
    permalink: new URL(`${path}${cell ? `#${cell.attribute.key}` : ''}`, where.site).href,
    sources: sources.map((s, i) => sourceRecord(term, s, i === 0 ? id : `${id}-${i + 1}`)),
  };
}

const jaDate = (iso: string) => formatDate(iso, 'ja');
const enDate = (iso: string) => formatDate(iso, 'en');

/** One source in Japanese: 発行者「文書」第N条（施行日）、URL（閲覧日）. */
/** What a link to the source says: its title, or (headline unconfirmed) its publisher and date. */
const linkText = (c: CitationRecord, lang: Lang) =>
  c.document?.[lang] ?? siteAndDate({ publisher: c.publisher[lang], published: c.published, url: c.url }, lang);

export function citeJa(c: CitationRecord): string {
  const parts = [c.document ? `${c.publisher.ja}「${c.document.ja}」` : linkText(c, 'ja')];
  if (c.article) parts.push(c.article);
  if (c.effective) parts.push(`（${jaDate(c.effective)}施行）`);
  return `${parts.join('')}、${c.url}（${jaDate(c.retrieved)}閲覧）`;
}

/** One source in English. */
export function citeEn(c: CitationRecord): string {
  const bits = [c.document ? `${c.publisher.en}. “${c.document.en}”` : linkText(c, 'en')];
  if (c.article) bits.push(c.article);
  if (c.effective) bits.push(`effective ${enDate(c.effective)}`);
  return `${bits.join(', ')}. ${c.url} (accessed ${enDate(c.retrieved)}).`;
}

const YAKKAN = { ja: 'Yakkan（約款）', en: 'Yakkan' };

/** Every source, one a line, then where the value sits on Yakkan. */
export const formatJa = (c: Citation): string =>
  [...c.sources.map(citeJa), `${YAKKAN.ja}「${c.title.ja}」、${c.permalink}`].join('\n');

export const formatEn = (c: Citation): string =>
  [...c.sources.map(citeEn), `${YAKKAN.en}. “${c.title.en}”. ${c.permalink}`].join('\n');

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

/** One source as a BibTeX @misc entry. */
export function citeBibtex(c: CitationRecord): string {
  // No date on the page: no year (the day we read it is urldate, not the publication year).
  const year = (c.effective ?? c.published)?.slice(0, 4);
  const fields: [string, string][] = [
    ['author', `{${bibEscape(c.publisher.ja)}}`],
    ...(c.document ? [['title', `{${bibEscape(c.document.ja)}}`] as [string, string]] : []),
    ...(year ? [['year', year] as [string, string]] : []),
    ['url', c.url],
    ['urldate', c.retrieved],
  ];
  const note = [c.article, c.effective ? `施行 ${c.effective}` : undefined].filter(Boolean).join(', ');
  if (note) fields.push(['note', `{${bibEscape(note)}}`]);
  return `@misc{${c.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** One entry per source, then Yakkan's page. */
export const formatBibtex = (c: Citation): string =>
  [
    ...c.sources.map(citeBibtex),
    `@misc{${c.id}-yakkan,\n  author = {{Yakkan}},\n  title = {{${bibEscape(c.title.ja)}}},\n  url = {${c.permalink}}\n}`,
  ].join('\n\n');

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

function cslItem(c: CitationRecord): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: c.id,
    type: c.article ? 'legislation' : 'webpage',
    ...(c.document && { title: c.document.ja }),
    author: [{ literal: c.publisher.ja }],
    publisher: c.publisher.ja,
    URL: c.url,
    accessed: dateParts(c.retrieved),
    language: 'ja',
  };
  if (c.article) item.section = c.article;
  const issued = c.effective ?? c.published;
  if (issued) item.issued = dateParts(issued);
  return item;
}

/** One source as CSL-JSON (a one-item array, as reference managers import it). */
export const citeCslJson = (c: CitationRecord): string => JSON.stringify([cslItem(c)], null, 2);

export const formatCslJson = (c: Citation): string =>
  JSON.stringify(
    [
      ...c.sources.map(cslItem),
      { id: `${c.id}-yakkan`, type: 'webpage', title: c.title.ja, author: [{ literal: 'Yakkan' }], URL: c.permalink },
    ],
    null,
    2,
  );

// Link text in Markdown: brackets and emphasis characters would change the meaning.
const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');
const mdUrl = (url: string) => url.replace(/[()\s]/g, (ch) => encodeURIComponent(ch));

/** A list a blogger can paste: each source as a link, then the link to the value on Yakkan. */
export function formatMarkdown(c: Citation, lang: Lang): string {
  const lines = c.sources.map((r) => {
    const link = `[${mdEscape(linkText(r, lang))}](${mdUrl(r.url)})`;
    if (lang === 'ja') {
      const where = `${r.article ?? ''}${r.effective ? `（${jaDate(r.effective)}施行）` : ''}`;
      const named = r.document ? `${mdEscape(r.publisher.ja)}「${link}」` : link;
      return `- ${named}${where}（${jaDate(r.retrieved)}閲覧）`;
    }
    const where = [r.article, r.effective && `effective ${enDate(r.effective)}`].filter(Boolean).join(', ');
    const named = r.document ? `${mdEscape(r.publisher.en)}, “${link}”` : link;
    return `- ${named}${where ? `, ${where}` : ''} (accessed ${enDate(r.retrieved)})`;
  });
  lines.push(`- [${mdEscape(`${YAKKAN[lang]}: ${c.title[lang]}`)}](${mdUrl(c.permalink)})`);
  return lines.join('\n');
}

const { escapeHtml } = new MarkdownIt().utils;

/** The same list as HTML, every text escaped. */
export function formatHtml(c: Citation, lang: Lang): string {
  const items = c.sources.map((r) => {
    const link = r.document
      ? `<a href="${escapeHtml(r.url)}"><cite>${escapeHtml(r.document[lang])}</cite></a>`
      : `<a href="${escapeHtml(r.url)}">${escapeHtml(linkText(r, lang))}</a>`;
    if (lang === 'ja') {
      const where = `${r.article ?? ''}${r.effective ? `（${jaDate(r.effective)}施行）` : ''}`;
      const named = r.document ? `${escapeHtml(r.publisher.ja)}「${link}」` : link;
      return `  <li>${named}${escapeHtml(where)}（${jaDate(r.retrieved)}閲覧）</li>`;
    }
    const where = [r.article, r.effective && `effective ${enDate(r.effective)}`].filter(Boolean).join(', ');
    const named = r.document ? `${escapeHtml(r.publisher.en)}, “${link}”` : link;
    return `  <li>${named}${escapeHtml(where ? `, ${where}` : '')} (accessed ${enDate(r.retrieved)})</li>`;
  });
  items.push(`  <li><a href="${escapeHtml(c.permalink)}">${escapeHtml(`${YAKKAN[lang]}: ${c.title[lang]}`)}</a></li>`);
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

/**
 * The name of the document the record's quote comes from, as readers see it: the clause's
 * document, or where that is an unconfirmed headline, the quoted source's site and date.
 */
export function clauseName(term: Term, lang: Lang): string | undefined {
  const document = term.data.clause?.document;
  if (!document) return undefined;
  return hasPlaceholderTitle({ title: document }) ? sourceTitle(quoteSource(term), lang) : document;
}

/** The label a quote stands under: what kind of text it is, from the evidence of its source. */
export const quoteKind = (term: Term): Evidence => quoteSource(term).evidence;
