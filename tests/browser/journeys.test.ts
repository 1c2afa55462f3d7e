/**
 * Real Chromium (Debian) against dist/ served on 127.0.0.1. Journeys a reader takes, each
 * page type checked with axe-core, and screenshots written to tests/output/ for review.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve } from '../support/browser.ts';

let base: string;
let server: Server;
let context: BrowserContext;
let offMachine: string[];
const cspErrors: string[] = [];
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
mkdirSync('tests/output', { recursive: true });

beforeAll(async () => {
  ({ url: base, server } = await serve());
  ({ context, offMachine } = await launch());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
});
afterAll(async () => {
  await context?.close();
  server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(`${path}: ${m.text()}`);
  });
  await page.goto(base + path);
  return page;
}

describe('home → comparison → term → copy citation', () => {
  it('lets a reader reach a clause and copy each citation format', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: '国際電話の発信休止' }).first().click();
    await expect.poll(() => page.url()).toContain('/compare/intl-call-suspension/');
    await page.locator('tr#ntt-west th a:not(.anchor)').click();
    await expect.poll(() => page.url()).toContain('/terms/ntt-west/intl-call-suspension/');
    expect(await page.locator('h1').textContent()).toBe('NTT西日本：国際電話の発信休止');
    expect(await page.locator('blockquote').count()).toBeGreaterThan(0);
    expect(await page.locator('.cite > .more-formats').getAttribute('open')).toBeNull();
    await page.locator('.cite > .more-formats summary').click();
    for (const id of ['ja', 'en', 'markdown', 'bibtex', 'csl-json', 'html']) {
      await page.locator(`[data-copy="cite-${id}"]`).click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.locator(`#cite-${id}`).textContent());
    }
    expect(JSON.parse((await page.locator('#cite-csl-json').textContent())!)[0].URL).toMatch(/^https?:\/\//);
    // The permalink is absolute on the public origin (YAKKAN_SITE), whatever host serves this copy.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.locator('[data-copy-permalink]:not(.copy-link)').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/terms\/ntt-west\/intl-call-suspension\/$/);
    await page.screenshot({ path: 'tests/output/term.png', fullPage: true });
    await page.close();
  });

  it("copies one value's citation: all its sources and the row's permalink, and says so at the button", async () => {
    const page = await open('/terms/ntt-east/intl-call-suspension/#leadTime');
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const row = page.locator('tr#leadTime');
    await row.locator('details.cite-value > summary').click();
    const button = row.locator('[data-copy="cite-leadTime-ja"]');
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#cite-leadTime-ja').textContent());
    expect(await button.textContent()).toBe('コピーしました');
    const listed = await row.locator('.note a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(listed.length).toBe(3);
    for (const url of listed) expect(copied).toContain(url);
    expect(copied).toContain(`${canonical}#leadTime`);
    for (const format of ['markdown', 'html']) {
      expect(await page.locator(`#cite-leadTime-${format}`).textContent()).toContain(`${canonical}#leadTime`);
    }

    // The row's own "copy link" copies the same permalink.
    await row.locator('a.copy-link').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#leadTime`);
    await page.close();
  });

  it("without JS, a row's copy link is a plain link to the row", async () => {
    const { context: noJs } = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/en/terms/ntt-east/intl-call-suspension/`);
    const link = page.locator('tr#fee a.copy-link');
    expect(await link.textContent()).toContain('Copy link');
    await link.click();
    await expect.poll(() => page.url()).toBe(`${base}/en/terms/ntt-east/intl-call-suspension/#fee`);
    await noJs.close();
  });
});

describe('comparison table', () => {
  it('sorts by lead time in real order with unknowns last, filters, and restores the state from a shared URL', async () => {
    const page = await open('/compare/intl-call-suspension/');
    await page.locator('th[data-key="leadTime"] button').click();
    await expect.poll(() => page.url()).toContain('sort=leadTime');
    const keys = await page
      .locator('tbody tr:not([hidden]) td:nth-child(3)')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.sort));
    const known = keys.filter((k) => k !== undefined).map(Number);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(keys.slice(known.length).every((k) => k === undefined)).toBe(true);

    await page.locator('select[data-filter="kind"]').selectOption('mobile');
    await expect.poll(() => page.url()).toContain('kind=mobile');
    const shared = page.url();
    const visible = await page.locator('tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.id));
    expect(visible).toContain('ntt-docomo');
    expect(visible).not.toContain('ntt-east');
    await page.screenshot({ path: 'tests/output/compare.png' });

    const again = await open(shared.slice(base.length));
    expect(await again.locator('select[data-filter="kind"]').inputValue()).toBe('mobile');
    expect(await again.locator('tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(visible);
    expect(await again.locator('th[data-key="leadTime"]').getAttribute('aria-sort')).toBe('ascending');
    await page.close();
    await again.close();
  });

  it('sorts a text column by the text shown in the page language, and filters by what rows show or by an alias', async () => {
    const page = await open('/en/compare/intl-call-suspension/');
    await page.locator('th[data-key="howToApply"] button').click();
    await expect.poll(() => page.url()).toContain('sort=howToApply');
    const cells = await page.locator('table[data-sortable] tbody tr td:nth-child(5)').evaluateAll((tds) =>
      tds.map((td) => ({
        unknown: td.querySelector('.unknown') !== null,
        text: td.querySelector('.cell-value')?.textContent?.trim() ?? '',
      })),
    );
    const known = cells.filter((c) => !c.unknown).map((c) => c.text);
    expect(known.length).toBeGreaterThan(2);
    expect(known).toEqual([...known].sort((a, b) => a.localeCompare(b, 'ja')));
    expect(cells.slice(known.length).every((c) => c.unknown)).toBe(true);

    // "OCN" appears nowhere in the table: only NTT DOCOMO BUSINESS's alias matches it.
    await page.locator('input[data-filter="q"]').fill('OCN');
    await expect
      .poll(() =>
        page.locator('table[data-sortable] tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => r.id)),
      )
      .toEqual(['ntt-docomo-business']);
    // A word from a shown value finds the rows that show it, and only those.
    await page.locator('input[data-filter="q"]').fill('free');
    const shown = await page
      .locator('table[data-sortable] tbody tr:not([hidden])')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('.cell-value')].map((v) => v.textContent).join(' ')),
      );
    const all = await page.locator('table[data-sortable] tbody tr').count();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    for (const text of shown) expect(text).toMatch(/free/i);
    // The "Unknown" label is not a value: filtering by it finds only rows whose values say it.
    await page.locator('input[data-filter="q"]').fill('unknown');
    const withUnknown = await page
      .locator('table[data-sortable] tbody tr:not([hidden])')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll(':not(.unknown) > .cell-value')].map((v) => v.textContent).join(' ')),
      );
    expect(withUnknown.length).toBeLessThan(all);
    for (const text of withUnknown) expect(text).toMatch(/unknown/i);
    await page.close();
  });

  it('deep-links to one cell and highlights it', async () => {
    const page = await open('/compare/intl-call-suspension/#mineo-leadTime');
    const cell = page.locator('#mineo-leadTime');
    expect(await cell.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await cell.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 247, 179)');
    expect(await cell.isVisible()).toBe(true);
    await page.close();
  });

  it('reads as one card per carrier on a phone', async () => {
    const page = await open('/compare/intl-call-suspension/');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(
      await page
        .locator('tbody tr')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('block');
    await page.screenshot({ path: 'tests/output/compare-phone.png' });
    await page.close();
  });
});

describe('printing', () => {
  it('prints a term page without site chrome and with every source URL written out', async () => {
    const page = await open('/terms/ntt-east/intl-call-suspension/');
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    expect(await display('.site-header')).toBe('none');
    expect(await display('.cite')).toBe('none');
    const link = page.locator('.sources a[href^="http"]').first();
    const href = await link.getAttribute('href');
    expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`" <${href}>"`);
    expect(await page.locator('blockquote').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('prints the whole comparison table, without the filter controls', async () => {
    const page = await open('/compare/intl-call-suspension/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-enhance]').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const rows = page.locator('table[data-sortable] tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
    await page.pdf({ path: 'tests/output/compare-print.pdf', format: 'A4', landscape: true });
    await page.close();
  });
});

describe('search in Japanese', () => {
  it('types a query in the header box, sees the right result, filters and opens it', async () => {
    const page = await open('/');
    await page.locator('#header-q').fill('シエラレオネ');
    await page.locator('#header-q').press('Enter');
    const first = page.locator('[data-search-results] li h2 a').first();
    await first.waitFor();
    expect(await page.locator('[data-search-results] li h2 a').allTextContents()).toContain(
      '国際電話の高額請求 IP電話乗っ取りか',
    );
    await page.locator('select[data-filter="kind"]').selectOption('注意喚起');
    await expect.poll(() => page.url()).toContain('kind=');
    await page.locator('[data-search-results] li h2 a').first().waitFor();
    const hit = page.locator('[data-search-results] li h2 a').first();
    const title = await hit.textContent();
    await hit.click();
    await expect.poll(() => page.url()).toContain('/advisories/');
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.close();
  });

  it('lists clause pages, indexed in bundles of their own, among the results (ADR 0010)', async () => {
    const page = await open('/search/?q=' + encodeURIComponent('翌営業日'));
    const list = page.locator('[data-search-results]');
    await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 10_000 }).toBeNull();
    await expect
      .poll(() =>
        list.locator('li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      )
      .toContain('/terms/ntt-east/intl-call-suspension/');
    await page.close();
  });

  it('works from the keyboard alone: type, submit, reach a filter and a result, open it', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab'); // skip link
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'header-q' && guard++ < 20) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type('シエラレオネ');
    await page.keyboard.press('Enter');
    await page.locator('[data-search-results] li h2 a').first().waitFor();
    await page.locator('select[data-filter="kind"] option').nth(1).waitFor({ state: 'attached' });
    // From the search box, Tab reaches the filters, then the results.
    await page.locator('#q').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute('data-filter') ?? document.activeElement?.tagName ?? '',
        ),
      );
      if (reached.at(-1) === 'A') break;
    }
    expect(reached).toContain('kind');
    expect(reached.at(-1)).toBe('A');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(target);
    await page.close();
  });

  it('opens with the carrier page when the query is exactly a carrier name', async () => {
    const page = await open('/search/?q=au');
    const first = page.locator('[data-search-results] li').first();
    await first.waitFor();
    expect(await first.locator('h2 a').getAttribute('href')).toBe('/carriers/kddi/');
    expect(await first.locator('.badge').textContent()).toBe('事業者');
    // The same page is not listed twice.
    const hrefs = await page
      .locator('[data-search-results] li h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => h === '/carriers/kddi/')).toHaveLength(1);
    await page.close();
  });

  it('searches English pages in English', async () => {
    const page = await open('/en/search/?q=liability');
    await page.locator('[data-search-results] li h2 a').first().waitFor();
    const urls = await page
      .locator('[data-search-results] li h2 a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
    await page.close();
  });
});

describe('language switch', () => {
  it('keeps the reader on the same record both ways', async () => {
    const page = await open('/terms/kddi/usage-alerts/');
    await page.locator('.lang-switch').click();
    await expect.poll(() => page.url()).toBe(`${base}/en/terms/kddi/usage-alerts/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('KDDI');
    await page.locator('.lang-switch').click();
    await expect.poll(() => page.url()).toBe(`${base}/terms/kddi/usage-alerts/`);
    await page.close();
  });

  it('keeps a sorted, anchored table view when switching language', async () => {
    const page = await open('/compare/intl-call-suspension/?kind=mobile#mineo');
    await page.locator('[data-enhance]').waitFor();
    await page.locator('thead th[data-key="leadTime"] button').click();
    await expect.poll(() => page.url()).toContain('sort=leadTime');
    await page.locator('.lang-switch').click();
    await expect
      .poll(() => page.url())
      .toMatch(/\/en\/compare\/intl-call-suspension\/\?kind=mobile&sort=leadTime&dir=asc#mineo$/);
    await page.close();
  });
});

describe('carriers side by side', () => {
  it('shows the carriers in ?c= and marks rows that differ', async () => {
    const page = await open('/compare/carriers/?c=ntt-east,kddi,softbank');
    await page.locator('[data-side-by-side]').waitFor();
    const shown = await page
      .locator('thead th[data-carrier]:not([hidden])')
      .evaluateAll((ths) => ths.map((t) => (t as HTMLElement).dataset.carrier));
    expect(shown).toEqual(['ntt-east', 'kddi', 'softbank']);
    expect(await page.locator('tr.differs').count()).toBeGreaterThan(0);
    expect(await page.locator('tr.differs td[data-diff-col]').first().textContent()).toContain('違いあり');
    await page.close();
  });
});

describe('with JavaScript disabled', () => {
  it('shows the complete table and the static carrier pairs', async () => {
    const { context: noJs } = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/compare/liability-limit/`);
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-enhance]').isVisible()).toBe(false);
    await page.goto(`${base}/compare/carriers/ntt-east-vs-ntt-west/`);
    expect(await page.locator('tbody th[scope="colgroup"]').count()).toBe(9);
    await noJs.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A/AA) on every page type, at phone and desktop width', () => {
  const pages = [
    '/',
    '/compare/',
    '/compare/intl-call-suspension/',
    '/compare/carriers/?c=ntt-east,kddi',
    '/compare/carriers/ntt-east-vs-ntt-west/',
    '/terms/ntt-west/intl-call-suspension/',
    '/carriers/',
    '/carriers/kddi/',
    '/advisories/',
    '/advisories/2015-06-12-nhk-ip-phone-hijack-high-bills/',
    '/search/?q=約款',
    '/channels/kokusai-denwa-center/',
    '/about/',
  ];
  const cases = [390, 1280].flatMap((width) =>
    pages.flatMap((p) => [[p, width] as const, [`/en${p}`, width] as const]),
  );
  it.each(cases)('%s at %i px has no violations', async (path, width) => {
    const page = await open(path);
    await page.setViewportSize({ width, height: 900 });
    await page.waitForLoadState('networkidle');
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the browser never leaves the machine and CSP is never violated', () => {
  it('made no off-machine request and logged no CSP violation', () => {
    expect(offMachine).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
