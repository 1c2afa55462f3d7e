/**
 * Exact-name shortcuts for the search page (matched by public/js/search-shortcuts.js):
 * every name a reader may type for a carrier, a topic or a shared desk, and the page it should open.
 */
import { href, pick, type Lang } from '../i18n/ui.ts';
import type { Site } from '../model/site.ts';

export interface SearchShortcut {
  kind: 'carrier' | 'topic' | 'channel';
  title: string;
  href: string;
  names: string[];
}

export function searchShortcuts(site: Site, lang: Lang): SearchShortcut[] {
  const carriers = site.carriers.map((c): SearchShortcut => ({
    kind: 'carrier',
    title: pick(c.data.name, lang).text,
    href: href(lang, `/carriers/${c.id}/`),
    names: [
      c.data.name.ja,
      c.data.name.en,
      c.data.legalName?.ja,
      c.data.legalName?.en,
      ...(c.data.aliases ?? []),
      ...(c.data.formerNames ?? []).flatMap((f) => [f.name.ja, f.name.en]),
    ].filter((n): n is string => Boolean(n)),
  }));
  const topics = site.topics.map((t): SearchShortcut => ({
    kind: 'topic',
    title: pick(t.data.title, lang).text,
    href: href(lang, `/compare/${t.id}/`),
    names: [t.data.title.ja, t.data.title.en, ...(t.data.searchTerms ?? [])].filter((n): n is string => Boolean(n)),
  }));
  const channels = site.channels.map((c): SearchShortcut => ({
    kind: 'channel',
    title: pick(c.data.name, lang).text,
    href: href(lang, `/channels/${c.id}/`),
    names: [c.data.name.ja, c.data.name.en].filter((n): n is string => Boolean(n)),
  }));
  return [...carriers, ...topics, ...channels];
}
