import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const installed = (pkg: string): string =>
  JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version as string;

/** Compares dotted release versions numerically (7.10.0 > 7.2.8), ignoring pre-release tags. */
const atLeast = (version: string, minimum: string): boolean => {
  const a = version.split('-')[0]!.split('.').map(Number);
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < b.length; i++) if ((a[i] ?? 0) !== b[i]) return (a[i] ?? 0) > b[i]!;
  return true;
};

describe('runtime versions', () => {
  it('runs on Node 22 or newer (npm silently falls back to the machine Node 20 if the pinned one is missing)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('uses Astro 7.2.8 or newer (the minimum the toolchain notes set after a security advisory on sharp)', () => {
    const version = installed('astro');
    expect(atLeast(version, '7.2.8'), `astro ${version} is installed`).toBe(true);
  });

  it('compares versions numerically, not as text', () => {
    expect(atLeast('7.10.0', '7.2.8')).toBe(true);
    expect(atLeast('7.2.8', '7.2.8')).toBe(true);
    expect(atLeast('7.2.7', '7.2.8')).toBe(false);
    expect(atLeast('6.9.9', '7.2.8')).toBe(false);
  });
});
