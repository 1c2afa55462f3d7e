/**
 * Fetching cited pages politely: one request at a time per host with a pause between
 * requests, a timeout, robots.txt obeyed (robots-parser, RFC 9309), retries with backoff for
 * passing failures only, and redirects followed by hand so that each one is seen and reported.
 */
import robotsParser from 'robots-parser';

export interface FetchOptions {
  /** Sent with every request; its product token is what robots.txt rules are matched against. */
  userAgent: string;
  /** Pause between two requests to the same host. */
  delayMs: number;
  /** Per request, including reading the body. */
  timeoutMs: number;
  /** Further tries after a timeout, a connection error, 429 or 5xx. */
  retries: number;
  /** First wait before a retry; doubled each time. */
  backoffMs: number;
  maxRedirects?: number;
  /** Larger bodies are cut off (a tariff PDF is a few MB). */
  maxBytes?: number;
}

export type FetchResult =
  | { kind: 'ok'; status: number; finalUrl: string; redirects: string[]; contentType: string; bytes: Uint8Array }
  | { kind: 'http-error'; status: number; finalUrl: string; redirects: string[] }
  | { kind: 'robots'; finalUrl: string; redirects: string[] }
  /** No HTTP answer: `connection` is set for DNS / refused / unreachable network errors (what "offline" looks like). */
  | { kind: 'unreachable'; reason: string; connection: boolean; finalUrl: string; redirects: string[] };

type Attempt =
  { status: number; headers: Headers; bytes: Uint8Array } | { error: string; connection: boolean; retryable: boolean };

const CONNECTION_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The product token robots.txt groups are matched against: YakkanSourcesCheck/0.1 (+…) → YakkanSourcesCheck. */
const productToken = (userAgent: string) => userAgent.split('/')[0]!;

function describeError(error: unknown, timeoutMs: number): { error: string; connection: boolean } {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return { error: `timeout after ${timeoutMs} ms`, connection: false };
  const code = e.cause?.code;
  if (code) return { error: code, connection: CONNECTION_CODES.has(code) };
  return { error: e.cause?.message ?? e.message ?? String(error), connection: false };
}

export class PoliteFetcher {
  private readonly hostQueues = new Map<string, Promise<unknown>>();
  private readonly lastRequestAt = new Map<string, number>();
  private readonly robots = new Map<string, Promise<{ allowed: (url: string) => boolean } | FetchResult>>();
  private readonly options: Required<FetchOptions>;

  constructor(options: FetchOptions) {
    this.options = { maxRedirects: 5, maxBytes: 30_000_000, ...options };
  }

  /** Runs `task` after every earlier request to the same host has finished and the pause has passed. */
  private onHost<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.hostQueues.get(host) ?? Promise.resolve();
    const run = previous.then(async () => {
      const wait = (this.lastRequestAt.get(host) ?? -Infinity) + this.options.delayMs - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await task();
      } finally {
        this.lastRequestAt.set(host, Date.now());
      }
    });
    this.hostQueues.set(
      host,
      run.catch(() => undefined),
    );
    return run;
  }

  /** One GET with timeout and retries; redirects are returned, not followed. */
  private async request(url: string): Promise<Attempt> {
    const { retries, backoffMs, timeoutMs, userAgent, maxBytes } = this.options;
    let last: Attempt = { error: 'not tried', connection: false, retryable: false };
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1));
      last = await this.onHost(new URL(url).host, async (): Promise<Attempt> => {
        try {
          const response = await fetch(url, {
            redirect: 'manual',
            signal: AbortSignal.timeout(timeoutMs),
            headers: {
              'user-agent': userAgent,
              accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5',
            },
          });
          const buffer = new Uint8Array(await response.arrayBuffer());
          return { status: response.status, headers: response.headers, bytes: buffer.subarray(0, maxBytes) };
        } catch (error) {
          const { error: reason, connection } = describeError(error, timeoutMs);
          // DNS failing or a port refusing does not heal in seconds; a timeout or a reset may.
          return { error: reason, connection, retryable: !connection };
        }
      });
      const retryable = 'status' in last ? last.status === 429 || last.status >= 500 : last.retryable;
      if (!retryable) break;
    }
    return last;
  }

  /** The host's robots.txt rules, fetched once. A missing file (4xx) allows all; an unreachable one (5xx) allows nothing (RFC 9309 §2.3.1). */
  private robotsFor(url: string): Promise<{ allowed: (url: string) => boolean } | FetchResult> {
    const origin = new URL(url).origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = this.request(robotsUrl).then((attempt) => {
        if ('error' in attempt) {
          return {
            kind: 'unreachable',
            reason: attempt.error,
            connection: attempt.connection,
            finalUrl: url,
            redirects: [],
          };
        }
        if (attempt.status >= 500) return { allowed: () => false };
        if (attempt.status >= 300) return { allowed: () => true }; // 4xx: no rules; a redirected robots.txt is not followed
        const parsed = robotsParser(robotsUrl, new TextDecoder().decode(attempt.bytes));
        const token = productToken(this.options.userAgent);
        return { allowed: (u: string) => parsed.isAllowed(u, token) !== false };
      });
      this.robots.set(origin, rules);
    }
    return rules;
  }

  /** Whether the first host answers at all: false only for a connection-level failure (DNS, refused, no route). */
  async answers(url: string): Promise<boolean> {
    const rules = await this.robotsFor(url);
    return !('kind' in rules && rules.kind === 'unreachable' && rules.connection);
  }

  /** GETs `url`, following up to maxRedirects redirects (each one checked against its host's robots.txt). */
  async get(url: string): Promise<FetchResult> {
    const redirects: string[] = [];
    let current = url;
    for (;;) {
      const rules = await this.robotsFor(current);
      if ('kind' in rules) return { ...rules, finalUrl: current, redirects };
      if (!rules.allowed(current)) return { kind: 'robots', finalUrl: current, redirects };
      const attempt = await this.request(current);
      if ('error' in attempt) {
        return {
          kind: 'unreachable',
          reason: attempt.error,
          connection: attempt.connection,
          finalUrl: current,
          redirects,
        };
      }
      const location = attempt.headers.get('location');
      if (attempt.status >= 300 && attempt.status < 400 && location) {
        if (redirects.length >= this.options.maxRedirects) {
          return {
            kind: 'unreachable',
            reason: `more than ${this.options.maxRedirects} redirects`,
            connection: false,
            finalUrl: current,
            redirects,
          };
        }
        current = new URL(location, current).href;
        redirects.push(current);
        continue;
      }
      if (attempt.status >= 400) return { kind: 'http-error', status: attempt.status, finalUrl: current, redirects };
      return {
        kind: 'ok',
        status: attempt.status,
        finalUrl: current,
        redirects,
        contentType: attempt.headers.get('content-type') ?? '',
        bytes: attempt.bytes,
      };
    }
  }
}
