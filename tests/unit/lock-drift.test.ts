import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// Plain JS in .ci/: it runs on the machine's own Node before the project's is installed.
import { lockDrift } from '../../.ci/lock-drift.mjs';

type Lock = { packages: Record<string, Record<string, unknown>> };
const lock: Lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const clone = (): Lock => structuredClone(lock);

describe('CI lock drift check (.ci/lock-drift.mjs)', () => {
  it('passes the committed lock against itself and package.json', () => {
    expect(lockDrift(lock, lock, pkg)).toEqual({ drift: [], tolerated: [] });
  });

  it('tolerates a platform-only optional package the registry starts serving', () => {
    const before = clone();
    const name = 'node_modules/napi-windows-process-start-time';
    expect(before.packages[name], 'the committed lock records the win32-only package').toBeDefined();
    delete before.packages[name];
    const { drift, tolerated } = lockDrift(before, lock, pkg);
    expect(drift).toEqual([]);
    expect(tolerated).toEqual([expect.stringContaining('napi-windows-process-start-time@0.1.0')]);
  });

  it('fails when package.json gains a dependency the lock does not record', () => {
    const { drift } = lockDrift(lock, lock, { ...pkg, dependencies: { ...pkg.dependencies, 'left-pad': '^1.3.0' } });
    expect(drift).toEqual([expect.stringMatching(/dependencies\.left-pad .* run `npm install`/)]);
  });

  it('fails when install adds, drops or re-versions a package that is not platform-only', () => {
    const after = clone();
    after.packages['node_modules/left-pad'] = { version: '1.3.0' };
    delete after.packages['node_modules/yaml'];
    after.packages['node_modules/zod'] = { ...after.packages['node_modules/zod'], version: '0.0.1' };
    const { drift } = lockDrift(lock, after, pkg);
    expect(drift).toHaveLength(3);
    expect(drift.join('\n')).toMatch(/left-pad@1\.3\.0 added/);
    expect(drift.join('\n')).toMatch(/yaml@.* dropped/);
    expect(drift.join('\n')).toMatch(/zod: .* 0\.0\.1 after install/);
  });
});
