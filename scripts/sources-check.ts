/**
 * `npm run sources:check [-- <record file>…] [--json] [--archive]`: fetches every cited source
 * (or only the named records'), stores a text snapshot of each, and reports per record: ok,
 * quote not found, source changed, unreachable, redirected, not fetched (robots.txt).
 * Exit 1 when a quote is no longer in sources that answered; 0 otherwise, offline included.
 * Options: --delay ms between requests to one host (default 3000), --timeout ms (20000),
 * --retries n (2). The store is content/.snapshots or YAKKAN_SNAPSHOTS (ADR 0009). --archive asks the
 * Internet Archive's availability API (YAKKAN_WAYBACK_API overrides its address, for tests).
 */
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { repoConfig } from '../src/config.ts';
import { contentDir } from '../src/model/load.ts';
import { archiveCapture } from '../src/sources/archive.ts';
import { checkTargets, runCheck } from '../src/sources/check.ts';
import { PoliteFetcher } from '../src/sources/fetch.ts';
import { formatRecords, summary } from '../src/sources/report.ts';
import { snapshotsDir } from '../src/sources/status.ts';
import { todayInJapan, validateContent } from '../src/validate/index.ts';
import { formatProblem } from '../src/validate/problem.ts';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    archive: { type: 'boolean', default: false },
    delay: { type: 'string', default: '3000' },
    timeout: { type: 'string', default: '20000' },
    retries: { type: 'string', default: '2' },
  },
});
const number = (name: 'delay' | 'timeout' | 'retries') => {
  const n = Number(flags[name]);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} ${flags[name]}: give a whole number ≥ 0`);
    process.exit(2);
  }
  return n;
};

const content = contentDir();
const today = todayInJapan();
const { problems, records } = validateContent(content, { today });
if (problems.length > 0) {
  console.error(`content has ${problems.length} problem(s); fix them first (npm run validate):`);
  for (const p of problems.slice(0, 20)) console.error(formatProblem(p));
  process.exit(1);
}

let targets = checkTargets(records);
if (positionals.length > 0) {
  const keys = positionals.map((arg) => relative(content, resolve(arg)).split(sep).join('/'));
  const unknown = positionals.filter((_, i) => !targets.some((t) => t.key === keys[i]));
  if (unknown.length > 0) {
    console.error(
      `not a record with sources: ${unknown.join(', ')} — name record files under ${relative(process.cwd(), content) || '.'}/, ` +
        `e.g. content/terms/ntt-east/intl-call-suspension.md`,
    );
    process.exit(2);
  }
  targets = targets.filter((t) => keys.includes(t.key));
}

const repo = repoConfig();
const contact = repo?.url ?? process.env.YAKKAN_SITE ?? 'http://localhost:4321';
const fetcher = new PoliteFetcher({
  userAgent: `YakkanSourcesCheck/0.1 (+${contact})`,
  delayMs: number('delay'),
  timeoutMs: number('timeout'),
  retries: number('retries'),
  backoffMs: Math.max(1000, number('delay')),
});

/** The Internet Archive's nearest capture of `url`, asked politely through the same fetcher. */
async function findCapture(url: string) {
  const api = process.env.YAKKAN_WAYBACK_API || 'https://archive.org/wayback/available';
  const answer = await fetcher.get(`${api}?url=${encodeURIComponent(url)}`);
  if (answer.kind !== 'ok') return undefined;
  const closest = JSON.parse(new TextDecoder().decode(answer.bytes))?.archived_snapshots?.closest;
  return closest?.available && typeof closest.url === 'string'
    ? archiveCapture(closest.url.replace(/^http:/, 'https:'))
    : undefined;
}

const storeDir = snapshotsDir();
const run = await runCheck(targets, { storeDir, fetcher, today, ...(flags.archive ? { findCapture } : {}) });
if (run.offline) {
  console.log(
    flags.json
      ? JSON.stringify({ offline: true, reason: run.reason })
      : `sources:check: no network (${run.reason}); nothing checked, snapshot store untouched.`,
  );
  process.exit(0);
}
if (flags.json) {
  console.log(JSON.stringify({ checked: today, store: relative(process.cwd(), storeDir), ...run }, null, 2));
} else {
  for (const line of formatRecords(run.records)) console.log(line);
  console.log(`\n${summary(run)}\nSnapshots: ${relative(process.cwd(), storeDir) || storeDir}`);
}
process.exitCode = run.failedQuotes > 0 ? 1 : 0;
