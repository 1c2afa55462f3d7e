/**
 * Rendering an Open Graph card: a 1200×630 PNG with the title drawn in the installed Japanese
 * font, and record text that looks like Pango markup is drawn as text, never obeyed.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, cardPagePath, ogCards, type OgCard } from '../../src/og/cards.ts';
import { renderCard } from '../../src/og/render.ts';

const card = (title: string): OgCard => ({
  pagePath: '/compare/x/',
  imagePath: '/og/compare/x.png',
  kind: { ja: '比較', en: 'Comparison' },
  title,
});

/** The card's pixels (RGB) and how many of them are dark (text) or pure red. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  let red = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (data[i]! < 80 && data[i + 1]! < 80 && data[i + 2]! < 80) dark++;
    if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60) red++;
  }
  return { info, dark, red };
}

describe('renderCard', () => {
  it('draws a 1200×630 PNG, and a longer Japanese title puts more ink on it', async () => {
    const short = await pixels(await renderCard(card('約款')));
    const long = await pixels(await renderCard(card('国際電話の発信休止と不正利用時の通話料負担')));
    expect(short.info).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(long.dark).toBeGreaterThan(short.dark * 3);
  });

  it('draws markup in a title as text instead of obeying it', async () => {
    const png = await renderCard(card('<span foreground="#ff0000" size="xx-large">赤赤赤赤</span> & 約款'));
    expect((await pixels(png)).red).toBe(0);
  });
});

describe('ogCards', () => {
  it('gives a card both titles, and no English subtitle when a name has no English', () => {
    const cards = ogCards({
      topics: [{ id: 'liability-limit', title: { ja: '責任の制限', en: 'Limitation of liability' } }],
      carriers: [
        { id: 'kddi', name: { ja: 'KDDI', en: 'KDDI' } },
        { id: 'x', name: { ja: 'エックス' } },
      ],
    });
    expect(cards.map((c) => c.imagePath)).toEqual([
      '/og/compare/liability-limit.png',
      '/og/carriers/kddi.png',
      '/og/carriers/x.png',
    ]);
    expect(cards[0]).toMatchObject({ title: '責任の制限', subtitle: 'Limitation of liability' });
    expect(cards[2]!.subtitle).toBeUndefined();
  });

  it('sends a term page to its topic card and leaves other pages alone', () => {
    expect(cardPagePath('/terms/kddi/liability-limit/')).toBe('/compare/liability-limit/');
    expect(cardPagePath('/carriers/kddi/')).toBe('/carriers/kddi/');
    expect(cardPagePath('/compare/liability-limit/')).toBe('/compare/liability-limit/');
  });
});
