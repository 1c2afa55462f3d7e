/**
 * Feeds from fixture content: Atom structure, stable entry ids, newest first, per-carrier and
 * per-topic scope, and text that a feed reader decodes as text, never as markup (issue 11).
 */
import { XMLParser } from 'fast-xml-parser';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { advisoriesRss, atomFeed, feedEntries } from '../../src/model/feeds.ts';
import { buildSite } from '../../src/model/site.ts';
import { validateContent } from '../../src/validate/index.ts';
import { VALID, fixtureWith } from '../support/content.ts';

const ORIGIN = 'https://yakkan.example/';
const ADVISORY = 'advisories/2015-06-12-alpha-warning.md';
const siteOf = (dir: string) => {
  const { problems, records } = validateContent(dir, { root: dir, today: '2026-12-01' });
  expect(problems).toEqual([]);
  return buildSite(records, '2026-12-01');
};
const site = siteOf(VALID);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => n === 'entry' || n === 'item' || n === 'link' || n === 'category',
});
type Entry = {
  id: string;
  title: { '#text': string; '@type': string };
  summary?: { '#text': string; '@type': string };
  updated: string;
  link: { '@href': string }[];
};
const entriesOf = (atom: string): Entry[] => xml.parse(atom).feed.entry ?? [];

/** What a feed reader shows for a `type="html"` element: the HTML decoded, as elements and text. */
function asReaderSees(html: string) {
  type N = { nodeName: string; tagName?: string; value?: string; childNodes?: N[] };
  const nodes: N[] = [];
  const walk = (n: N) => (nodes.push(n), n.childNodes?.forEach(walk));
  walk(parseFragment(html) as unknown as N);
  return {
    elements: nodes.filter((n) => n.tagName && n.tagName !== 'br').map((n) => n.tagName),
    text: nodes
      .filter((n) => n.nodeName === '#text')
      .map((n) => n.value)
      .join(''),
  };
}

describe('Atom feeds', () => {
  it('are Atom documents with a self link, an updated date and entries', () => {
    const feed = xml.parse(atomFeed(site, 'ja', ORIGIN, { kind: 'all' })).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://yakkan.example/feeds/all.atom');
    expect(feed.link.map((l: { '@rel': string }) => l['@rel'])).toContain('self');
    // The newest entry's day (JST midnight), not the time of the build.
    expect(feed.updated).toBe('2015-07-04T15:00:00.000Z');
    expect(feed.entry.length).toBe(2);
  });

  it('hold advisories and dated changes, newest first, with ids that stay the same across builds', () => {
    const entries = entriesOf(atomFeed(site, 'ja', ORIGIN, { kind: 'all' }));
    expect(entries.map((e) => e.id)).toEqual([
      'https://yakkan.example/terms/alpha/intl-call-suspension/#changed-2015-07-05',
      'https://yakkan.example/advisories/2015-06-12-alpha-warning/',
    ]);
    const updated = entries.map((e) => e.updated);
    expect([...updated].sort().reverse()).toEqual(updated);
    // The change links to its diff on the term page and says what changed.
    expect(entries[0]!.link[0]!['@href']).toBe('https://yakkan.example/terms/alpha/intl-call-suspension/#v1');
    expect(asReaderSees(entries[0]!.summary!['#text']).text).toContain('3営業日 → 翌営業日');
    expect(entriesOf(atomFeed(site, 'en', ORIGIN, { kind: 'all' }))[1]!.id).toBe(
      'https://yakkan.example/en/advisories/2015-06-12-alpha-warning/',
    );
  });

  it('per carrier and per topic hold only what concerns it', () => {
    expect(entriesOf(atomFeed(site, 'ja', ORIGIN, { kind: 'carrier', id: 'alpha' }))).toHaveLength(2);
    expect(entriesOf(atomFeed(site, 'ja', ORIGIN, { kind: 'carrier', id: 'beta' }))).toHaveLength(0);
    expect(entriesOf(atomFeed(site, 'ja', ORIGIN, { kind: 'topic', id: 'intl-call-suspension' }))).toHaveLength(2);
  });
});

describe('hostile and Markdown text in feeds (issue 11, defect 1)', () => {
  const hostile = siteOf(
    fixtureWith({
      [ADVISORY]: (t) =>
        t
          .replace('summary: { ja: 注意喚起。', 'summary: { ja: "<img src=x onerror=alert(1)>"')
          .replace(
            'title: { ja: 不正利用にご注意ください',
            'title: { ja: "**至急** <script>alert(2)</script> & [詳細](https://x.example/)"',
          ),
    }),
  );

  it('a summary `<img src=x onerror=alert(1)>` reaches a reader as text, never as an element', () => {
    const [entry] = entriesOf(atomFeed(hostile, 'ja', ORIGIN, { kind: 'carrier', id: 'alpha' })).filter((e) =>
      e.id.includes('/advisories/'),
    );
    expect(entry!.summary!['@type']).toBe('html');
    const seen = asReaderSees(entry!.summary!['#text']);
    expect(seen.elements).toEqual([]);
    expect(seen.text).toBe('<img src=x onerror=alert(1)>');
  });

  it('a title with markup and Markdown reads as plain text, marks stripped', () => {
    const entry = entriesOf(atomFeed(hostile, 'ja', ORIGIN, { kind: 'all' })).find((e) =>
      e.id.includes('/advisories/'),
    )!;
    const seen = asReaderSees(entry.title['#text']);
    expect(seen.elements).toEqual([]);
    expect(seen.text).toBe('至急 <script>alert(2)</script> & 詳細');
  });

  it('the advisories RSS carries the same text, escaped for readers that decode HTML', () => {
    const item = xml.parse(advisoriesRss(hostile, 'ja', ORIGIN)).rss.channel.item[0];
    const seen = asReaderSees(item.description);
    expect(seen.elements).toEqual([]);
    expect(seen.text).toBe('<img src=x onerror=alert(1)>');
    expect(asReaderSees(item.title).elements).toEqual([]);
  });

  it('feed entries keep the plain text for other uses', () => {
    expect(feedEntries(hostile, 'ja', ORIGIN).find((e) => e.kind === 'advisory')!.summary).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});
