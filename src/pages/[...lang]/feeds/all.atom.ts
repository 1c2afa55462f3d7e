/** The site-wide Atom feed: advisories and recorded changes, newest first. */
import type { APIContext } from 'astro';
import { langPaths } from '../../../i18n/paths.ts';
import type { Lang } from '../../../i18n/ui.ts';
import { atomFeed } from '../../../model/feeds.ts';
import { loadSite } from '../../../model/load.ts';

export const getStaticPaths = () => langPaths(() => [{ params: {} }]);

export function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  return new Response(atomFeed(loadSite(), lang, context.site!, { kind: 'all' }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
