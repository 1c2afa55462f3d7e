/**
 * Atom feeds (and the advisories RSS) built with the `feed` library: advisories and recorded
 * changes of a value or quote, newest first. Every title and summary is plain text, HTML-escaped
 * before it goes into the library's `type="html"` elements, so what a reader decodes is the
 * text as written (a summary `<img …>` shows as those characters), never markup.
 */
import { Feed } from 'feed';
import { href, pick, t, type Lang } from '../i18n/ui.ts';
import { escapeHtml, inlineText } from '../render/plain-text.ts';
import { changes, quoteChanged, valueDiffs } from './versions.ts';
import type { Site } from './site.ts';

export interface FeedEntry {
  kind: 'advisory' | 'change';
  /** Stable: the entry's permalink, which never changes when entries are added. */
  id: string;
  /** Where to read it (for a change: its diff on the term page). */
  link: string;
  day: string;
  title: string;
  summary: string;
  carrierIds: string[];
  topicIds: string[];
}

/** Which entries a feed holds. */
export type FeedScope = { kind: 'all' } | { kind: 'carrier'; id: string } | { kind: 'topic'; id: string };

/** A JST day as the instant it began. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+09:00`);

/** Advisories and dated changes, newest first (an undated change cannot be placed in a feed). */
export function feedEntries(site: Site, lang: Lang, origin: string | URL): FeedEntry[] {
  const abs = (path: string) => new URL(href(lang, path), origin).href;
  const ja = lang === 'ja';
  const advisories = site.advisories.map((a): FeedEntry => ({
    kind: 'advisory',
    id: abs(`/advisories/${a.id}/`),
    link: abs(`/advisories/${a.id}/`),
    day: a.data.date,
    title: inlineText(pick(a.data.title, lang).text),
    summary: a.data.summary ? inlineText(pick(a.data.summary, lang).text) : '',
    carrierIds: a.carrierIds,
    topicIds: a.data.topics ?? [],
  }));
  const changed = changes(site).flatMap((change): FeedEntry[] => {
    if (!change.date) return [];
    const { term } = change;
    const page = `/terms/${term.carrier.id}/${term.topic.id}/`;
    const name = `${pick(term.carrier.data.name, lang).text}${ja ? '：' : ': '}${pick(term.topic.data.title, lang).text}`;
    const lines = [
      inlineText(pick(change.entry.note, lang).text),
      ...valueDiffs(change, lang).map((d) => `${d.label}: ${d.before} → ${d.after}`),
      ...(quoteChanged(change) ? [ja ? '条文・原文の文言が変わりました。' : 'The quoted wording changed.'] : []),
    ];
    return [
      {
        kind: 'change',
        id: `${abs(page)}#changed-${change.date}`,
        link: `${abs(page)}#${change.anchor}`,
        day: change.date,
        title: ja ? `${name}（${change.date}に変更）` : `${name} (changed ${change.date})`,
        summary: lines.join('\n'),
        carrierIds: [term.carrier.id],
        topicIds: [term.topic.id],
      },
    ];
  });
  return [...advisories, ...changed].sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
}

const inScope = (e: FeedEntry, scope: FeedScope) =>
  scope.kind === 'all' || (scope.kind === 'carrier' ? e.carrierIds : e.topicIds).includes(scope.id);

/** The path of a scope's Atom feed, without the /en prefix. */
export function feedPath(scope: FeedScope): string {
  return scope.kind === 'all' ? '/feeds/all.atom' : `/feeds/${scope.kind}s/${scope.id}.atom`;
}

/** The feed's title: the site, or the carrier or topic it follows. */
export function feedTitle(site: Site, lang: Lang, scope: FeedScope): string {
  const siteName = t(lang, 'siteName');
  if (scope.kind === 'all') return siteName;
  const name = scope.kind === 'carrier' ? site.carrier(scope.id)!.data.name : site.topic(scope.id)!.data.title;
  return `${pick(name, lang).text} — ${siteName}`;
}

/** The feeds a page offers, from its path: every page the site-wide one, carrier and topic pages their own. */
export function feedsForPage(site: Site, path: string): FeedScope[] {
  const carrier = /^\/carriers\/([^/]+)\/$/.exec(path)?.[1];
  const topic = /^\/compare\/([^/]+)\/$/.exec(path)?.[1];
  return [
    { kind: 'all' },
    ...(carrier && site.carrier(carrier) ? [{ kind: 'carrier', id: carrier } as const] : []),
    ...(topic && site.topic(topic) ? [{ kind: 'topic', id: topic } as const] : []),
  ];
}

function buildFeed(
  site: Site,
  lang: Lang,
  origin: string | URL,
  { title, self, home, format }: { title: string; self: string; home: string; format: 'atom' | 'rss' },
) {
  const entries = feedEntries(site, lang, origin);
  return {
    entries,
    feed: (selected: FeedEntry[]) => {
      const feed = new Feed({
        id: new URL(href(lang, self), origin).href,
        title,
        description: t(lang, 'tagline'),
        link: new URL(href(lang, home), origin).href,
        language: lang,
        // The newest entry's day, not the build time: an unchanged site gives an unchanged feed.
        updated: dayStart(selected[0]?.day ?? site.today),
        generator: false,
        author: { name: t(lang, 'siteName') },
        feedLinks: { [format]: new URL(href(lang, self), origin).href },
      });
      for (const e of selected)
        feed.addItem({
          id: e.id,
          link: e.link,
          date: dayStart(e.day),
          title: escapeHtml(e.title),
          description: e.summary ? escapeHtml(e.summary).replaceAll('\n', '<br>') : undefined,
          category: [...e.carrierIds, ...e.topicIds].map((term) => ({ term })),
        });
      return feed;
    },
  };
}

/** One Atom feed: the site's, a carrier's or a topic's. */
export function atomFeed(site: Site, lang: Lang, origin: string | URL, scope: FeedScope): string {
  const home =
    scope.kind === 'all' ? '/' : scope.kind === 'carrier' ? `/carriers/${scope.id}/` : `/compare/${scope.id}/`;
  const { entries, feed } = buildFeed(site, lang, origin, {
    title: feedTitle(site, lang, scope),
    self: feedPath(scope),
    home,
    format: 'atom',
  });
  return feed(entries.filter((e) => inScope(e, scope))).atom1();
}

/** The advisories RSS (kept at /advisories/feed.xml for existing subscribers): advisories only. */
export function advisoriesRss(site: Site, lang: Lang, origin: string | URL): string {
  const { entries, feed } = buildFeed(site, lang, origin, {
    title: `${t(lang, 'siteName')} — ${t(lang, 'advisories')}`,
    self: '/advisories/feed.xml',
    home: '/advisories/',
    format: 'rss',
  });
  return feed(entries.filter((e) => e.kind === 'advisory')).rss2();
}
