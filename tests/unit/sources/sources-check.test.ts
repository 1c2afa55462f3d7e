/**
 * `npm run sources:check` against a stand-in web site on 127.0.0.1: the fixture records' source
 * URLs are rewritten to point at it, and each scenario changes what the site answers.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALPHA, BETA, fixtureWith } from '../../support/content.ts';
import { makePdf, startSourceServer, type SourceServer } from '../../support/source-server.ts';

/** The fixture's quote is 当社は責任を負いません。; the page breaks it across lines. */
const PDF_QUOTE = 'The contractor shall pay the charges for calls made from the line.';
const tariff = (extra = '') =>
  `<!doctype html><html><head><title>契約約款</title></head><body><h1>IP通信網サービス契約約款</h1>
   <p>第48条\u3000当社は\n   責任を負いません。</p>${extra}</body></html>`;

let server: SourceServer;
beforeAll(async () => {
  server = await startSourceServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  server.routes.clear();
  server.routes.set('/robots.txt', { body: 'User-agent: *\nDisallow:\n', type: 'text/plain' });
  server.routes.set('/alpha/tariff.html', { body: tariff() });
  server.routes.set('/alpha/old.html', { body: '<p>旧約款</p>' });
  server.routes.set('/alpha/news/20150612.html', { body: '<p>注意喚起</p>' });
  server.routes.set('/beta/support.pdf', {
    body: makePdf(['Terms of service, Article 12', PDF_QUOTE]),
    type: 'application/pdf',
  });
  server.routes.set('/desk/', { body: '<p>受付センター</p>' });
});

/** The valid fixture with every source on the local server, beta's source a PDF with a quote. */
function localContent(origin: string): string {
  const local = (text: string) =>
    text
      .replace(/https:\/\/(alpha|beta|desk)\.example\.jp\//g, `${origin}/$1/`)
      .replace(`${origin}/beta/support.html`, `${origin}/beta/support.pdf`);
  return fixtureWith({
    [ALPHA]: local,
    [BETA]: (t) =>
      local(t).replace(
        /^summary:/m,
        `clause: { document: Terms of service, article: Article 12 }\nquote: { text: "${PDF_QUOTE}", lang: en }\nsummary:`,
      ),
    'channels/shared-desk.md': local,
    'advisories/2015-06-12-alpha-warning.md': local,
  });
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}
function check(content: string, args: string[] = []): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['scripts/sources-check.ts', '--delay', '0', '--timeout', '1500', '--retries', '0', ...args],
      { env: { ...process.env, YAKKAN_CONTENT: content, YAKKAN_SNAPSHOTS: undefined } },
      (error, stdout, stderr) => done({ status: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}
/** Lines of the report for one record file. */
const linesFor = (run: Run, file: string) => run.stdout.split('\n').filter((l) => l.includes(file));

describe('npm run sources:check against a local site', () => {
  let content: string;
  beforeEach(() => {
    content = localContent(server.origin);
  });

  it('reports ok when every quote is on its page (HTML across a line break, and a PDF), exit 0', async () => {
    const run = await check(content);
    rmSync(content, { recursive: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(linesFor(run, ALPHA)).toEqual([expect.stringMatching(new RegExp(`^ok\\s+\\S*${ALPHA}`))]);
    expect(linesFor(run, BETA)).toEqual([expect.stringMatching(/^ok\s/)]);
    expect(run.stdout).toContain('quotes found 2/2');
  });

  it('reports "quote not found" with the file and URL, and exits 1, once the page drops the quote', async () => {
    await check(content);
    server.routes.set('/alpha/tariff.html', { body: tariff().replace('責任を負いません', '責任を負います') });
    const run = await check(content);
    const status = JSON.parse(readFileSync(join(content, '.snapshots/status.json'), 'utf8'));
    rmSync(content, { recursive: true });
    expect(run.status).toBe(1);
    expect(linesFor(run, ALPHA)).toContainEqual(
      expect.stringMatching(new RegExp(`^quote not found\\s+\\S*${ALPHA}\\s+${server.origin}/alpha/tariff.html$`)),
    );
    expect(linesFor(run, ALPHA)).toContainEqual(
      expect.stringMatching(/^source changed .*tariff\.html \(differs from the snapshot of \d{4}-\d\d-\d\d\)/),
    );
    expect(status.records[ALPHA]).toEqual({ checked: '2026-12-01', quote: 'not-found' });
    expect(status.records[BETA]).toEqual({ checked: '2026-12-01', quote: 'found' });
  });

  it('reports 404, timeout and redirect per source, never as a match, and exits 0', async () => {
    server.routes.delete('/alpha/tariff.html'); // 404
    server.routes.set('/beta/support.pdf', { hang: true });
    server.routes.set('/desk/', { redirect: '/desk/new/' });
    server.routes.set('/desk/new/', { body: '<p>受付センター</p>' });
    const run = await check(content, ['--json']);
    rmSync(content, { recursive: true });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    const record = (file: string) => report.records.find((r: { key: string }) => r.key === file);
    expect(record(ALPHA).quote).toBe('unverified');
    expect(record(ALPHA).findings).toContainEqual({
      kind: 'unreachable',
      url: `${server.origin}/alpha/tariff.html`,
      detail: 'HTTP 404',
    });
    expect(record(BETA).quote).toBe('unverified');
    expect(record(BETA).findings).toContainEqual({
      kind: 'unreachable',
      url: `${server.origin}/beta/support.pdf`,
      detail: 'timeout after 1500 ms',
    });
    expect(record('channels/shared-desk.md').findings).toContainEqual({
      kind: 'redirected',
      url: `${server.origin}/desk/`,
      detail: `${server.origin}/desk/new/`,
    });
  });

  it('does not fetch what robots.txt disallows, and says so', async () => {
    server.routes.set('/robots.txt', {
      body: 'User-agent: YakkanSourcesCheck\nDisallow: /beta/\n',
      type: 'text/plain',
    });
    const run = await check(content);
    rmSync(content, { recursive: true });
    expect(server.requests.map((r) => r.path)).not.toContain('/beta/support.pdf');
    expect(linesFor(run, BETA)).toEqual([
      expect.stringMatching(/^not fetched\s.*support\.pdf \(robots\.txt disallows /),
    ]);
    expect(run.status).toBe(0);
    // Every request names the checker and where to reach its operators.
    expect(new Set(server.requests.map((r) => r.userAgent))).toEqual(
      new Set([expect.stringMatching(/^YakkanSourcesCheck\/0\.1 \(\+https?:\/\/\S+\)$/)]),
    );
  });

  it('fetches only the records named on the command line', async () => {
    const run = await check(content, [join(content, BETA)]);
    rmSync(content, { recursive: true });
    expect(server.requests.map((r) => r.path).sort()).toEqual(['/beta/support.pdf', '/robots.txt']);
    expect(run.stdout).not.toContain(ALPHA);
  });

  it('names the fix when a named file is not a record', async () => {
    const run = await check(content, ['content/terms/nobody/nothing.md']);
    rmSync(content, { recursive: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a record with sources: content/terms/nobody/nothing.md');
  });
});

describe('the snapshot store', () => {
  it('holds each source’s extracted text with its sha256, HTTP status, final URL and fetch time', async () => {
    const content = localContent(server.origin);
    await check(content);
    const store = join(content, '.snapshots');
    const index = JSON.parse(readFileSync(join(store, 'index.json'), 'utf8'));
    const pdf = index[`${server.origin}/beta/support.pdf`];
    const html = index[`${server.origin}/alpha/tariff.html`];
    const textOf = (entry: { textFile: string }) => readFileSync(join(store, entry.textFile), 'utf8');
    const { createHash } = await import('node:crypto');
    expect(html).toMatchObject({ status: 200, finalUrl: `${server.origin}/alpha/tariff.html`, kind: 'html' });
    expect(textOf(html)).toContain('IP通信網サービス契約約款');
    expect(textOf(html)).not.toContain('<h1>');
    expect(html.sha256).toBe(createHash('sha256').update(textOf(html)).digest('hex'));
    expect(Date.parse(html.fetchedAt)).not.toBeNaN();
    expect(pdf).toMatchObject({ status: 200, kind: 'pdf' });
    expect(textOf(pdf)).toContain(PDF_QUOTE);
    rmSync(content, { recursive: true });
  });

  it('is not read as content: the validator skips it', async () => {
    const content = localContent(server.origin);
    await check(content);
    const { validateContent } = await import('../../../src/validate/index.ts');
    const { problems } = validateContent(content, { root: content, today: '2026-12-01' });
    rmSync(content, { recursive: true });
    expect(problems).toEqual([]);
  });
});

describe('with no network', () => {
  it('says so in one line, exits 0 and leaves the store untouched', async () => {
    // A port nobody listens on refuses connections, as every host does on a machine without a network.
    const closed = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      });
    });
    const content = localContent(`http://127.0.0.1:${closed}`);
    const store = join(content, '.snapshots');
    mkdirSync(store);
    writeFileSync(join(store, 'status.json'), '{"checked":"2026-11-01","records":{},"captures":{}}\n');
    const before = readdirSync(store).map((f) => [
      f,
      statSync(join(store, f)).mtimeMs,
      readFileSync(join(store, f), 'utf8'),
    ]);
    const run = await check(content);
    const after = readdirSync(store).map((f) => [
      f,
      statSync(join(store, f)).mtimeMs,
      readFileSync(join(store, f), 'utf8'),
    ]);
    rmSync(content, { recursive: true });
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^sources:check: no network \(.*\); nothing checked, snapshot store untouched\.$/),
    ]);
    expect(after).toEqual(before);
    expect(existsSync(join(store, 'index.json'))).toBe(false);
  });
});

describe('politeness', () => {
  it('sends one request at a time to a host, with the pause between them', async () => {
    const content = localContent(server.origin);
    await check(content, ['--delay', '150']);
    rmSync(content, { recursive: true });
    const requests = [...server.requests].sort((a, b) => a.start - b.start);
    expect(requests.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < requests.length; i++) {
      // The next request starts only after the previous answer was sent, and the pause has passed.
      expect(requests[i]!.start - requests[i - 1]!.end!).toBeGreaterThanOrEqual(140);
    }
  });

  it('retries a passing failure (503) with backoff, and a page that then answers counts', async () => {
    const content = localContent(server.origin);
    server.routes.set('/alpha/tariff.html', { sequence: [{ body: 'busy', status: 503 }, { body: tariff() }] });
    const run = await check(content, ['--retries', '1']);
    rmSync(content, { recursive: true });
    expect(server.requests.filter((r) => r.path === '/alpha/tariff.html')).toHaveLength(2);
    expect(linesFor(run, ALPHA)).toEqual([expect.stringMatching(/^ok\s/)]);
  });

  it('does not retry a 404', async () => {
    const content = localContent(server.origin);
    server.routes.delete('/alpha/tariff.html');
    await check(content, ['--retries', '2']);
    rmSync(content, { recursive: true });
    expect(server.requests.filter((r) => r.path === '/alpha/tariff.html')).toHaveLength(1);
  });
});

describe('--archive', () => {
  it('records the dated capture the availability API reports, for the source list to link', async () => {
    const content = localContent(server.origin);
    const tariffUrl = `${server.origin}/alpha/tariff.html`;
    server.routes.set(`/wayback/available?url=${encodeURIComponent(tariffUrl)}`, {
      type: 'application/json',
      body: JSON.stringify({
        archived_snapshots: {
          closest: {
            available: true,
            status: '200',
            timestamp: '20241105093000',
            url: `http://web.archive.org/web/20241105093000/${tariffUrl}`,
          },
        },
      }),
    });
    const run = await new Promise<Run>((done) =>
      execFile(
        process.execPath,
        ['scripts/sources-check.ts', '--delay', '0', '--retries', '0', '--archive'],
        { env: { ...process.env, YAKKAN_CONTENT: content, YAKKAN_WAYBACK_API: `${server.origin}/wayback/available` } },
        (error, stdout, stderr) => done({ status: error ? (error.code as number) : 0, stdout, stderr }),
      ),
    );
    const status = JSON.parse(readFileSync(join(content, '.snapshots/status.json'), 'utf8'));
    rmSync(content, { recursive: true });
    expect(run.status).toBe(0);
    expect(status.captures).toEqual({
      [tariffUrl]: { url: `https://web.archive.org/web/20241105093000/${tariffUrl}`, date: '2024-11-05' },
    });
  });
});
