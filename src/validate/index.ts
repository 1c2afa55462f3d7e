/**
 * The validator: reads every record under content/, checks it against its collection's
 * schema and then against the named checks, and returns all problems at once together
 * with the records that passed their schema.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import * as schemas from '../schema/index.ts';
import { collections, type CollectionName } from '../schema/index.ts';
import { checks } from './checks/index.ts';
import type { CheckContext, Loaded, Records } from './context.ts';
import { friendlyIssues } from './friendly-issues.ts';
import type { Problem } from './problem.ts';
import { readRecordFile } from './read-file.ts';

const schemaOf: Record<CollectionName, z.ZodType> = {
  carriers: schemas.carrier,
  topics: schemas.topic,
  terms: schemas.term,
  channels: schemas.channel,
  advisories: schemas.advisory,
};

export interface ValidationResult {
  problems: Problem[];
  records: Records;
  /** How many record files were read. */
  fileCount: number;
}

/** The calendar day (YYYY-MM-DD) of a moment in Japan (JST, UTC+9, no daylight saving). */
export function dateInJapan(moment: Date): string {
  return new Date(moment.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** Today's date in Japan (YYYY-MM-DD); YAKKAN_TODAY overrides it for tests. */
export function todayInJapan(now = new Date()): string {
  return process.env.YAKKAN_TODAY ?? dateInJapan(now);
}

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.startsWith('.'))
    .sort()
    .flatMap((e) => {
      const path = join(dir, e);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

export function validateContent(contentDir: string, options: { today?: string; root?: string } = {}): ValidationResult {
  const root = options.root ?? process.cwd();
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const problems: Problem[] = [];
  const records: Records = { carriers: [], topics: [], terms: [], channels: [], advisories: [] };
  const files: CheckContext['files'] = [];

  for (const entry of walk(contentDir)) {
    const [top] = relative(contentDir, entry).split(sep);
    if (!(collections as readonly string[]).includes(top!) || relative(contentDir, entry) === top) {
      problems.push({
        file: rel(entry),
        field: '',
        rule: 'layout',
        message: `not in a collection folder; content/ holds only ${collections.join(', ')}`,
      });
    }
  }

  for (const collection of collections) {
    const dir = join(contentDir, collection);
    for (const path of walk(dir)) {
      const file = rel(path);
      if (!path.endsWith('.md')) {
        problems.push({
          file,
          field: '',
          rule: 'layout',
          message: 'records are Markdown files ending in .md; rename it or move it out of content/',
        });
        continue;
      }
      const id = relative(dir, path).split(sep).join('/').slice(0, -3);
      files.push({ collection, id, file });
      const read = readRecordFile(readFileSync(path), file);
      if (Array.isArray(read)) {
        problems.push(...read);
        continue;
      }
      const schema = schemaOf[collection];
      const parsed = schema.safeParse(read.data);
      if (!parsed.success) {
        problems.push(...friendlyIssues(schema, read, parsed.error.issues));
        continue;
      }
      const loaded: Loaded<unknown> = { id, file, data: parsed.data, body: read.body, lineOf: read.lineOf };
      (records[collection] as Loaded<unknown>[]).push(loaded);
    }
  }

  const ctx: CheckContext = { records, files, today: options.today ?? todayInJapan() };
  for (const check of checks) problems.push(...check.run(ctx));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, records, fileCount: files.length };
}
