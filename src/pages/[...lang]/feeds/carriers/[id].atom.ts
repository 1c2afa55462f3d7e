/** One carrier's Atom feed: its advisories and recorded changes, newest first. */
import type { APIContext } from 'astro';
import { langPaths } from '../../../../i18n/paths.ts';
import type { Lang } from '../../../../i18n/ui.ts';
import { atomFeed } from '../../../../model/feeds.ts';
import { loadSite } from '../../../../model/load.ts';

export const getStaticPaths = () => langPaths(() => loadSite().carriers.map((r) => ({ params: { id: r.id } })));

export function GET(context: APIContext) {
  const { lang } = context.props as { lang: Lang };
  return new Response(atomFeed(loadSite(), lang, context.site!, { kind: 'carrier', id: context.params.id! }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
