/**
 * The built feeds and change log in dist/: every carrier and topic has a feed that parses as
 * Atom, its pages point to it, and /changes/ lists every recorded change newest first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' });
const ids = (dir: string) => readdirSync(dir).map((f) => f.replace(/\.md$/, ''));
const html = (path: string) => readFileSync(join('dist', path, 'index.html'), 'utf8');
const feedLinks = (page: string) =>
  [...page.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)"/g)].map(
    (m) => m[1],
  );

describe('Atom feeds in dist/', () => {
  it('one per carrier and per topic, in both languages, each a parseable Atom feed', () => {
    for (const [kind, dir] of [
      ['carriers', 'content/carriers'],
      ['topics', 'content/topics'],
    ] as const)
      for (const id of ids(dir))
        for (const prefix of ['', 'en/']) {
          const file = join('dist', prefix, 'feeds', kind, `${id}.atom`);
          expect(existsSync(file), file).toBe(true);
          const feed = xml.parse(readFileSync(file, 'utf8')).feed;
          expect(feed.id, file).toMatch(new RegExp(`/feeds/${kind}/${id}\\.atom$`));
        }
  });

  it('the site-wide feed has unique ids, newest first', () => {
    const entries = xml.parse(readFileSync('dist/feeds/all.atom', 'utf8')).feed.entry as {
      id: string;
      updated: string;
    }[];
    expect(entries.length).toBeGreaterThan(40);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.map((e) => e.updated)).toEqual(
      entries
        .map((e) => e.updated)
        .sort()
        .reverse(),
    );
    expect(entries.some((e) => e.id.includes('#changed-'))).toBe(true);
  });

  it('carrier, topic and home pages link their feeds', () => {
    expect(feedLinks(html('carriers/ntt-west'))).toEqual(['/feeds/all.atom', '/feeds/carriers/ntt-west.atom']);
    expect(feedLinks(html('en/compare/fraud-compensation'))).toEqual([
      '/en/feeds/all.atom',
      '/en/feeds/topics/fraud-compensation.atom',
    ]);
    expect(feedLinks(html(''))).toEqual(['/feeds/all.atom']);
  });

  it('the advisories RSS keeps its address', () => {
    expect(readFileSync('dist/advisories/feed.xml', 'utf8')).toMatch(/<rss[^>]*version="2.0"/);
  });
});

describe('/changes/', () => {
  it('lists every recorded change, dated ones newest first, each linking to its diff', () => {
    const page = html('changes');
    const dates = [...page.matchAll(/<time datetime="([\d-]+)"/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page).toContain('href="/terms/ntt-west/fraud-compensation/#v1"');
    const historyEntries = readdirSync('content/terms', { recursive: true })
      .filter((f) => String(f).endsWith('.md'))
      .map((f) => readFileSync(join('content/terms', String(f)), 'utf8'))
      .reduce((n, text) => n + (text.split('\nhistory:')[1]?.match(/^ {2}- /gm)?.length ?? 0), 0);
    expect(page.match(/#v\d+">/g)!.length / 2).toBe(historyEntries);
  });
});
