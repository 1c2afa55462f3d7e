/**
 * The snapshot store (ADR 0009): per cited URL, the extracted text in `text/<key>.txt` and its
 * metadata in `index.json`; the per-record results in `status.json` (read by the site).
 * Plain text, not gzip, so that git delta-compresses one check's text against the last one
 * and a changed page shows as a readable diff.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { checkStatus, readStoreFile, STATUS_FILE, type CheckStatus } from './status.ts';

export const snapshot = z.strictObject({
  url: z.string(),
  /** Where the text was read, after redirects. */
  finalUrl: z.string(),
  /** HTTP status of the final response. */
  status: z.number().int(),
  /** ISO timestamp of the fetch. */
  fetchedAt: z.string(),
  contentType: z.string(),
  kind: z.enum(['html', 'pdf', 'text']),
  /** sha256 of the extracted text (hex). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The text file, relative to the store. */
  textFile: z.string(),
  chars: z.number().int(),
});
export type Snapshot = z.infer<typeof snapshot>;
const snapshotIndex = z.record(z.string(), snapshot);
export type SnapshotIndex = z.infer<typeof snapshotIndex>;

export const INDEX_FILE = 'index.json';
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A stable file name for a URL's text. */
export const textFileOf = (url: string) => `text/${sha256(url).slice(0, 20)}.txt`;

export function readIndex(dir: string): SnapshotIndex {
  return readStoreFile(join(dir, INDEX_FILE), snapshotIndex, {});
}

/** status.json as it is on disk now (the site's loadCheckStatus caches; the checker must not). */
export function readStatus(dir: string): CheckStatus {
  return readStoreFile(join(dir, STATUS_FILE), checkStatus, { records: {}, captures: {} });
}

export function readSnapshotText(dir: string, entry: Snapshot): string {
  return readFileSync(join(dir, entry.textFile), 'utf8');
}

/** Writes each file whole (temp file + rename) so that an interrupted run never leaves a half-written store. */
function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

const sortedJson = (record: Record<string, unknown>) =>
  `${JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b))), null, 2)}\n`;

export function writeStore(
  dir: string,
  update: { index: SnapshotIndex; texts: Map<string, string>; status: CheckStatus },
): void {
  mkdirSync(join(dir, 'text'), { recursive: true });
  for (const [textFile, text] of update.texts) writeAtomic(join(dir, textFile), text);
  writeAtomic(join(dir, INDEX_FILE), sortedJson(update.index));
  writeAtomic(
    join(dir, STATUS_FILE),
    `${JSON.stringify({ ...update.status, records: JSON.parse(sortedJson(update.status.records)), captures: JSON.parse(sortedJson(update.status.captures)) }, null, 2)}\n`,
  );
}
