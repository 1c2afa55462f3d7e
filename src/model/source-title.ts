/**
 * How a source is named to readers. Some sources were recorded before anyone could read the
 * page's own headline; their title is a placeholder (［見出し未確認］… or （表題未確認）…) that
 * describes the page in our words. The flag stays in the data (`npm run report` counts them),
 * but readers and citations get the site and date instead of our bracketed note.
 */
import type { Source } from '../schema/common.ts';
import type { Lang } from '../i18n/ui.ts';

const PLACEHOLDER = /^(?:［見出し未確認］|\[見出し未確認\]|（表題未確認）)/;

/** True when the recorded title is our placeholder, not the page's own headline. */
export const hasPlaceholderTitle = (source: Pick<Source, 'title'>): boolean => PLACEHOLDER.test(source.title);

const jaDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
// One formatter for the whole build: toLocaleDateString builds a new one per call, which was
// the largest single cost of rendering 10,000 term pages (3 s of 23 in a profile, issue 16).
const EN_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const enDate = (iso: string) => EN_DATE.format(new Date(`${iso}T00:00:00Z`));

/** A date as readers of `lang` write it: 2015年7月6日, 6 July 2015. */
export const formatDate = (iso: string, lang: Lang): string => (lang === 'ja' ? jaDate(iso) : enDate(iso));

/** A source named by its site (publisher) and the page's date, or its host name when the page shows no date. */
export function siteAndDate(source: Pick<Source, 'publisher' | 'published' | 'url'>, lang: Lang): string {
  const detail = source.published ? formatDate(source.published, lang) : new URL(source.url).hostname;
  return lang === 'ja' ? `${source.publisher}（${detail}）` : `${source.publisher} (${detail})`;
}

/** The name to show for a source: its own title, or for a placeholder its site and date. */
export const sourceTitle = (source: Pick<Source, 'title' | 'publisher' | 'published' | 'url'>, lang: Lang): string =>
  hasPlaceholderTitle(source) ? siteAndDate(source, lang) : source.title;
