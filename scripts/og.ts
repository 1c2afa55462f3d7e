/**
 * Build step (scripts/build.ts, after astro): writes the Open Graph image of every topic, carrier
 * and term page to `<site folder>/og/<page path>.png` and prints what it cost (ADR 0008).
 * `node scripts/og.ts <site folder>`. It reads the site's own validated export
 * (`<site folder>/data/yakkan.json`) rather than loading content again: that would double its cost.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ogCards, type OgSource } from '../src/og/cards.ts';
import { renderCard } from '../src/og/render.ts';

const siteDir = process.argv[2];
const exportFile = siteDir && join(siteDir, 'data', 'yakkan.json');
if (!exportFile || !existsSync(exportFile)) {
  console.error(
    `usage: node scripts/og.ts <site folder>: the folder astro built (with data/yakkan.json)` +
      (exportFile ? `; ${exportFile} is missing, run astro build first` : ''),
  );
  process.exit(2);
}
const started = performance.now();
const cards = ogCards(JSON.parse(readFileSync(exportFile, 'utf8')) as OgSource);
// Two cards in flight: while one is blended in JavaScript, libvips draws or encodes the other on
// its own threads. Worker threads were no faster (ADR 0008).
const IN_FLIGHT = 2;
for (let i = 0; i < cards.length; i += IN_FLIGHT) {
  await Promise.all(
    cards.slice(i, i + IN_FLIGHT).map(async (card) => {
      const file = join(siteDir, card.imagePath);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, await renderCard(card));
    }),
  );
}
console.log(`  ${cards.length} Open Graph images rendered in ${Math.round(performance.now() - started)} ms`);
