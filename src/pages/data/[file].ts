/** The open-data downloads under /data/: one JSON document, its JSON Schema and three CSV tables. */
import type { APIContext } from 'astro';
import { loadSite } from '../../model/load.ts';
import { advisoriesCsv, carriersCsv, exportJson, schemaJson, termsCsv } from '../../model/export.ts';
import type { Site } from '../../model/site.ts';

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const files: Record<string, { type: string; body: (site: Site, origin: URL) => string }> = {
  'yakkan.json': { type: JSON_TYPE, body: exportJson },
  'schema.json': { type: JSON_TYPE, body: (_site, origin) => schemaJson(origin) },
  'terms.csv': { type: CSV, body: termsCsv },
  'advisories.csv': { type: CSV, body: advisoriesCsv },
  'carriers.csv': { type: CSV, body: carriersCsv },
};

export const getStaticPaths = () => Object.keys(files).map((file) => ({ params: { file } }));

export function GET({ params, site }: APIContext) {
  const file = files[params.file!]!;
  return new Response(file.body(loadSite(), site!), { headers: { 'Content-Type': file.type } });
}
