/**
 * Open data: the whole knowledge base as one JSON document and as CSV tables, built from the
 * same site model the pages use (never re-read from content/), plus a JSON Schema generated
 * from the zod schemas, so the published schema can never drift from what the validator checks.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { advisory } from '../schema/advisory.ts';
import { carrier } from '../schema/carrier.ts';
import { channel } from '../schema/channel.ts';
import { evidence, isoDate, localizedText } from '../schema/common.ts';
import { term } from '../schema/term.ts';
import { topic } from '../schema/topic.ts';
import { formatValue } from './format.ts';
import type { Cell, Site, Term } from './site.ts';

/**
 * Version of the exported document's shape (semver): a new optional field is a minor bump,
 * a renamed or removed field a major one. Re-users can pin the major version.
 */
export const SCHEMA_VERSION = '1.0.0';

const recordExtras = {
  /** (fixed) The record's id: its path below the collection folder without .md. */
  id: z.string(),
  /** The record's Markdown body (our own words; Japanese). */
  body: z.string(),
};

/** One table cell as the pages show it: the value or the reason it is unknown, with its sources. */
export const exportedCell = z.strictObject({
  attribute: z.string(),
  value: z.unknown().optional(),
  unknown: localizedText.optional(),
  evidence: evidence.optional(),
  /** URLs of the sources that back this value (the record's `sources` hold the details). */
  sources: z.array(z.string()),
  /** Set when the value comes from a shared contact desk (channel id). */
  channel: z.string().optional(),
  verified: isoDate,
});

export const exportDocument = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** The day (JST) the data was built. */
    builtOn: isoDate,
    /** Where the pages are; record `url`s are absolute. */
    site: z.string(),
    carriers: z.array(carrier.extend({ ...recordExtras, url: z.string() })),
    topics: z.array(topic.extend({ ...recordExtras, url: z.string() })),
    channels: z.array(channel.extend({ ...recordExtras, url: z.string() })),
    terms: z.array(term.extend({ ...recordExtras, url: z.string(), cells: z.array(exportedCell) })),
    advisories: z.array(advisory.extend({ ...recordExtras, url: z.string() })),
  })
  .meta({
    title: 'Yakkan open data',
    description:
      "Japanese telecom carriers' contract terms, compared topic by topic, with the sources behind every value.",
  });
export type ExportDocument = z.infer<typeof exportDocument>;

/** The JSON Schema (draft 2020-12) of the exported document, generated from the zod schemas. */
export function exportJsonSchema(origin: string | URL): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportDocument, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
      // The validator checks dates with a refinement (which JSON Schema cannot carry); say the format instead.
      override: ({ zodSchema, jsonSchema }) => {
        if (zodSchema === isoDate) Object.assign(jsonSchema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      },
    }),
    $id: new URL('/data/schema.json', origin).href,
  };
}

/** /data/yakkan.json as published: compact (a re-user's tools indent it; gzip makes spacing moot anyway). */
export const exportJson = (site: Site, origin: string | URL) => JSON.stringify(exportData(site, origin));
/** /data/schema.json as published. */
export const schemaJson = (origin: string | URL) => JSON.stringify(exportJsonSchema(origin), null, 1);

const url = (origin: string | URL, path: string) => new URL(path, origin).href;
export const termPath = (t: Term) => `/terms/${t.carrier.id}/${t.topic.id}/`;

function exportCell(cell: Cell): z.infer<typeof exportedCell> {
  return {
    attribute: cell.attribute.key,
    ...(cell.unknown ? { unknown: cell.unknown } : { value: cell.value }),
    ...(cell.evidence && { evidence: cell.evidence }),
    sources: cell.sources.map((s) => s.url),
    ...(cell.channel && { channel: cell.channel.id }),
    verified: cell.verified,
  };
}

/** Everything, in one document. Records keep their front-matter fields as written. */
export function exportData(site: Site, origin: string | URL): ExportDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    builtOn: site.today,
    site: url(origin, '/'),
    carriers: site.carriers.map((c) => ({ id: c.id, ...c.data, body: c.body, url: url(origin, `/carriers/${c.id}/`) })),
    topics: site.topics.map((t) => ({ id: t.id, ...t.data, body: t.body, url: url(origin, `/compare/${t.id}/`) })),
    channels: site.channels.map((c) => ({
      id: c.id,
      ...c.data,
      body: c.body,
      url: url(origin, `/channels/${c.id}/`),
    })),
    terms: site.terms.map((t) => ({
      id: t.id,
      ...t.data,
      body: t.body,
      url: url(origin, termPath(t)),
      cells: t.cells.map(exportCell),
    })),
    advisories: site.advisories.map((a) => ({
      id: a.id,
      ...a.data,
      body: a.body,
      url: url(origin, `/advisories/${a.id}/`),
    })),
  };
}

/**
 * A text that a spreadsheet would run as a formula (=, +, @, a leading tab or CR, or - before a
 * non-digit) gets a leading apostrophe, so opening the CSV in Excel never evaluates content.
 */
export function spreadsheetSafe(text: string): string {
  return /^(?:[=+@\t\r]|-(?!\d))/.test(text) ? `'${text}` : text;
}

/** CSV with a header row, UTF-8 with BOM (Excel then reads Japanese correctly), CRLF line ends. */
function csv(header: string[], rows: (string | number | undefined)[][]): string {
  return stringify(
    rows.map((r) => r.map((v) => (typeof v === 'string' ? spreadsheetSafe(v) : v))),
    { header: true, columns: header, bom: true, record_delimiter: 'windows' },
  );
}
const list = (items: readonly string[] | undefined) => (items ?? []).join(' ');

export const TERMS_CSV_COLUMNS = [
  'term_id',
  'carrier',
  'topic',
  'attribute',
  'attribute_label_ja',
  'attribute_label_en',
  'value_ja',
  'value_en',
  'value_json',
  'unknown_reason_ja',
  'unknown_reason_en',
  'evidence',
  'source_urls',
  'channel',
  'verified',
  'url',
];

/** terms.csv: one row per table cell. `value_ja`/`value_en` read as the tables show them. */
export function termsCsv(site: Site, origin: string | URL): string {
  return csv(
    TERMS_CSV_COLUMNS,
    site.terms.flatMap((t) =>
      t.cells.map((cell) => [
        t.id,
        t.carrier.id,
        t.topic.id,
        cell.attribute.key,
        cell.attribute.label.ja,
        cell.attribute.label.en,
        cell.unknown ? '' : formatValue(cell.attribute, cell.value, 'ja'),
        cell.unknown ? '' : formatValue(cell.attribute, cell.value, 'en'),
        cell.unknown ? '' : JSON.stringify(cell.value),
        cell.unknown?.ja,
        cell.unknown?.en,
        cell.evidence,
        list(cell.sources.map((s) => s.url)),
        cell.channel?.id,
        cell.verified,
        url(origin, `${termPath(t)}#${cell.attribute.key}`),
      ]),
    ),
  );
}

export const ADVISORIES_CSV_COLUMNS = [
  'id',
  'date',
  'issuer',
  'kind',
  'title_ja',
  'title_en',
  'carriers',
  'topics',
  'summary_ja',
  'summary_en',
  'source_urls',
  'url',
];

export function advisoriesCsv(site: Site, origin: string | URL): string {
  return csv(
    ADVISORIES_CSV_COLUMNS,
    site.advisories.map((a) => [
      a.id,
      a.data.date,
      a.data.issuer,
      a.data.kind,
      a.data.title.ja,
      a.data.title.en,
      list(a.data.carriers),
      list(a.data.topics),
      a.data.summary?.ja,
      a.data.summary?.en,
      list(a.data.sources.map((s) => s.url)),
      url(origin, `/advisories/${a.id}/`),
    ]),
  );
}

export const CARRIERS_CSV_COLUMNS = [
  'id',
  'name_ja',
  'name_en',
  'legal_name_ja',
  'legal_name_en',
  'kinds',
  'aliases',
  'website',
  'tariff_index',
  'url',
];

export function carriersCsv(site: Site, origin: string | URL): string {
  return csv(
    CARRIERS_CSV_COLUMNS,
    site.carriers.map((c) => [
      c.id,
      c.data.name.ja,
      c.data.name.en,
      c.data.legalName?.ja,
      c.data.legalName?.en,
      list(c.data.kinds),
      list(c.data.aliases),
      c.data.website,
      c.data.tariffIndex,
      url(origin, `/carriers/${c.id}/`),
    ]),
  );
}
