/**
 * How the search index is split into bundles (scripts/search-index.ts, ADR 0010): memory stays
 * bounded per Pagefind process, and no page is lost or indexed twice on the way.
 */
import { describe, expect, it } from 'vitest';
import { bundleManifest, planBundles } from '../../scripts/search-index.ts';

const terms = (lang: 'ja' | 'en', n: number) =>
  Array.from({ length: n }, (_, i) => `${lang === 'en' ? 'en/' : ''}terms/c${String(i).padStart(4, '0')}/x/index.html`);
const hubs = [
  'index.html',
  'compare/x/index.html',
  'carriers/c0001/index.html',
  'en/index.html',
  'en/guide/index.html',
];

describe('search bundles', () => {
  it('keeps every page but term pages in the main bundle, and term pages out of it', () => {
    const [main] = planBundles([...hubs, ...terms('ja', 3), ...terms('en', 3)], 10);
    expect(main!.path).toBe('/pagefind/');
    expect(main!.pages).toEqual([...hubs].sort());
  });

  it('cuts each language’s term pages into equal bundles no larger than the limit', () => {
    const bundles = planBundles([...hubs, ...terms('ja', 25), ...terms('en', 7)], 10);
    expect(bundles.map((b) => [b.path, b.pages.length])).toEqual([
      ['/pagefind/', hubs.length],
      ['/pagefind/terms/ja-0/', 9],
      ['/pagefind/terms/ja-1/', 9],
      ['/pagefind/terms/ja-2/', 7],
      ['/pagefind/terms/en-0/', 7],
    ]);
    expect(bundles.find((b) => b.path.includes('/en-'))!.pages.every((p) => p.startsWith('en/terms/'))).toBe(true);
  });

  it('indexes every page exactly once', () => {
    const pages = [...hubs, ...terms('ja', 101), ...terms('en', 99)];
    const planned = planBundles(pages, 20).flatMap((b) => b.pages);
    expect(planned.sort()).toEqual([...pages].sort());
  });

  it('tells each language which term bundles to merge, and none when there are no term pages', () => {
    expect(bundleManifest(planBundles([...hubs, ...terms('ja', 25), ...terms('en', 7)], 10))).toEqual({
      ja: ['/pagefind/terms/ja-0/', '/pagefind/terms/ja-1/', '/pagefind/terms/ja-2/'],
      en: ['/pagefind/terms/en-0/'],
    });
    expect(bundleManifest(planBundles(hubs, 10))).toEqual({ ja: [], en: [] });
  });
});
