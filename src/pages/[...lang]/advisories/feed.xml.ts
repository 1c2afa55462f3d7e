/** The advisories RSS (newest first), per language; plain text only (see src/model/feeds.ts). */
import type { APIContext } from 'astro';
import { loadSite } from '../../../model/load.ts';
import { advisoriesRss } from '../../../model/feeds.ts';
import type { Lang } from '../../../i18n/ui.ts';

export const getStaticPaths = () => [
  { params: { lang: undefined }, props: { lang: 'ja' } },
  { params: { lang: 'en' }, props: { lang: 'en' } },
];

export function GET(context: APIContext) {
  const lang = (context.props as { lang: Lang }).lang;
  return new Response(advisoriesRss(loadSite(), lang, context.site!), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
