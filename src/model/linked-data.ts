/**
 * schema.org JSON-LD for each page, chosen from its path (as the feeds are), so pages need no
 * extra props: Dataset on /data/, Article on a term, the carrier as an Organization, the topic as
 * a DefinedTerm, WebPage elsewhere. Only facts the records hold; no invented dates.
 */
import { pick, t, type Lang } from '../i18n/ui.ts';
import { SCHEMA_VERSION } from './export.ts';
import type { Site } from './site.ts';
import { sourceTitle } from './source-title.ts';

type Json = Record<string, unknown>;

export interface PageFacts {
  lang: Lang;
  /** Path without the /en prefix. */
  path: string;
  /** Absolute canonical URL. */
  url: string;
  title: string;
  description: string;
  origin: string | URL;
}

export function linkedData(site: Site, page: PageFacts): Json {
  const { lang, path, url, title, description, origin } = page;
  const abs = (p: string) => new URL(p, origin).href;
  const website = { '@type': 'WebSite', name: t(lang, 'siteName'), url: abs(lang === 'en' ? '/en/' : '/') };
  const base = { '@context': 'https://schema.org', name: title, description, url, inLanguage: lang, isPartOf: website };

  if (path === '/data/') {
    const file = (name: string, encodingFormat: string) => ({
      '@type': 'DataDownload',
      contentUrl: abs(`/data/${name}`),
      encodingFormat,
    });
    return {
      ...base,
      '@type': 'Dataset',
      version: SCHEMA_VERSION,
      dateModified: site.today,
      isAccessibleForFree: true,
      distribution: [
        file('yakkan.json', 'application/json'),
        file('terms.csv', 'text/csv'),
        file('advisories.csv', 'text/csv'),
        file('carriers.csv', 'text/csv'),
      ],
    };
  }
  const term = /^\/terms\/([^/]+)\/([^/]+)\/$/.exec(path);
  const found = term && site.term(term[1]!, term[2]!);
  if (found) {
    return {
      ...base,
      '@type': 'Article',
      headline: title,
      about: [
        { '@type': 'Organization', name: pick(found.carrier.data.name, lang).text, url: found.carrier.data.website },
        { '@type': 'DefinedTerm', name: pick(found.topic.data.title, lang).text },
      ],
      citation: found.data.sources.map((s) => ({
        '@type': 'CreativeWork',
        name: sourceTitle(s, lang),
        url: s.url,
        publisher: { '@type': 'Organization', name: s.publisher },
      })),
    };
  }
  const carrier = /^\/carriers\/([^/]+)\/$/.exec(path)?.[1];
  const c = carrier ? site.carrier(carrier) : undefined;
  if (c) {
    return {
      ...base,
      '@type': 'WebPage',
      about: {
        '@type': 'Organization',
        name: pick(c.data.name, lang).text,
        ...(c.data.legalName && { legalName: pick(c.data.legalName, lang).text }),
        url: c.data.website,
      },
    };
  }
  const topic = /^\/compare\/([^/]+)\/$/.exec(path)?.[1];
  const tp = topic ? site.topic(topic) : undefined;
  if (tp) {
    return {
      ...base,
      '@type': 'WebPage',
      about: {
        '@type': 'DefinedTerm',
        name: pick(tp.data.title, lang).text,
        description: pick(tp.data.question, lang).text,
      },
    };
  }
  return { ...base, '@type': 'WebPage' };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no content can close the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
