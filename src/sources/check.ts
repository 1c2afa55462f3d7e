/**
 * `npm run sources:check`, as a module: fetch every cited URL once, snapshot its text, and
 * tell per record whether its quote is still in its sources and whether they still answer.
 * A source that cannot be read is reported and never counts as a match.
 */
import type { Records } from '../validate/context.ts';
import { dateInJapan } from '../validate/index.ts';
import { containsQuote } from './normalize.ts';
import { extractText } from './extract.ts';
import type { FetchResult, PoliteFetcher } from './fetch.ts';
import type { ArchiveCapture } from './archive.ts';
import type { CheckStatus, QuoteState } from './status.ts';
import { readIndex, readStatus, sha256, textFileOf, writeStore, type Snapshot } from './store.ts';

/** One record to check: its sources, and its verbatim quote if it has one. */
export interface CheckTarget {
  /** Content-relative file, the key in status.json: terms/ntt-east/intl-call-suspension.md. */
  key: string;
  /** The file as the user named it (repository-relative), for the report. */
  file: string;
  /** URLs the quote may come from (the record's current sources). */
  quoteSources: string[];
  /** Every URL the record cites, earlier versions' sources included: each must still answer. */
  sources: string[];
  quote?: string;
}

/**
 * Every record that cites a source. Only a term's current `quote.text` is checked verbatim:
 * a history entry's quote is wording that was replaced, so its absence from today's page is
 * expected; advisory titles are verbatim only "where the source has one", so not checked.
 */
export function checkTargets(records: Records): CheckTarget[] {
  const target = (
    collection: string,
    r: { id: string; file: string },
    current: { url: string }[],
    earlier: { url: string }[],
    quote?: string,
  ) => {
    const quoteSources = [...new Set(current.map((s) => s.url))];
    return {
      key: `${collection}/${r.id}.md`,
      file: r.file,
      quoteSources,
      sources: [...new Set([...quoteSources, ...earlier.map((s) => s.url)])],
      ...(quote ? { quote } : {}),
    };
  };
  return [
    ...records.terms.map((r) =>
      target(
        'terms',
        r,
        r.data.sources,
        (r.data.history ?? []).flatMap((h) => h.sources),
        r.data.quote?.text,
      ),
    ),
    ...records.channels.map((r) => target('channels', r, r.data.sources, [])),
    ...records.advisories.map((r) => target('advisories', r, r.data.sources, [])),
    ...records.carriers.filter((r) => r.data.sources).map((r) => target('carriers', r, r.data.sources!, [])),
  ];
}

export type FindingKind = 'ok' | 'quote-not-found' | 'changed' | 'unreachable' | 'redirected' | 'robots';
export interface Finding {
  kind: FindingKind;
  url: string;
  /** HTTP status, error, redirect target, or the date of the snapshot it differs from. */
  detail?: string;
}
export interface RecordResult {
  file: string;
  key: string;
  quote?: QuoteState;
  findings: Finding[];
}
export type CheckRun =
  | { offline: true; reason: string }
  | { offline: false; records: RecordResult[]; urls: number; hosts: number; failedQuotes: number };

interface UrlResult {
  fetched: FetchResult;
  text?: string;
  snapshot?: Snapshot;
  /** The earlier snapshot's fetch time when the text differs from it. */
  changedSince?: string;
}

export interface CheckOptions {
  storeDir: string;
  fetcher: PoliteFetcher;
  /** Day of the check in Japan (YYYY-MM-DD), written to status.json. */
  today: string;
  now?: () => Date;
  /** Looks up a dated archive capture (only with --archive: it asks a third party). */
  findCapture?: (url: string) => Promise<ArchiveCapture | undefined>;
  /** Hosts fetched in parallel (each host still gets one request at a time). */
  parallelHosts?: number;
}

async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(size, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/** Fetches, compares and records; writes the store only when the network answered. */
export async function runCheck(targets: CheckTarget[], options: CheckOptions): Promise<CheckRun> {
  const { storeDir, fetcher, today, now = () => new Date() } = options;
  const urls = [...new Set(targets.flatMap((t) => t.sources))];
  const byHost = new Map<string, string[]>();
  for (const url of urls) byHost.set(new URL(url).host, [...(byHost.get(new URL(url).host) ?? []), url]);

  // One quick probe: if the first hosts (up to 3) cannot even be connected to, this machine is offline.
  const probes = [...byHost.values()].slice(0, 3).map((group) => group[0]!);
  if (probes.length > 0 && !(await Promise.all(probes.map((u) => fetcher.answers(u)))).some(Boolean)) {
    return { offline: true, reason: `no connection to ${probes.map((u) => new URL(u).host).join(', ')}` };
  }

  const index = readIndex(storeDir);
  const previousStatus = readStatus(storeDir);
  const results = new Map<string, UrlResult>();
  await inPool([...byHost.values()], options.parallelHosts ?? 4, async (group) => {
    for (const url of group) results.set(url, { fetched: await fetcher.get(url) });
  });
  if ([...results.values()].every((r) => r.fetched.kind === 'unreachable' && r.fetched.connection)) {
    return { offline: true, reason: 'every request failed to connect' };
  }

  const texts = new Map<string, string>();
  for (const [url, result] of results) {
    const { fetched } = result;
    if (fetched.kind !== 'ok') continue;
    const { text, kind } = await extractText(fetched.bytes, fetched.contentType).catch((error: Error) => {
      // A body that cannot be read as its type is as good as no answer.
      results.set(url, {
        fetched: {
          ...fetched,
          kind: 'unreachable',
          reason: `unreadable ${fetched.contentType}: ${error.message}`,
          connection: false,
        },
      });
      return { text: undefined, kind: undefined };
    });
    if (text === undefined || kind === undefined) continue;
    const previous = index[url];
    const snapshot: Snapshot = {
      url,
      finalUrl: fetched.finalUrl,
      status: fetched.status,
      fetchedAt: now().toISOString(),
      contentType: fetched.contentType,
      kind,
      sha256: sha256(text),
      textFile: textFileOf(url),
      chars: text.length,
    };
    result.text = text;
    result.snapshot = snapshot;
    if (previous && previous.sha256 !== snapshot.sha256)
      result.changedSince = dateInJapan(new Date(previous.fetchedAt));
    index[url] = snapshot;
    texts.set(snapshot.textFile, text);
  }

  const records = targets.map((target) => evaluate(target, results));
  const status: CheckStatus = {
    checked: today,
    records: { ...previousStatus.records },
    captures: { ...previousStatus.captures },
  };
  for (const r of records) status.records[r.key] = { checked: today, ...(r.quote ? { quote: r.quote } : {}) };
  if (options.findCapture) {
    for (const url of urls) {
      const capture = await options.findCapture(url);
      if (capture) status.captures[url] = capture;
    }
  }
  writeStore(storeDir, { index, texts, status });
  return {
    offline: false,
    records,
    urls: urls.length,
    hosts: byHost.size,
    failedQuotes: records.filter((r) => r.quote === 'not-found').length,
  };
}

function evaluate(target: CheckTarget, results: Map<string, UrlResult>): RecordResult {
  const findings: Finding[] = [];
  for (const url of target.sources) {
    const { fetched, changedSince } = results.get(url)!;
    if (fetched.redirects.length > 0) findings.push({ kind: 'redirected', url, detail: fetched.finalUrl });
    if (fetched.kind === 'robots')
      findings.push({ kind: 'robots', url, detail: `robots.txt disallows ${fetched.finalUrl}` });
    if (fetched.kind === 'http-error') findings.push({ kind: 'unreachable', url, detail: `HTTP ${fetched.status}` });
    if (fetched.kind === 'unreachable') findings.push({ kind: 'unreachable', url, detail: fetched.reason });
    if (changedSince) findings.push({ kind: 'changed', url, detail: changedSince });
  }
  let quote: QuoteState | undefined;
  if (target.quote) {
    const answered = target.quoteSources.map((url) => results.get(url)!).filter((r) => r.text !== undefined);
    if (answered.some((r) => containsQuote(r.text!, target.quote!))) quote = 'found';
    // "Not found" is a claim about every source the quote may come from: one that did not answer might still hold it.
    else if (answered.length === target.quoteSources.length) {
      quote = 'not-found';
      for (const url of target.quoteSources) findings.unshift({ kind: 'quote-not-found', url });
    } else quote = 'unverified';
  }
  if (findings.length === 0) findings.push({ kind: 'ok', url: target.sources[0] ?? '' });
  return { file: target.file, key: target.key, ...(quote ? { quote } : {}), findings };
}
