import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureWith } from '../support/content.ts';

const report = (dir: string) =>
  spawnSync(process.execPath, ['scripts/report.ts'], {
    encoding: 'utf8',
    env: { ...process.env, YAKKAN_CONTENT: dir, YAKKAN_TODAY: '2026-12-01' },
  });

describe('npm run report', () => {
  it('prints each cell with its strongest evidence and known/total values, then the totals', () => {
    const dir = fixtureWith();
    const result = report(dir);
    rmSync(dir, { recursive: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^alpha\s+T 5\/5/m);
    expect(result.stdout).toMatch(/^beta\s+O 4\/5/m);
    expect(result.stdout).toContain('Cells: 2 — sourced 2 (100.0 %), unknown 0');
    expect(result.stdout).toContain('Advisories per year (1 in all): 2015: 1');
    expect(result.stdout).toContain('Terms verified in the last 12 months: 2 of 2');
  });

  it('counts a carrier × topic pair without a record as a gap and lists it', () => {
    const dir = fixtureWith();
    rmSync(`${dir}/terms/beta/intl-call-suspension.md`);
    const result = report(dir);
    rmSync(dir, { recursive: true });
    expect(result.stdout).toMatch(/^beta\s+missing/m);
    expect(result.stdout).toMatch(/^\s+beta\/intl-call-suspension\s+（記録なし/m);
    expect(result.stdout).toContain('Cells: 2 — sourced 1 (50.0 %), unknown 1');
  });
});

describe('npm run report: quotes to recheck', () => {
  it('says when sources:check has never run', () => {
    const dir = fixtureWith();
    const result = report(dir);
    rmSync(dir, { recursive: true });
    expect(result.stdout).toContain('Quotes to recheck: not known — npm run sources:check has not been run');
  });

  it('counts and lists the records whose quote the last check did not find', () => {
    const dir = fixtureWith({
      '.snapshots/status.json': JSON.stringify({
        checked: '2026-12-03',
        records: {
          'terms/alpha/intl-call-suspension.md': { checked: '2026-12-03', quote: 'not-found' },
          'terms/beta/intl-call-suspension.md': { checked: '2026-12-03', quote: 'found' },
        },
        captures: {},
      }),
    });
    const result = report(dir);
    rmSync(dir, { recursive: true });
    expect(result.stdout).toContain('last run 2026-12-03): 1\n  terms/alpha/intl-call-suspension.md (2026-12-03)');
    expect(result.stdout).not.toContain('  terms/beta/intl-call-suspension.md (');
  });
});
