/**
 * A term over time (fixture content): which version each cell shows on a given day, the periods
 * of a topic's table, and the recorded changes with what they changed.
 */
import { describe, expect, it } from 'vitest';
import { asOfPeriods, cellsAsOf, changes, currentSince, valueDiffs, type CellAsOf } from '../../src/model/versions.ts';
import { formatValue } from '../../src/model/format.ts';
import { buildSite } from '../../src/model/site.ts';
import { validateContent } from '../../src/validate/index.ts';
import { ALPHA, VALID, fixtureWith } from '../support/content.ts';

const siteOf = (dir: string) =>
  buildSite(validateContent(dir, { root: dir, today: '2026-12-01' }).records, '2026-12-01');
const site = siteOf(VALID);
const alpha = site.term('alpha', 'intl-call-suspension')!;
const beta = site.term('beta', 'intl-call-suspension')!;
/** What each cell reads as on `day`: the value in Japanese, 不明, or "none" for no record. */
const shown = (cells: CellAsOf[]) =>
  Object.fromEntries(
    cells.map((c, i) => [
      alpha.topic.data.attributes[i]!.key,
      c.kind === 'no-record' ? 'none' : c.cell.unknown ? '不明' : formatValue(c.cell.attribute, c.cell.value, 'ja'),
    ]),
  );

describe('a cell as of a day', () => {
  it('shows the earlier version while it was in force, and no record for what it did not record', () => {
    const cells = cellsAsOf(alpha, '2012-04-01');
    expect(shown(cells)).toMatchObject({ leadTime: '3営業日', available: 'none', fee: 'none' });
    const lead = cells[1]!;
    expect(lead).toMatchObject({ kind: 'recorded', current: false, from: '2010-01-01', until: '2015-07-05' });
    // The earlier version is backed by its own sources, not the current ones.
    expect(lead.kind === 'recorded' && lead.cell.sources.map((s) => s.url)).toEqual([
      'https://alpha.example.jp/old.html',
    ]);
  });

  it('switches to the current version on the day the earlier one ended', () => {
    expect(shown(cellsAsOf(alpha, '2015-07-04')).leadTime).toBe('3営業日');
    expect(currentSince(alpha)).toBe('2015-07-05');
    const cells = cellsAsOf(alpha, '2015-07-05');
    expect(shown(cells)).toMatchObject({ leadTime: '翌営業日', available: 'はい', fee: '無料' });
    expect(cells.every((c) => c.kind === 'recorded' && c.current)).toBe(true);
  });

  it('has no record before the earliest recorded version began', () => {
    expect(cellsAsOf(alpha, '2009-12-31').every((c) => c.kind === 'no-record')).toBe(true);
  });

  it('a record without history counts from the day it was verified, never earlier', () => {
    expect(currentSince(beta)).toBe('2026-11-30');
    expect(cellsAsOf(beta, '2026-11-29').every((c) => c.kind === 'no-record')).toBe(true);
    expect(cellsAsOf(beta, '2026-11-30').every((c) => c.kind === 'recorded')).toBe(true);
  });

  it('an earlier version with no start date runs back until the version before it ended', () => {
    const s = siteOf(fixtureWith({ [ALPHA]: (t) => t.replace('  - effective: 2010-01-01\n    until', '  - until') }));
    const cells = cellsAsOf(s.term('alpha', 'intl-call-suspension')!, '1999-01-01');
    expect(cells[1]).toMatchObject({ kind: 'recorded', current: false, from: undefined, until: '2015-07-05' });
  });
});

describe('periods of a topic table', () => {
  it('start at every day a version starts or ends, oldest first, with the stretch before them', () => {
    expect(asOfPeriods(site, 'intl-call-suspension')).toEqual([
      { slug: 'before-2010-01-01', day: '2009-12-31', until: '2010-01-01' },
      { slug: '2010-01-01', day: '2010-01-01', from: '2010-01-01', until: '2015-07-05' },
      { slug: '2015-07-05', day: '2015-07-05', from: '2015-07-05', until: '2026-11-30' },
      { slug: '2026-11-30', day: '2026-11-30', from: '2026-11-30', until: undefined },
    ]);
  });
});

describe('recorded changes', () => {
  it('lists each history entry with its date, the diff anchor on the term page and the values it changed', () => {
    const [change] = changes(site);
    expect(change).toMatchObject({ date: '2015-07-05', anchor: 'v1' });
    expect(change!.term.id).toBe('alpha/intl-call-suspension');
    expect(valueDiffs(change!, 'en')).toEqual([
      { label: expect.any(String), before: '3 business days', after: 'Next business day' },
    ]);
  });
});
