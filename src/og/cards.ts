/**
 * Which pages get a link-preview (Open Graph) image and what it says: one card per topic and
 * carrier, shared by the Japanese and English page (Japanese title, English subtitle), so a build
 * renders each image once. A term page shows its topic's card: rendering one image per term was
 * 28 % of a 10,000-term build (issue 16, ADR 0008); the term's own title is in og:title.
 * Base.astro reads the card of its page for the og:image tags; scripts/og.ts renders every card
 * from the built /data/yakkan.json.
 */
import type { ExportDocument } from '../model/export.ts';
import type { Site } from '../model/site.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** Page path without the /en prefix, e.g. /terms/kddi/liability-limit/. */
  pagePath: string;
  /** Site path of the PNG, e.g. /og/terms/kddi/liability-limit.png. */
  imagePath: string;
  /** What kind of page, both languages, shown above the title. */
  kind: { ja: string; en: string };
  /** Japanese title (the record's own words). */
  title: string;
  /** English title, when the record has one. */
  subtitle?: string;
}

/** What a card needs, in the shape of the open-data export (so the build step reads yakkan.json). */
export type OgSource = {
  topics: Pick<ExportDocument['topics'][number], 'id' | 'title'>[];
  carriers: Pick<ExportDocument['carriers'][number], 'id' | 'name'>[];
};

const KINDS = {
  compare: { ja: '比較', en: 'Comparison' },
  carriers: { ja: '事業者', en: 'Carrier' },
} as const;

function card(pagePath: string, kind: keyof typeof KINDS, title: { ja: string; en?: string }): OgCard {
  return {
    pagePath,
    imagePath: `/og${pagePath.replace(/\/$/, '')}.png`,
    kind: KINDS[kind],
    title: title.ja,
    subtitle: title.en,
  };
}

/** Every card of the site: topics, then carriers. */
export function ogCards(source: OgSource): OgCard[] {
  return [
    ...source.topics.map((topic) => card(`/compare/${topic.id}/`, 'compare', topic.title)),
    ...source.carriers.map((carrier) => card(`/carriers/${carrier.id}/`, 'carriers', carrier.name)),
  ];
}

/** The page whose card a page shows: its own, or for a term page (/terms/<carrier>/<topic>/) its topic's. */
export const cardPagePath = (pagePath: string): string =>
  pagePath.replace(/^\/terms\/[^/]+\/([^/]+)\/$/, '/compare/$1/');

const bySite = new WeakMap<Site, Map<string, OgCard>>();

/** The card of the page at `pagePath` (without /en), or undefined for pages without one. */
export function ogCardFor(site: Site, pagePath: string): OgCard | undefined {
  let cards = bySite.get(site);
  if (!cards) {
    const source: OgSource = {
      topics: site.topics.map((t) => ({ id: t.id, title: t.data.title })),
      carriers: site.carriers.map((c) => ({ id: c.id, name: c.data.name })),
    };
    bySite.set(site, (cards = new Map(ogCards(source).map((c) => [c.pagePath, c]))));
  }
  return cards.get(cardPagePath(pagePath));
}
