/**
 * Open data from the fixture content: the JSON document validates against the published JSON
 * Schema and holds what the records say; CSVs open in Excel with Japanese intact.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  TERMS_CSV_COLUMNS,
  advisoriesCsv,
  carriersCsv,
  exportData,
  exportJson,
  schemaJson,
  spreadsheetSafe,
  termsCsv,
} from '../../src/model/export.ts';
import { buildSite } from '../../src/model/site.ts';
import { validateContent } from '../../src/validate/index.ts';
import { VALID, fixtureWith } from '../support/content.ts';

const ORIGIN = 'https://yakkan.example/';
const siteOf = (dir: string) =>
  buildSite(validateContent(dir, { root: dir, today: '2026-12-01' }).records, '2026-12-01');
const site = siteOf(VALID);
const validator = () =>
  new Ajv2020({ allErrors: true, strict: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } }).compile(
    JSON.parse(schemaJson(ORIGIN)),
  );
const rows = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('yakkan.json', () => {
  it('validates against the published schema', () => {
    const validate = validator();
    const ok = validate(JSON.parse(exportJson(site, ORIGIN)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('holds each record as written, with its history and absolute URLs', () => {
    const doc = JSON.parse(exportJson(site, ORIGIN));
    expect(doc.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const alpha = doc.terms.find((t: { id: string }) => t.id === 'alpha/intl-call-suspension');
    const record = site.term('alpha', 'intl-call-suspension')!;
    expect(alpha.values).toEqual(record.data.values);
    expect(alpha.quote).toEqual({ text: '当社は責任を負いません。', lang: 'ja' });
    expect(alpha.history[0].until).toBe('2015-07-05');
    expect(alpha.url).toBe('https://yakkan.example/terms/alpha/intl-call-suspension/');
    expect(doc.terms).toHaveLength(site.terms.length);
    expect(doc.advisories.map((a: { id: string }) => a.id)).toEqual(site.advisories.map((a) => a.id));
  });

  it('gives every cell its value or its unknown reason, with the backing source URLs', () => {
    const doc = exportData(site, ORIGIN);
    for (const [t, term] of doc.terms.map((t, i) => [t, site.terms[i]!] as const)) {
      expect(t.cells.map((c) => c.attribute)).toEqual(term.topic.data.attributes.map((a) => a.key));
      for (const c of t.cells) {
        expect('value' in c !== 'unknown' in c, `${t.id} ${c.attribute}`).toBe(true);
        if ('value' in c) expect(c.sources.length, `${t.id} ${c.attribute}`).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a document whose record lost a required field or carries a wrong date', () => {
    const validate = validator();
    const doc = JSON.parse(exportJson(site, ORIGIN));
    delete doc.terms[0].sources;
    expect(validate(doc)).toBe(false);
    const dated = JSON.parse(exportJson(site, ORIGIN));
    dated.terms[0].verified = '1 Dec 2026';
    expect(validate(dated)).toBe(false);
  });
});

describe('CSV downloads', () => {
  it('start with a UTF-8 BOM and the documented header', () => {
    const csv = termsCsv(site, ORIGIN);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(TERMS_CSV_COLUMNS.join(','));
    expect(advisoriesCsv(site, ORIGIN).charCodeAt(0)).toBe(0xfeff);
    expect(carriersCsv(site, ORIGIN).charCodeAt(0)).toBe(0xfeff);
  });

  it('terms.csv has one row per cell, Japanese intact, unknowns with their reason', () => {
    const table = rows(termsCsv(site, ORIGIN));
    expect(table).toHaveLength(site.terms.reduce((n, t) => n + t.cells.length, 0));
    const lead = table.find((r) => r.term_id === 'alpha/intl-call-suspension' && r.attribute === 'leadTime')!;
    expect(lead.value_ja).toBe('翌営業日');
    expect(lead.value_en).toBe('Next business day');
    expect(lead.evidence).toBe('tariff');
    expect(lead.source_urls).toContain('https://alpha.example.jp/tariff.html');
    expect(lead.url).toBe('https://yakkan.example/terms/alpha/intl-call-suspension/#leadTime');
    const unknown = table.find((r) => r.unknown_reason_ja)!;
    expect(unknown.value_ja).toBe('');
    expect(unknown.evidence).toBe('');
  });

  it('advisories.csv and carriers.csv carry the Japanese names and titles', () => {
    const advisories = rows(advisoriesCsv(site, ORIGIN));
    expect(advisories[0]!.title_ja).toBe(site.advisories[0]!.data.title.ja);
    const carriers = rows(carriersCsv(site, ORIGIN));
    expect(carriers.map((c) => c.name_ja)).toEqual(site.carriers.map((c) => c.data.name.ja));
  });

  it('a value a spreadsheet would run as a formula arrives as text', () => {
    const dir = fixtureWith({
      'carriers/alpha.md': (t) => t.replace(/name: \{ ja: [^,]+,/, 'name: { ja: "=HYPERLINK(\\"http://x\\")",'),
    });
    const carriers = rows(carriersCsv(siteOf(dir), ORIGIN));
    expect(carriers.find((c) => c.id === 'alpha')!.name_ja).toBe('\'=HYPERLINK("http://x")');
    expect(spreadsheetSafe('-1')).toBe('-1');
    expect(spreadsheetSafe('+81 3')).toBe("'+81 3");
  });
});
