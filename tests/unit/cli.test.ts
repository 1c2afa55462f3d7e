import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BETA, fixtureWith } from '../support/content.ts';

const run = (dir: string, ...extra: string[]) =>
  spawnSync(process.execPath, ['src/validate/cli.ts', ...(dir ? [dir] : []), ...extra], {
    encoding: 'utf8',
    env: { ...process.env, YAKKAN_TODAY: '2026-12-01' },
  });

describe('npm run validate', () => {
  it('exits 0 and says how many records are valid', () => {
    const dir = fixtureWith();
    const result = run(dir);
    rmSync(dir, { recursive: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ 7 records valid/);
  });
  it('exits 1 with one line per problem as path:line field — message [rule], then a count', () => {
    const dir = fixtureWith({
      [BETA]: (t) => t.replace('retrieved:', 'retreived:').replace('evidence: official', 'evidence: offical'),
    });
    const result = run(dir);
    rmSync(dir, { recursive: true });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(
      lines.filter((l) => /terms\/beta\/intl-call-suspension\.md:\d+ \S+ — .+ \[\w[\w-]*\]$/.test(l)),
    ).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/✗ 2 problems in 1 file/);
  });
  it('says once why each broken named rule exists', () => {
    const dir = fixtureWith({ [BETA]: (t) => t.replace(/retrieved: \d{4}-\d{2}-\d{2}/g, 'retrieved: 2099-01-01') });
    const result = run(dir);
    rmSync(dir, { recursive: true });
    expect(result.status).toBe(1);
    const why = result.stdout.split('Why these rules:')[1] ?? '';
    expect(why.match(/\[dates-in-order\] .*no date lies in the future/g)).toHaveLength(1);
  });
  it('--rules lists every named rule with what it guarantees', () => {
    const result = run('', '--rules');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(13);
    expect(lines).toContain('values-sourced — every known value is backed by a source a reader can open');
  });
});
