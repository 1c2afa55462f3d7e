/**
 * The validator: reads every record under content/, checks it against its collection's
 * schema and then against the named checks, and returns all problems at once together
 * with the records that passed their schema.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import * as schemas from '../schema/index.ts';
import { collections, type CollectionName } from '../schema/index.ts';
import { checks } from './checks/index.ts';
import type { CheckContext, Loaded, Records } from './context.ts';
import { friendlyIssues } from './friendly-issues.ts';
import type { Problem } from './problem.ts';
import { readRecordFile } from './read-file.ts';
import { visible } from './safe-text.ts';

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

/**
 * Every file under content/ (sorted, dot-files skipped), with problems for entries that cannot
 * be read as records. A symlink is followed only when it stays inside content/: a link to a
 * file elsewhere would publish it. A broken link or a loop is reported, never thrown.
 */
function listFiles(contentDir: string, rel: (p: string) => string): { files: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: string[] = [];
  const layout = (path: string, message: string) =>
    problems.push({ file: rel(path), field: '', rule: 'layout', message });
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    return { files, problems };
  }
  const inside = (real: string) => real === root || real.startsWith(root + sep);
  const seen = new Set<string>([root]);
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      if (entry.startsWith('.')) continue;
      const path = join(dir, entry);
      let real = path;
      if (lstatSync(path).isSymbolicLink()) {
        try {
          real = realpathSync(path);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          layout(
            path,
            code === 'ELOOP'
              ? 'is a symbolic link that loops back on itself; replace it with the real file'
              : 'is a symbolic link to a file that does not exist; remove it or point it at a file in content/',
          );
          continue;
        }
        if (!inside(real)) {
          layout(
            path,
            `is a symbolic link to ${visible(real)}, outside content/; content is published, so copy the file into content/ instead of linking`,
          );
          continue;
        }
      }
      const stat = statSync(real);
      if (stat.isDirectory()) {
        // A link to a folder above itself would otherwise be walked forever.
        if (seen.has(real)) {
          layout(path, 'is a symbolic link to a folder already read (a loop); remove it');
          continue;
        }
        seen.add(real);
        visit(path);
      } else files.push(path);
    }
  };
  visit(contentDir);
  return { files, problems };
}

export function validateContent(contentDir: string, options: { today?: string; root?: string } = {}): ValidationResult {
  const root = options.root ?? process.cwd();
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const records: Records = { carriers: [], topics: [], terms: [], channels: [], advisories: [] };
  const files: CheckContext['files'] = [];
  const listed = listFiles(contentDir, rel);
  const problems: Problem[] = listed.problems;

  for (const path of listed.files) {
    const file = rel(path);
    const [collection, ...rest] = relative(contentDir, path).split(sep);
    if (!(collections as readonly string[]).includes(collection!) || rest.length === 0) {
      problems.push({
        file,
        field: '',
        rule: 'layout',
        message: `not in a collection folder; content/ holds only ${collections.join(', ')}`,
      });
      continue;
    }
    if (!path.endsWith('.md')) {
      problems.push({
        file,
        field: '',
        rule: 'layout',
        message: 'records are Markdown files ending in .md; rename it or move it out of content/',
      });
      continue;
    }
    const name = collection as CollectionName;
    const id = rest.join('/').slice(0, -3);
    files.push({ collection: name, id, file });
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      problems.push({
        file,
        field: '',
        rule: 'layout',
        message: `cannot be read (${(e as NodeJS.ErrnoException).code}); check its permissions`,
      });
      continue;
    }
    const read = readRecordFile(bytes, file);
    if (Array.isArray(read)) {
      problems.push(...read);
      continue;
    }
    const schema = schemaOf[name];
    const parsed = schema.safeParse(read.data);
    if (!parsed.success) {
      problems.push(...friendlyIssues(schema, read, parsed.error.issues));
      continue;
    }
    const loaded: Loaded<unknown> = {
      id,
      file,
      data: parsed.data,
      body: read.body,
      lineOf: read.lineOf,
      bodyLine: read.bodyLine,
    };
    (records[name] as Loaded<unknown>[]).push(loaded);
  }

  const ctx: CheckContext = { records, files, today: options.today ?? todayInJapan() };
  for (const check of checks) problems.push(...check.run(ctx));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, records, fileCount: files.length };
}
