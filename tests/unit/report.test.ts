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
