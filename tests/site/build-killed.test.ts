/**
 * A build killed at any phase (validate, astro, pagefind, the swap itself) leaves the previous
 * site served byte for byte, ends its children, and the next build leaves no leftovers (ADR 0002).
 * Builds a small fixture into a temp YAKKAN_DIST, never the real dist/.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../support/browser.ts';
import { fixtureDist, fixtureWith } from '../support/content.ts';

const out = fixtureDist('killed');
const dist = join(out, 'dist');
const before = fixtureWith();
// The next site differs visibly, so a half-swapped dist would show.
const after = fixtureWith({
  'carriers/alpha.md': (t) => t.replace('name: { ja: アルファ通信,', 'name: { ja: アルファ通信改,'),
});

/**
 * Starts a build (`node scripts/build.ts`, or `npm run build` when `viaNpm`); `phaseStarted`
 * resolves with the pid printed for a phase once that phase's child runs.
 */
function startBuild(content: string, extraEnv: Record<string, string> = {}, viaNpm = false) {
  const env = { ...process.env, YAKKAN_CONTENT: content, YAKKAN_DIST: dist, ...extraEnv };
  const proc = viaNpm
    ? spawn(process.execPath, [process.env.npm_execpath!, 'run', '--silent', 'build'], { env })
    : spawn(process.execPath, ['scripts/build.ts'], { env });
  let output = '';
  const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
  proc.stderr.on('data', (d) => (output += d));
  const phaseStarted = (phase: string) =>
    new Promise<number>((done, fail) => {
      const look = () => {
        const m = new RegExp(`▸ ${phase} \\(pid (\\d+)\\)`).exec(output);
        if (m) done(Number(m[1]));
      };
      proc.stdout.on('data', (d) => {
        output += d;
        look();
      });
      proc.on('exit', () => fail(new Error(`build ended before ${phase}:\n${output}`)));
    });
  return { proc, exited, phaseStarted, output: () => output };
}

/** Whether a process runs (a zombie waiting to be reaped has ended). */
const alive = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]![0] !== 'Z';
  } catch {
    return false;
  }
};
const files = (d: string): string[] =>
  readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? files(join(d, e)) : [join(d, e)]));
/** Every file of the site (through the dist symlink) with its hash. */
const snapshot = (): Record<string, string> =>
  Object.fromEntries(
    files(dist).map((f) => [relative(dist, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );

let server: Server;
let url: string;
let site: Record<string, string>;
let home: string;
const orphans: number[] = [];

beforeAll(async () => {
  const first = startBuild(before);
  expect(await first.exited, first.output()).toBe(0);
  site = snapshot();
  ({ server, url } = await serve(dist));
  home = await (await fetch(`${url}/`)).text();
});
afterAll(() => {
  server?.close();
  for (const pid of orphans) if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (const d of [out, before, after]) rmSync(d, { recursive: true, force: true });
});

async function expectPreviousSiteServed() {
  expect(snapshot()).toEqual(site);
  expect(await (await fetch(`${url}/`)).text()).toBe(home);
}

describe('a build stopped by a signal', () => {
  it.each(['validate', 'astro build', 'search index'])(
    'during %s ends its child and its folder, and dist/ stays the previous site',
    async (phase) => {
      const build = startBuild(after);
      const childPid = await build.phaseStarted(phase);
      build.proc.kill('SIGTERM');
      expect(await build.exited).toBe(143);
      expect(build.output()).toContain('build stopped by SIGTERM; dist/ is left as it was');
      await new Promise((r) => setTimeout(r, 200));
      expect(alive(childPid), `${phase} child ${childPid} still running`).toBe(false);
      expect(readdirSync(out).sort()).toEqual(['dist', readdirSync(out).find((e) => e.startsWith('.dist-'))].sort());
      await expectPreviousSiteServed();
    },
  );
});

describe('a build killed outright (SIGKILL, power cut)', () => {
  it('during astro: the orphaned astro never replaces dist/', async () => {
    const build = startBuild(after);
    orphans.push(await build.phaseStarted('astro build'));
    build.proc.kill('SIGKILL');
    await build.exited;
    await expectPreviousSiteServed();
  });

  it('between making the new link and renaming it over dist: dist/ is still the previous site', async () => {
    const build = startBuild(after, { YAKKAN_BUILD_CRASH_AT: 'swap' });
    expect(await build.exited, build.output()).toBe(null);
    expect(readdirSync(out).some((e) => e.endsWith('.link'))).toBe(true);
    await expectPreviousSiteServed();
  });

  // `npm test` runs under npm, which says where it is; a bare `vitest` run has no npm to kill.
  it.skipIf(!process.env.npm_execpath)(
    'of npm alone: the build under it stops instead of publishing later',
    async () => {
      const build = startBuild(after, {}, true);
      const astroPid = await build.phaseStarted('astro build');
      build.proc.kill('SIGKILL'); // npm itself; sh and scripts/build.ts live on below it
      for (let i = 0; i < 100 && !build.output().includes('is gone'); i++) await new Promise((r) => setTimeout(r, 100));
      expect(build.output()).toContain(
        'astro build: the process that started this build is gone; dist/ is left as it was',
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(alive(astroPid)).toBe(false);
      await expectPreviousSiteServed();
    },
  );

  it('the next build ends the orphan, removes every leftover and serves the new site', async () => {
    // Leftovers in the names used before the symlink, from builds long gone.
    for (const name of ['dist.old-4194305', 'dist.staging-4194305']) mkdirSync(join(out, name));
    const build = startBuild(after);
    expect(await build.exited, build.output()).toBe(0);
    for (const pid of orphans) expect(alive(pid), `orphan ${pid}`).toBe(false);
    const left = readdirSync(out);
    expect(left).toHaveLength(2);
    expect(left).toContain('dist');
    expect(left.find((e) => e !== 'dist')).toMatch(/^\.dist-\d+-[a-z0-9]+$/);
    expect(await (await fetch(`${url}/carriers/alpha/`)).text()).toContain('改');
  });
});
