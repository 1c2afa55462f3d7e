import type { Source } from '../../schema/common.ts';
import { at, type Check, type Loaded } from '../context.ts';
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

/** Every link in the content is an absolute http(s) URL (no javascript:, data:, relative paths). */
export const safeUrls: Check = {
  name: 'safe-urls',
  description: 'every URL in the content is an absolute http(s) URL',
  run: ({ records }) => {
    const problems: Problem[] = [];
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
      checkSources(c, ['sources'], c.data.sources);
    }
    for (const t of records.terms) {
      checkSources(t, ['sources'], t.data.sources);
      t.data.history?.forEach((h, i) => checkSources(t, ['history', i, 'sources'], h.sources));
    }
    for (const ch of records.channels) checkSources(ch, ['sources'], ch.data.sources);
    for (const a of records.advisories) checkSources(a, ['sources'], a.data.sources);
    return problems;
  },
};
