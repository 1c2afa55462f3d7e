/**
 * Chromium against dist/: a pasted "as of" link opens the table of the period containing that day,
 * the date form does the same, and a malformed date is answered in words.
 */
import type { Server } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve } from '../support/browser.ts';

let base: string;
let server: Server;
let context: BrowserContext;
let offMachine: string[];

beforeAll(async () => {
  ({ url: base, server } = await serve());
  ({ context, offMachine } = await launch());
});
afterAll(async () => {
  await context?.close();
  server?.close();
});

describe('a table as of a date', () => {
  it('opens the period containing a pasted ?asOf= day, with the version then in force', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/compare/fraud-compensation/as-of/?asOf=2019-09-01`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/compare/fraud-compensation/as-of/2019-08-27/');
    expect(await page.locator('tr#kddi td').first().textContent()).toContain('旧版');
    expect(await page.locator('tr#ntt-docomo td').first().textContent()).not.toContain('旧版');
    await page.close();
  });

  it('a day before anything recorded opens the earliest stretch; the form goes to the same pages', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/en/compare/fraud-compensation/as-of/?asOf=2001-01-01`);
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toBe('/en/compare/fraud-compensation/as-of/before-2015-07-06/');
    await page.goto(`${base}/en/compare/fraud-compensation/as-of/`);
    await page.getByLabel('Date').fill('2020-01-01');
    await page.getByRole('button', { name: 'Show the table' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/compare/fraud-compensation/as-of/2019-11-05/');
    await page.close();
  });

  it('answers a malformed date in words and stays on the list', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/compare/fraud-compensation/as-of/?asOf=2019-9-1`);
    await expect.poll(() => page.locator('[data-as-of-status]').textContent()).toContain('YYYY-MM-DD');
    expect(new URL(page.url()).pathname).toBe('/compare/fraud-compensation/as-of/');
    await page.close();
  });

  it('never left the machine', () => {
    expect(offMachine).toEqual([]);
  });
});
