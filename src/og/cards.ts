/**
 * Which pages get a link-preview (Open Graph) image and what it says: one card per topic, carrier
 * and term, shared by the Japanese and English page (Japanese title, English subtitle), so a build
 * renders each image once. Base.astro reads the card of its page for the og:image tags;
 * scripts/og.ts renders every card from the built /data/yakkan.json (ADR 0008).
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
  terms: Pick<ExportDocument['terms'][number], 'carrier' | 'topic'>[];
};

const KINDS = {
  compare: { ja: '比較', en: 'Comparison' },
  carriers: { ja: '事業者', en: 'Carrier' },
  terms: { ja: '約款・規定', en: 'Terms' },
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

/** Every card of the site: topics, then carriers, then terms. */
export function ogCards(source: OgSource): OgCard[] {
  const topics = new Map(source.topics.map((t) => [t.id, t.title]));
  const carriers = new Map(source.carriers.map((c) => [c.id, c.name]));
  return [
    ...source.topics.map((topic) => card(`/compare/${topic.id}/`, 'compare', topic.title)),
    ...source.carriers.map((carrier) => card(`/carriers/${carrier.id}/`, 'carriers', carrier.name)),
    ...source.terms.map((term) => {
      const [carrier, topic] = [carriers.get(term.carrier)!, topics.get(term.topic)!];
      const en = carrier.en && topic.en ? `${carrier.en}: ${topic.en}` : undefined;
      return card(`/terms/${term.carrier}/${term.topic}/`, 'terms', { ja: `${carrier.ja}：${topic.ja}`, en });
    }),
  ];
}

const bySite = new WeakMap<Site, Map<string, OgCard>>();

/** The card of the page at `pagePath` (without /en), or undefined for pages without one. */
export function ogCardFor(site: Site, pagePath: string): OgCard | undefined {
  let cards = bySite.get(site);
  if (!cards) {
    const source: OgSource = {
      topics: site.topics.map((t) => ({ id: t.id, title: t.data.title })),
      carriers: site.carriers.map((c) => ({ id: c.id, name: c.data.name })),
      terms: site.terms.map((t) => ({ carrier: t.carrier.id, topic: t.topic.id })),
    };
    bySite.set(site, (cards = new Map(ogCards(source).map((c) => [c.pagePath, c]))));
  }
  return cards.get(pagePath);
}
