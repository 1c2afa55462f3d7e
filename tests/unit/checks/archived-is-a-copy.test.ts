import { describe, expect, it } from 'vitest';
import { ALPHA, byRule, problemsWith } from '../../support/content.ts';

const withArchived = (url: string) =>
  byRule(
    problemsWith({
      [ALPHA]: (t) =>
        t.replace('    retrieved: 2026-11-30\nverified', `    retrieved: 2026-11-30\n    archived: ${url}\nverified`),
    }),
    'archived-is-a-copy',
  );

describe('archived-is-a-copy', () => {
  it('accepts one capture in a web archive', () => {
    expect(withArchived('https://web.archive.org/web/20150612180541/https://alpha.example.jp/tariff.html')).toEqual([]);
    expect(withArchived('https://megalodon.jp/2015-0612-1805-41/alpha.example.jp/tariff.html')).toEqual([]);
  });

  it('refuses a search of captures, naming the field and how to fix it', () => {
    const [p] = withArchived('https://web.archive.org/web/*/https://alpha.example.jp/tariff.html');
    expect(p).toMatchObject({ file: ALPHA, field: 'sources.0.archived' });
    expect(p!.message).toContain('is a search of the archive, not a copy; open one capture');
  });

  it('refuses a URL that is not in a web archive', () => {
    const [p] = withArchived('https://alpha.example.jp/copy-of-tariff.html');
    expect(p!.message).toContain('is not in a web archive');
  });
});
