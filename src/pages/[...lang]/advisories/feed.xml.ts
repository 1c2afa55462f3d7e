/** Atom-compatible RSS feed of advisories (newest first), per language. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../../../model/load.ts';
import { href, pick, t, type Lang } from '../../../i18n/ui.ts';

export const getStaticPaths = () => [
  { params: { lang: undefined }, props: { lang: 'ja' } },
  { params: { lang: 'en' }, props: { lang: 'en' } },
];

export function GET(context: APIContext) {
  const lang = (context.props as { lang: Lang }).lang;
  const site = loadSite();
  return rss({
    title: `${t(lang, 'siteName')} — ${t(lang, 'advisories')}`,
    description: t(lang, 'tagline'),
    site: context.site!,
    items: site.advisories.map((a) => ({
      title: pick(a.data.title, lang).text,
      link: href(lang, `/advisories/${a.id}/`),
      pubDate: new Date(`${a.data.date}T00:00:00+09:00`),
      description: a.data.summary ? pick(a.data.summary, lang).text : undefined,
    })),
    customData: `<language>${lang}</language>`,
  });
}
