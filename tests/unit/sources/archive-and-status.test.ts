/**
 * What the site shows from the last check: 「要再確認」 with its date, archive copies with their
 * date (never a search presented as a copy), and correction links only when the repository is known.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editRecordUrl, repoConfig, reportErrorUrl } from '../../../src/config.ts';
import { archiveCapture } from '../../../src/sources/archive.ts';
import { archiveOf, loadCheckStatus, recheckSince, type CheckStatus } from '../../../src/sources/status.ts';

describe('archive copies', () => {
  it('reads the capture date from Internet Archive, megalodon.jp and archive.today URLs', () => {
    expect(archiveCapture('https://web.archive.org/web/20150612180541/https://example.jp/a.html')?.date).toBe(
      '2015-06-12',
    );
    expect(archiveCapture('https://megalodon.jp/ref/2015-0612-1805-41/www3.nhk.or.jp/news/x.html')?.date).toBe(
      '2015-06-12',
    );
    expect(archiveCapture('https://megalodon.jp/2025-0310-1009-50/https://xtech.nikkei.com/a')?.date).toBe(
      '2025-03-10',
    );
    expect(archiveCapture('https://archive.ph/2019.03.25-101010/https://example.jp/')?.date).toBe('2019-03-25');
  });

  it('keeps an undated capture as a copy without a date', () => {
    expect(archiveCapture('https://archive.ph/AbCd1')).toEqual({ url: 'https://archive.ph/AbCd1' });
    expect(archiveCapture('https://web.archive.org/web/2016/https://example.jp/')).toEqual({
      url: 'https://web.archive.org/web/2016/https://example.jp/',
    });
  });

  it('never takes a search of captures, or a page that is not an archive, for a copy', () => {
    expect(archiveCapture('https://web.archive.org/web/*/https://example.jp/a.html')).toBeUndefined();
    expect(archiveCapture('https://web.archive.org/web/2015*/example.jp*')).toBeUndefined();
    expect(archiveCapture('https://example.jp/a.html')).toBeUndefined();
    expect(archiveCapture(undefined)).toBeUndefined();
  });

  it('prefers the copy named in the record, then a capture the check found', () => {
    const status: CheckStatus = {
      records: {},
      captures: {
        'https://example.jp/a': {
          url: 'https://web.archive.org/web/20200101000000/https://example.jp/a',
          date: '2020-01-01',
        },
      },
    };
    expect(archiveOf({ url: 'https://example.jp/a' }, status)?.date).toBe('2020-01-01');
    expect(
      archiveOf({ url: 'https://example.jp/a', archived: 'https://megalodon.jp/2015-0612-1805-41/x' }, status)?.date,
    ).toBe('2015-06-12');
    expect(archiveOf({ url: 'https://example.jp/b' }, status)).toBeUndefined();
  });
});

describe('the last check, as the site reads it', () => {
  const status: CheckStatus = {
    checked: '2026-12-03',
    records: {
      'terms/alpha/intl-call-suspension.md': { checked: '2026-12-03', quote: 'not-found' },
      'terms/beta/intl-call-suspension.md': { checked: '2026-12-03', quote: 'found' },
      'terms/gamma/intl-call-suspension.md': { checked: '2026-12-02', quote: 'unverified' },
    },
    captures: {},
  };

  it('asks for a recheck, with the check date, only where the quote was not found', () => {
    expect(recheckSince(status, 'terms/alpha/intl-call-suspension.md')).toBe('2026-12-03');
    expect(recheckSince(status, 'terms/beta/intl-call-suspension.md')).toBeUndefined();
    // A source that did not answer says nothing about the quote.
    expect(recheckSince(status, 'terms/gamma/intl-call-suspension.md')).toBeUndefined();
    expect(recheckSince(status, 'terms/never/checked.md')).toBeUndefined();
  });

  it('treats a missing store as "no check yet", and a broken status file as an error naming file, field and fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yakkan-status-'));
    expect(loadCheckStatus(join(dir, 'none'))).toEqual({ records: {}, captures: {} });
    writeFileSync(join(dir, 'status.json'), JSON.stringify({ records: { 'terms/a/b.md': { checked: '2026-13-01' } } }));
    expect(() => loadCheckStatus(dir)).toThrow(
      /status\.json records\.terms\/a\/b\.md\.checked — .*rerun it or restore the file from git/,
    );
    rmSync(dir, { recursive: true });
  });
});

describe('correction links', () => {
  it('are off until YAKKAN_REPO names the repository', () => {
    expect(repoConfig({})).toBeUndefined();
    expect(() => repoConfig({ YAKKAN_REPO: 'github.com/x/y' })).toThrow(/YAKKAN_REPO="github.com\/x\/y" is not a URL/);
  });

  it('open a pre-filled issue and the web editor on the record file', () => {
    const repo = repoConfig({ YAKKAN_REPO: 'https://github.com/owner/yakkan/' })!;
    expect(editRecordUrl(repo, 'content/terms/ntt-east/intl-call-suspension.md')).toBe(
      'https://github.com/owner/yakkan/edit/main/content/terms/ntt-east/intl-call-suspension.md',
    );
    const issue = new URL(
      reportErrorUrl(repo, {
        file: 'content/terms/a/b.md',
        title: 'NTT東日本：国際電話',
        pageUrl: 'https://example.org/terms/a/b/',
      }),
    );
    expect(issue.origin + issue.pathname).toBe('https://github.com/owner/yakkan/issues/new');
    expect(issue.searchParams.get('title')).toContain('NTT東日本：国際電話');
    expect(issue.searchParams.get('body')).toContain('Record: content/terms/a/b.md');
    expect(issue.searchParams.get('body')).toContain('Page: https://example.org/terms/a/b/');
  });
});
