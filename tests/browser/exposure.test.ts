/**
 * The exposure tool and the guide in Chromium against dist/: a reader changes when they ask and
 * the fraud rate and sees the ranking and the costs change; earlier rules only on request; the
 * guide prints on one A4 page; axe finds nothing on either page.
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

/** The current table's rows as the reader sees them: carrier, takes effect, hours, cost. */
async function rows(page: Page) {
  return page
    .locator('[data-exposure-table]')
    .first()
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        carrier: tr.getAttribute('data-carrier'),
        effect: tr.querySelector('[data-effect]')?.textContent,
        hours: tr.querySelector('[data-hours]')?.textContent,
        cost: tr.querySelector('[data-cost]')?.textContent,
      })),
    );
}

describe('exposure tool', () => {
  it('re-ranks and re-costs when the reader changes the request time and the rate', async () => {
    // Friday 2027-07-16 18:00, before 海の日: mineo's 30 minutes beat the same-day rules.
    const page = await open('/tools/exposure/?at=2027-07-16T18:00');
    await page.locator('[data-exposure-form]').waitFor();
    let table = await rows(page);
    expect(table.slice(0, 3).map((r) => r.carrier)).toEqual(['mineo', 'ntt-east', 'ntt-west']);
    expect(table[0]).toMatchObject({ effect: '2027年7月16日(金) 18:30ごろ', hours: '0.5時間', cost: '約13,000円' });
    expect(table[1]).toMatchObject({ hours: '6時間', cost: '約156,200円' });
    expect(table.slice(3).every((r) => r.effect === '不明' && r.cost === '—')).toBe(true);

    // At 23:00 mineo waits for 9:15 next morning; NTT's same day ends within the hour.
    await page.locator('input[name="at"]').fill('2027-07-16T23:00');
    await expect.poll(async () => (await rows(page))[0]!.carrier).toBe('ntt-east');
    table = await rows(page);
    expect(table.slice(0, 3).map((r) => r.carrier)).toEqual(['ntt-east', 'ntt-west', 'mineo']);
    expect(table[2]).toMatchObject({ effect: '2027年7月17日(土) 09:15以降', hours: '10.3時間' });
    expect(table[0]!.hours).toBe('1時間');

    // A rate of 10 calls an hour at ¥100 a call: one hour costs about ¥1,000.
    await page.locator('input[name="calls"]').fill('10');
    await page.locator('input[name="yen"]').fill('100');
    await expect.poll(async () => (await rows(page))[0]!.cost).toBe('約1,000円');
    expect((await rows(page))[2]!.cost).toBe('約10,300円');
    await expect.poll(() => page.url()).toContain('calls=10');

    // Without a rate, no cost is guessed.
    await page.locator('input[name="yen"]').fill('');
    await expect.poll(async () => (await rows(page))[0]!.cost).toBe('—（料金の目安が未入力）');
    await page.screenshot({ path: 'tests/output/exposure.png', fullPage: true });
    await page.close();
  });

  it('shows earlier rules only on request, labelled with their dates', async () => {
    const page = await open('/tools/exposure/?at=2027-07-16T18:00');
    await page.locator('[data-exposure-form]').waitFor();
    const earlier = page.locator('[data-earlier]');
    expect(await earlier.locator('table').isVisible()).toBe(false);
    expect(await earlier.locator('summary').textContent()).toContain('2015-07-07');
    await earlier.locator('summary').click();
    const row = earlier.locator('tbody tr[data-carrier="ntt-east"]');
    // 翌営業日 skips the weekend and 海の日: the end of Tuesday.
    expect(await row.locator('[data-effect]').textContent()).toBe('2027年7月20日(火)中（遅くとも24:00）');
    expect(await row.locator('[data-hours]').textContent()).toBe('102時間');
    await page.close();
  });

  it('through the shared desk, lists its participants as unknown and says why', async () => {
    const page = await open('/tools/exposure/?at=2027-07-16T18:00&via=kokusai-denwa-center');
    await page.locator('[data-exposure-form]').waitFor();
    const table = await rows(page);
    expect(table.find((r) => r.carrier === 'ntt-east')?.effect).toBe('不明');
    expect(await page.locator('[data-channel-reason="kokusai-denwa-center"]').isVisible()).toBe(true);
    await page.close();
  });

  it('marks the carrier a reader came for (?carrier= from the guide)', async () => {
    const page = await open('/guide/');
    await page.locator('a[href*="?carrier=ntt-west"]').click();
    await page.locator('[data-exposure-form]').waitFor();
    const chosen = page.locator('[data-exposure-table] tr.chosen');
    expect(await chosen.first().getAttribute('data-carrier')).toBe('ntt-west');
    expect(await chosen.first().getAttribute('id')).toBe('ntt-west');
    await page.close();
  });

  it('without JavaScript, shows the worked example and no form', async () => {
    const { context: noJs } = await launch({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/en/tools/exposure/`);
    expect(await page.locator('[data-exposure-form]').isVisible()).toBe(false);
    expect(await page.locator('h2#result').textContent()).toContain('Fri 16 Jul 2027 18:00');
    expect(await page.locator('tbody tr').first().locator('[data-effect]').textContent()).toBe(
      'Fri 16 Jul 2027, about 18:30',
    );
    await noJs.close();
  });
});

describe('guide', () => {
  it('prints its checklist and contacts on one A4 page', async () => {
    const page = await open('/guide/');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    // Each page of a PDF is one "/Type /Page" object.
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  it.each(['/tools/exposure/', '/en/tools/exposure/', '/guide/', '/en/guide/'])(
    '%s has no violations',
    async (path) => {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    },
  );

  it('made no off-machine request and logged no CSP violation', () => {
    expect(offMachine).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
