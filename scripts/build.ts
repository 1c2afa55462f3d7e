/**
 * `npm run build`: validate → astro build → pagefind, all into a temporary folder that
 * replaces dist/ only when every step succeeded. A failure leaves the previous dist/
 * untouched (ADR 0002).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HEADERS_FILE } from '../src/security/csp.ts';

const dist = resolve(process.env.YAKKAN_DIST ?? 'dist');
const staging = `${dist}.staging-${process.pid}`;
const old = `${dist}.old-${process.pid}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', YAKKAN_OUT_DIR: staging };
const bin = (name: string) => resolve('node_modules/.bin', name);

function step(label: string, command: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\n✗ ${label} failed; ${existsSync(dist) ? 'the previous dist/ is left as it was' : 'no dist/ was written'}.`,
    );
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (!process.env.YAKKAN_SITE) {
  console.log(
    'ℹ YAKKAN_SITE is not set: canonical links, the sitemap and feeds use http://localhost:4321. ' +
      'Set it to the public origin when deploying (YAKKAN_SITE=https://example.org npm run build).',
  );
}
step('validate', process.execPath, ['src/validate/cli.ts']);
step('astro build', process.execPath, [bin('astro'), 'build', '--silent']);
step('pagefind', bin('pagefind'), ['--site', staging, '--quiet']);
writeFileSync(join(staging, '_headers'), HEADERS_FILE);

if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`✓ site written to ${dist}`);
