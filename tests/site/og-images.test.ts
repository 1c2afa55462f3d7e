/**
 * Link-preview images in the built site (dist/): every topic, carrier and term page, in both
 * languages, names an og:image that exists in dist as a 1200×630 PNG, with its size and alt text;
 * the ja and en page share one image; a term page shows its topic's image (issue 16); pages
 * without a card keep the small Twitter summary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr, builtPage, type Node } from '../support/html.ts';

const data = JSON.parse(readFileSync('dist/data/yakkan.json', 'utf8')) as {
  topics: { id: string }[];
  carriers: { id: string }[];
  terms: { carrier: string; topic: string }[];
};
const CARD_PAGES = [
  ...data.topics.map((t) => `compare/${t.id}/`),
  ...data.carriers.map((c) => `carriers/${c.id}/`),
  ...data.terms.map((t) => `terms/${t.carrier}/${t.topic}/`),
];

const meta = (els: Node[], key: string) =>
  attr(
    els.find((e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key)),
    'content',
  );

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Open Graph images of topic, carrier and term pages (dist/)', () => {
  it('covers every topic, carrier and term', () => {
    expect(CARD_PAGES.length).toBe(data.topics.length + data.carriers.length + data.terms.length);
    expect(data.terms.length).toBeGreaterThan(0);
  });

  it.each(CARD_PAGES)('/%s and /en/%s point to one existing 1200×630 PNG, with size and alt', (path) => {
    const topicOfTerm = /^terms\/[^/]+\/([^/]+)\/$/.exec(path)?.[1];
    const images = ['', 'en/'].map((lang) => {
      const els = builtPage(lang + path);
      const url = new URL(meta(els, 'og:image')!);
      expect(url.pathname).toMatch(/^\/og\/.+\.png$/);
      expect(pngSize(join('dist', url.pathname))).toEqual({ width: 1200, height: 630 });
      expect(meta(els, 'og:image:width')).toBe('1200');
      expect(meta(els, 'og:image:height')).toBe('630');
      expect(meta(els, 'og:image:alt')!.length).toBeGreaterThan(1);
      expect(meta(els, 'twitter:card')).toBe('summary_large_image');
      return url.href;
    });
    expect(images[1]).toBe(images[0]);
    if (topicOfTerm) expect(new URL(images[0]!).pathname).toBe(`/og/compare/${topicOfTerm}.png`);
  });

  it('renders one image per topic and carrier, none per term', () => {
    const pngs = readdirSync('dist/og', { recursive: true }).filter((f) => String(f).endsWith('.png'));
    expect(pngs.length).toBe(data.topics.length + data.carriers.length);
  });

  it.each(['', 'about/', 'en/data/', 'advisories/'])('/%s has no image and the small summary card', (path) => {
    const els = builtPage(path);
    expect(meta(els, 'og:image')).toBeUndefined();
    expect(meta(els, 'twitter:card')).toBe('summary');
  });
});
