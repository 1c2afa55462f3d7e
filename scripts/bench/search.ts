/**
 * Search figures as a reader experiences them, in Debian Chromium on loopback: on the home
 * page, a query typed into the header search box and submitted (first search of the visit:
 * the search page, Pagefind's code, WASM and index chunks all fetched) until the first result is
 * on screen, with the bytes fetched; then a second query typed on the search page (warm).
 */
import type { Server } from 'node:http';
import { launch, serve } from '../../tests/support/browser.ts';

export interface SearchFigures {
  query: string;
  coldMs: number;
  coldBytes: number;
  coldPagefindBytes: number;
  coldRequests: number;
  warmQuery: string;
  warmMs: number;
  warmPagefindBytes: number;
}

const FIRST_RESULT = '[data-search-results] li h2 a';

export async function measureSearch(
  root: string,
  home: string,
  query: string,
  warmQuery: string,
): Promise<SearchFigures> {
  const { url, server } = await serve(root);
  const { context, offMachine } = await launch();
  try {
    const page = await context.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      const s = await request.sizes().catch(() => undefined);
      if (s) sizes.push({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize });
    });
    await page.goto(`${url}${home}`);
    await page.waitForLoadState('networkidle');
    sizes.length = 0;
    await page.locator('#header-q').fill(query);
    await page.locator('#header-q').press('Enter');
    // Timed on the search page's own clock: 0 is the navigation the Enter key started.
    const coldMs = (await (
      await page.waitForFunction(
        (selector) => (document.querySelector(selector) ? performance.now() : 0),
        FIRST_RESULT,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    await page.waitForLoadState('networkidle');
    const cold = [...sizes];
    const pagefindBytes = (list: typeof sizes) =>
      list.filter((s) => s.url.includes('/pagefind/')).reduce((sum, s) => sum + s.bytes, 0);

    sizes.length = 0;
    const warmStarted = (await page.evaluate(() => performance.now())) as number;
    await page.locator('[data-search-form] input[name="q"]').fill(warmQuery);
    // Done when the status line names the new query: it is written once all results are listed.
    const warmDone = (await (
      await page.waitForFunction(
        ([selector, q]) => {
          const first = document.querySelector(selector);
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          return first && status.includes(q) ? performance.now() : 0;
        },
        [FIRST_RESULT, warmQuery] as const,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    // The island debounces typing by 200 ms; that wait is part of what a reader experiences.
    const warmMs = warmDone - warmStarted;
    await page.waitForLoadState('networkidle');
    if (offMachine.length) throw new Error(`search bench tried to leave the machine: ${offMachine.join(', ')}`);
    return {
      query,
      coldMs,
      coldBytes: cold.reduce((sum, s) => sum + s.bytes, 0),
      coldPagefindBytes: pagefindBytes(cold),
      coldRequests: cold.length,
      warmQuery,
      warmMs,
      warmPagefindBytes: pagefindBytes(sizes),
    };
  } finally {
    await context.close();
    await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
  }
}
