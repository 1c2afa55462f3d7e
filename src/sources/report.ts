/** How a check run is printed: one line per finding for people, or JSON for machines. */
import type { CheckRun, FindingKind, RecordResult } from './check.ts';

const LABEL: Record<FindingKind, string> = {
  'quote-not-found': 'quote not found',
  unreachable: 'unreachable',
  robots: 'not fetched',
  redirected: 'redirected',
  changed: 'source changed',
  ok: 'ok',
};

function detail(kind: FindingKind, text: string | undefined): string {
  if (!text) return '';
  if (kind === 'redirected') return ` → ${text}`;
  if (kind === 'changed') return ` (differs from the snapshot of ${text})`;
  return ` (${text})`;
}

export function formatRecords(records: RecordResult[]): string[] {
  const width = Math.max(...Object.values(LABEL).map((l) => l.length)) + 2;
  return records.flatMap((r) =>
    r.findings.map((f) => `${LABEL[f.kind].padEnd(width)}${r.file}  ${f.url}${detail(f.kind, f.detail)}`),
  );
}

export function summary(run: Extract<CheckRun, { offline: false }>): string {
  const count = (kind: FindingKind) => run.records.filter((r) => r.findings.some((f) => f.kind === kind)).length;
  const quotes = run.records.filter((r) => r.quote);
  return (
    `${run.records.length} records, ${run.urls} sources on ${run.hosts} host${run.hosts === 1 ? '' : 's'}: ` +
    `quotes found ${quotes.filter((r) => r.quote === 'found').length}/${quotes.length}, ` +
    `not found ${run.failedQuotes}, unverified ${quotes.filter((r) => r.quote === 'unverified').length}; ` +
    `records with an unreachable source ${count('unreachable')}, robots-blocked ${count('robots')}, ` +
    `redirected ${count('redirected')}, changed ${count('changed')}`
  );
}
