/**
 * Link previews and embeds in the built site: every page type has title, description, canonical,
 * Open Graph and Twitter tags with absolute URLs and valid JSON-LD; embed cards carry no site
 * chrome and may be framed anywhere. A fixture build with YAKKAN_SITE set puts that origin in
 * every absolute URL, and a hostile advisory summary reaches feeds as text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, parseFragment } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDist, fixtureWith } from '../support/content.ts';
import { attr, elements, text as textOf, type Node } from '../support/html.ts';

/** The preview facts of one built page. */
function head(dist: string, path: string) {
  const els = [...elements(parse(readFileSync(join(dist, path, 'index.html'), 'utf8')) as unknown as Node)];
  const meta = (key: string) =>
    attr(
      els.find((e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key)),
      'content',
    );
  const ld = els.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json');
  return {
    els,
    meta,
    title: textOf(els.find((e) => e.tagName === 'title')!),
    canonical: attr(
      els.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical'),
      'href',
    ),
    ld: ld.map((e) => JSON.parse(textOf(e)) as Record<string, unknown>),
  };
}

const PAGES: [string, string][] = [
  ['', 'WebPage'],
  ['en/', 'WebPage'],
  ['compare/intl-call-suspension/', 'WebPage'],
  ['terms/ntt-west/intl-call-suspension/', 'Article'],
  ['en/terms/ntt-west/intl-call-suspension/', 'Article'],
  ['carriers/kddi/', 'WebPage'],
  ['advisories/2015-07-06-ntt-east-west-hikari-denwa-measures/', 'WebPage'],
  ['data/', 'Dataset'],
  ['en/data/', 'Dataset'],
  ['changes/', 'WebPage'],
  ['compare/fraud-compensation/as-of/2015-07-06/', 'WebPage'],
];

describe('link previews on every page type (dist/)', () => {
  it.each(PAGES)('/%s has title, description, canonical, OG and Twitter tags, and JSON-LD %s', (path, type) => {
    const page = head('dist', path);
    expect(page.title).toMatch(/Yakkan/);
    expect(page.meta('description')!.length).toBeGreaterThan(10);
    expect(page.canonical).toMatch(/^https?:\/\/[^/]+\//);
    expect(page.canonical!.endsWith(`/${path}`)).toBe(true);
    expect(page.meta('og:url')).toBe(page.canonical);
    expect(page.meta('og:title')).toBe(page.title);
    expect(page.meta('og:description')).toBe(page.meta('description'));
    expect(page.meta('og:locale')).toBe(path.startsWith('en/') ? 'en_US' : 'ja_JP');
    // Topic, carrier and term pages have a large preview image (tests/site/og-images.test.ts).
    const hasImage = /^(en\/)?(compare\/[^/]+|carriers\/[^/]+|terms\/[^/]+\/[^/]+)\/$/.test(path);
    expect(page.meta('twitter:card')).toBe(hasImage ? 'summary_large_image' : 'summary');
    expect(page.ld).toHaveLength(1);
    expect(page.ld[0]).toMatchObject({ '@context': 'https://schema.org', '@type': type, url: page.canonical });
  });

  it('the Dataset lists each download with its absolute URL and format', () => {
    const [dataset] = head('dist', 'data/').ld;
    const urls = (dataset!.distribution as { contentUrl: string; encodingFormat: string }[]).map((d) => d.contentUrl);
    expect(urls.map((u) => new URL(u).pathname)).toEqual([
      '/data/yakkan.json',
      '/data/terms.csv',
      '/data/advisories.csv',
      '/data/carriers.csv',
    ]);
    expect(dataset!.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('a term page cites its sources in JSON-LD and offers an embed snippet for its card', () => {
    const page = head('dist', 'terms/ntt-west/intl-call-suspension/');
    const citation = page.ld[0]!.citation as { url: string }[];
    expect(citation.map((c) => c.url)).toContain('https://www.ntt-west.co.jp/news/1507/150706a.html');
    const snippet = textOf(page.els.find((e) => attr(e, 'id') === 'embed-snippet')!);
    expect(snippet).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/intl-call-suspension\/ntt-west\/" title="[^"]+"/);
  });
});

describe('embed cards', () => {
  it('show the values, quote, source and a link back, with no site chrome and no script', () => {
    const page = head('dist', 'embed/intl-call-suspension/ntt-west/');
    // The site's header, navigation, search form, footer and scripts are all absent.
    expect(page.els.filter((e) => ['nav', 'form', 'script', 'header'].includes(e.tagName!))).toEqual([]);
    expect(page.els.filter((e) => /site-(header|footer)/.test(attr(e, 'class') ?? ''))).toEqual([]);
    const body = textOf(page.els.find((e) => e.tagName === 'body')!);
    expect(body).toContain('無料');
    expect(body).toContain('本機能のご利用料金およびお申し込みに関するお手続き費用は無料です。');
    expect(page.canonical).toMatch(/\/terms\/ntt-west\/intl-call-suspension\/$/);
    expect(page.meta('robots')).toBe('noindex');
    const links = page.els.filter((e) => e.tagName === 'a').map((e) => attr(e, 'href'));
    expect(links).toContain(page.canonical);
  });

  it('stay out of the sitemap (the term page is the one to index)', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    expect(sitemap).toContain('/terms/ntt-west/intl-call-suspension/');
    expect(sitemap).not.toContain('/embed/');
  });

  it('may be framed by any site, while every other page may not', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    const embed = headers.slice(headers.indexOf('/embed/*'));
    expect(embed).toMatch(
      /^\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*\n/,
    );
    expect(headers.slice(0, headers.indexOf('/embed/*'))).toContain("frame-ancestors 'none'");
  });
});

describe('a build for a public origin (YAKKAN_SITE) with a hostile advisory summary', () => {
  const out = fixtureDist('previews');
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const content = fixtureWith({
    'advisories/2015-06-12-alpha-warning.md': (t) =>
      t.replace('summary: { ja: 注意喚起。', 'summary: { ja: "<img src=x onerror=alert(1)> **重要**"'),
  });
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      YAKKAN_CONTENT: content,
      YAKKAN_DIST: out,
      YAKKAN_TODAY: '2026-12-01',
      YAKKAN_SITE: 'https://yakkan.example',
    },
  });

  it('builds', () => {
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('puts the public origin in canonical, OG, JSON-LD, feeds and open data', () => {
    const page = head(out, 'terms/alpha/intl-call-suspension/');
    expect(page.meta('og:url')).toBe('https://yakkan.example/terms/alpha/intl-call-suspension/');
    expect(page.meta('og:image')).toBe('https://yakkan.example/og/compare/intl-call-suspension.png');
    expect(page.ld[0]!.url).toBe('https://yakkan.example/terms/alpha/intl-call-suspension/');
    const feed = readFileSync(join(out, 'feeds/all.atom'), 'utf8');
    expect(new XMLParser().parse(feed).feed.id).toBe('https://yakkan.example/feeds/all.atom');
    expect(JSON.parse(readFileSync(join(out, 'data/yakkan.json'), 'utf8')).site).toBe('https://yakkan.example/');
  });

  it('the summary reaches feed readers as text: no element when decoded, Markdown marks gone', () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' || n === 'item' });
    const entry = (
      xml.parse(readFileSync(join(out, 'feeds/all.atom'), 'utf8')).feed.entry as {
        id: string;
        summary: { '#text': string };
      }[]
    ).find((e) => e.id.includes('/advisories/'))!;
    const rss = xml.parse(readFileSync(join(out, 'advisories/feed.xml'), 'utf8')).rss.channel.item[0];
    for (const html of [entry.summary['#text'], rss.description as string]) {
      const decoded = parseFragment(html) as unknown as Node;
      expect([...elements(decoded)].map((e) => e.tagName)).toEqual([]);
      expect(textOf(decoded)).toBe('<img src=x onerror=alert(1)> 重要');
    }
  });
});
