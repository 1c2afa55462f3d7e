/**
 * The results of the last `npm run sources:check`, as the site and `npm run report` read
 * them: `status.json` in the snapshot store (ADR 0009). Kept free of the checker's fetching
 * and PDF code so that pages import only this small file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { contentDir } from '../model/load.ts';
import { isoDate } from '../schema/common.ts';
import { archiveCapture, type ArchiveCapture } from './archive.ts';

/** The snapshot store: content/.snapshots (ignored by the validator, which skips dot entries), or YAKKAN_SNAPSHOTS. */
export function snapshotsDir(): string {
  return resolve(process.env.YAKKAN_SNAPSHOTS || join(contentDir(), '.snapshots'));
}

const quoteState = z.enum(['found', 'not-found', 'unverified']);
export type QuoteState = z.infer<typeof quoteState>;

const recordStatus = z.strictObject({
  /** Day of the check (YYYY-MM-DD, JST). */
  checked: isoDate,
  /** found: in a source that answered; not-found: every source answered and none has it; unverified: a source could not be read. */
  quote: quoteState.optional(),
});
export type RecordStatus = z.infer<typeof recordStatus>;

export const checkStatus = z.strictObject({
  /** Day of the last run. */
  checked: isoDate.optional(),
  /** Content-relative record file (terms/ntt-east/intl-call-suspension.md) → its result. */
  records: z.record(z.string(), recordStatus),
  /** Source URL → a dated archive capture found by `sources:check --archive`. */
  captures: z.record(z.string(), z.strictObject({ url: z.string(), date: isoDate.optional() })).default({}),
});
export type CheckStatus = z.infer<typeof checkStatus>;

export const STATUS_FILE = 'status.json';
const cache = new Map<string, CheckStatus>();

/** A JSON file of the store checked against its schema; a missing file is `empty`. Errors name the file, the field and the fix. */
export function readStoreFile<T>(file: string, schema: z.ZodType<T>, empty: T): T {
  if (!existsSync(file)) return empty;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file}: not valid JSON; it is written by npm run sources:check: rerun it or restore the file from git`,
      {
        cause: error,
      },
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${file} ${issue.path.join('.')} — ${issue.message}; it is written by npm run sources:check: rerun it or restore the file from git`,
    );
  }
  return parsed.data;
}

/** The last check's results, read once per build; no store yet is an empty status. */
export function loadCheckStatus(dir = snapshotsDir()): CheckStatus {
  const status = cache.get(dir) ?? readStoreFile(join(dir, STATUS_FILE), checkStatus, { records: {}, captures: {} });
  cache.set(dir, status);
  return status;
}

/** The date to show with 「要再確認」 when the record's quote was not found at the last check. */
export function recheckSince(status: CheckStatus, recordFile: string): string | undefined {
  const record = status.records[recordFile];
  return record?.quote === 'not-found' ? record.checked : undefined;
}

/** A source's archive copy: the one on record in the content, else a capture the check found. Never a search. */
export function archiveOf(source: { url: string; archived?: string }, status: CheckStatus): ArchiveCapture | undefined {
  return archiveCapture(source.archived) ?? archiveCapture(status.captures[source.url]?.url);
}
