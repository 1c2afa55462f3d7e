/**
 * The published open data in dist/ (built by `npm test` first): the JSON validates against the
 * published schema and covers every record in content/; the CSVs open with Japanese intact.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(join('dist/data', file), 'utf8');
const recordCount = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? recordCount(join(dir, e.name)) : e.name.endsWith('.md') ? 1 : 0),
    0,
  );

describe('/data/yakkan.json', () => {
  const doc = JSON.parse(read('yakkan.json'));

  it('validates against /data/schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
    const validate = ajv.compile(JSON.parse(read('schema.json')));
    validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  });

  it('holds every record in content/, one document with a schema version', () => {
    expect(doc.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    for (const collection of ['carriers', 'topics', 'terms', 'channels', 'advisories'])
      expect(doc[collection], collection).toHaveLength(recordCount(join('content', collection)));
  });
});

describe('/data/*.csv', () => {
  it('terms.csv: BOM, header, and a Japanese row as the table shows it', () => {
    const csv = read('terms.csv');
    expect(csv.startsWith('\uFEFFterm_id,carrier,topic,attribute,')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.term_id === 'ntt-west/intl-call-suspension' && r.attribute === 'fee')!;
    expect(row.attribute_label_ja).toMatch(/料/);
    expect(row.value_ja).toBe('無料');
    expect(row.source_urls).toMatch(/^https?:\/\//);
  });

  it('advisories.csv and carriers.csv have a row per record', () => {
    const advisories = parse(read('advisories.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(advisories).toHaveLength(recordCount('content/advisories'));
    const carriers = parse(read('carriers.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(carriers.find((c) => c.id === 'ntt-west')!.name_ja).toBe('NTT西日本');
  });
});
