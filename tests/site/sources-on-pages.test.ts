/**
 * What readers see of the source checks, on a site built from fixture content with a snapshot
 * store and YAKKAN_REPO set: 「要再確認」 with the check's date beside a quote that was not found,
 * dated archive copies, and "report an error" / "edit this record" on term and advisory pages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDist, fixtureWith } from '../support/content.ts';
import { attr, builtPage, text as textOf, type Node } from '../support/html.ts';

const content = fixtureWith({
  '.snapshots/status.json': JSON.stringify({
    checked: '2026-12-03',
    records: {
      'terms/alpha/intl-call-suspension.md': { checked: '2026-12-03', quote: 'not-found' },
      'terms/beta/intl-call-suspension.md': { checked: '2026-12-03', quote: 'found' },
    },
    captures: {
      'https://beta.example.jp/support.html': {
        url: 'https://web.archive.org/web/20241105093000/https://beta.example.jp/support.html',
        date: '2024-11-05',
      },
    },
  }),
});
const dist = fixtureDist('sources-site');
const result = spawnSync(process.execPath, ['scripts/build.ts'], {
  encoding: 'utf8',
  env: {
    ...process.env,
    YAKKAN_CONTENT: content,
    YAKKAN_DIST: dist,
    YAKKAN_REPO: 'https://github.com/example/yakkan',
    YAKKAN_SITE: 'https://yakkan.example.org',
  },
});
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});
const page = (path: string) => builtPage(path, dist);
const section = (els: Node[], id: string) =>
  els.find((e) => e.tagName === 'section' && attr(e, 'aria-labelledby') === id);

describe('a quote not found at the last check', () => {
  it('builds', () => expect(result.status, result.stdout + result.stderr).toBe(0));

  it('is marked 要再確認 with the check date, inside the quote section', () => {
    const quote = section(page('terms/alpha/intl-call-suspension'), 'quote')!;
    expect(textOf(quote)).toContain(
      '⚠ 要再確認 2026-12-03の自動確認で、この引用が出典の現在のページに見つかりませんでした。',
    );
    const en = section(page('en/terms/alpha/intl-call-suspension'), 'quote')!;
    expect(textOf(en)).toContain('⚠ Needs recheck 2026-12-03: the automatic check did not find this quote');
  });

  it('is not marked when the quote was found', () => {
    expect(readFileSync(join(dist, 'terms/beta/intl-call-suspension/index.html'), 'utf8')).not.toContain('要再確認');
  });
});

describe('archive copies found by the check', () => {
  it('are linked with their capture date', () => {
    const link = page('terms/beta/intl-call-suspension').find(
      (e) => attr(e, 'href') === 'https://web.archive.org/web/20241105093000/https://beta.example.jp/support.html',
    );
    expect(link && textOf(link)).toBe('アーカイブ (2024-11-05)');
  });
});

describe('readers can correct us', () => {
  const links = (path: string) =>
    Object.fromEntries(
      page(path)
        .filter((e) => e.tagName === 'a')
        .map((a) => [textOf(a).trim(), attr(a, 'href')!]),
    );

  it('term pages link to a pre-filled issue and to the editor on the record file', () => {
    const ja = links('terms/alpha/intl-call-suspension');
    expect(ja['この記録を編集']).toBe(
      'https://github.com/example/yakkan/edit/main/content/terms/alpha/intl-call-suspension.md',
    );
    const issue = new URL(ja['誤りを報告']!);
    expect(issue.origin + issue.pathname).toBe('https://github.com/example/yakkan/issues/new');
    expect(issue.searchParams.get('body')).toContain(
      'Page: https://yakkan.example.org/terms/alpha/intl-call-suspension/',
    );
    expect(issue.searchParams.get('body')).toContain('Record: content/terms/alpha/intl-call-suspension.md');
    expect(links('en/terms/alpha/intl-call-suspension')['Report an error']).toContain('/issues/new?');
  });

  it('advisory pages do too', () => {
    const ja = links('advisories/2015-06-12-alpha-warning');
    expect(ja['この記録を編集']).toBe(
      'https://github.com/example/yakkan/edit/main/content/advisories/2015-06-12-alpha-warning.md',
    );
    expect(ja['誤りを報告']).toMatch(/^https:\/\/github\.com\/example\/yakkan\/issues\/new\?/);
  });
});
