/**
 * /search/shortcuts.json (and /en/…): the exact-name shortcuts the search island loads with
 * Pagefind (ADR 0005). A separate file, not part of the search page, so the page stays small
 * however many carriers there are; fetched only when someone searches.
 */
import type { APIContext } from 'astro';
import { loadSite } from '../../../model/load.ts';
import type { Lang } from '../../../i18n/ui.ts';
import { t } from '../../../i18n/ui.ts';
import { searchShortcuts } from '../../../search/shortcuts.ts';
import { langPaths } from '../../../i18n/paths.ts';

export const getStaticPaths = () => langPaths(() => [{ params: {} }]);

export function GET(context: APIContext) {
  const lang = (context.props as { lang: Lang }).lang;
  const entries = searchShortcuts(loadSite(), lang).map((s) => ({
    ...s,
    kindLabel: t(lang, `recordKind.${s.kind}`),
  }));
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json' } });
}
