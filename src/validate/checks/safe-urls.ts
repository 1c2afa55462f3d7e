import { markdownUrls, markdownUrlProblem } from '../../render/markdown.ts';
import type { LocalizedText, Source } from '../../schema/common.ts';
import { at, sourceLists, type Check, type Loaded } from '../context.ts';
import type { Problem } from '../problem.ts';

/** Why a URL is refused, or undefined when it is an absolute http(s) URL a reader can open. */
export function urlProblem(raw: string): string | undefined {
  if (/\s/.test(raw)) return 'contains spaces; percent-encode them or copy the URL from the address bar';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not an absolute URL; write it in full, starting with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `uses the "${url.protocol}" scheme; only http:// and https:// links are allowed`;
  }
  if (url.username || url.password) return 'contains a user name or password; remove them';
  if (!url.hostname.includes('.')) return 'has no real host name';
  return undefined;
}

/**
 * Every source URL is an absolute http(s) URL (no javascript:, data:, relative paths), and every
 * link and image in Markdown (bodies, summaries) is one the site publishes, so nothing a
 * contributor wrote is silently dropped or loaded from elsewhere.
 */
export const safeUrls: Check = {
  name: 'safe-urls',
  description:
    'every source URL is an absolute http(s) URL; Markdown links are http(s), mailto or site-relative and images are the site’s own',
  run: ({ records }) => {
    const problems: Problem[] = [];
    const shown = (url: string) => (url.length > 80 ? `${url.slice(0, 80)}…` : url);
    const checkBody = (record: Loaded<unknown>) => {
      for (const { url, kind, line } of markdownUrls(record.body)) {
        const why = markdownUrlProblem(url, kind);
        if (why)
          problems.push({
            file: record.file,
            line: record.bodyLine === undefined ? undefined : record.bodyLine + line,
            field: 'body',
            rule: 'safe-urls',
            message: `${kind} "${shown(url)}" ${why}`,
          });
      }
    };
    const checkInline = (record: Loaded<unknown>, path: PropertyKey[], text: LocalizedText | undefined) => {
      for (const lang of ['ja', 'en'] as const) {
        for (const { url, kind } of markdownUrls(text?.[lang] ?? '', true)) {
          const why = markdownUrlProblem(url, kind);
          if (why) problems.push(at(record, [...path, lang], 'safe-urls', `${kind} "${shown(url)}" ${why}`));
        }
      }
    };
    for (const r of [
      ...records.carriers,
      ...records.topics,
      ...records.terms,
      ...records.channels,
      ...records.advisories,
    ])
      checkBody(r);
    for (const t of records.terms) checkInline(t, ['summary'], t.data.summary);
    for (const a of records.advisories) checkInline(a, ['summary'], a.data.summary);
    const check = (record: Loaded<unknown>, path: PropertyKey[], url: string | undefined) => {
      if (url === undefined) return;
      const why = urlProblem(url);
      if (why) problems.push(at(record, path, 'safe-urls', `URL "${url.slice(0, 80)}" ${why}`));
    };
    const checkSources = (record: Loaded<unknown>, prefix: PropertyKey[], sources: Source[] | undefined) =>
      sources?.forEach((s, i) => {
        check(record, [...prefix, i, 'url'], s.url);
        check(record, [...prefix, i, 'archived'], s.archived);
      });
    for (const c of records.carriers) {
      check(c, ['website'], c.data.website);
      check(c, ['tariffIndex'], c.data.tariffIndex);
    }
    for (const { record, path, sources } of sourceLists(records)) checkSources(record, path, sources);
    return problems;
  },
};
