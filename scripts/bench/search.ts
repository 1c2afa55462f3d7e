/**
 * Search figures as a reader experiences them, in Debian Chromium on loopback:
 * a cold visit to /search/?q=… (what the header search box submits) until the first result is
 * on screen, with the bytes fetched; then a second query typed on the same page (warm).
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
  path: string,
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
    const started = performance.now();
    await page.goto(`${url}${path}?q=${encodeURIComponent(query)}`);
    await page.locator(FIRST_RESULT).first().waitFor({ timeout: 60_000 });
    const coldMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const cold = [...sizes];
    const pagefindBytes = (list: typeof sizes) =>
      list.filter((s) => s.url.includes('/pagefind/')).reduce((sum, s) => sum + s.bytes, 0);

    sizes.length = 0;
    const warmStarted = performance.now();
    await page.locator('[data-search-form] input[name="q"]').fill(warmQuery);
    // Done when the status line names the new query and a result is listed.
    await page.waitForFunction(
      ([selector, q]) =>
        document.querySelector('[data-search-status]')?.textContent?.includes(q) && document.querySelector(selector),
      [FIRST_RESULT, warmQuery] as const,
      { timeout: 60_000 },
    );
    // The island debounces typing by 200 ms; that wait is part of what a reader experiences.
    const warmMs = performance.now() - warmStarted;
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
