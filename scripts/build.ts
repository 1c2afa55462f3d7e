/**
 * `npm run build`: validate → astro build → Open Graph images → search index (Pagefind), all into a new
 * versioned folder `.dist-<pid>-<time>/`; then `dist` (a symlink) is switched to it by renaming a temporary
 * symlink over it, which rename(2) does atomically. At every instant `dist` is either the
 * previous complete site or the new complete one (ADR 0002). Leftovers of killed builds are
 * removed at the start of the next build, and the children (each in its own process group)
 * are ended with the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HEADERS_FILE } from '../src/security/csp.ts';

const dist = resolve(process.env.YAKKAN_DIST ?? 'dist');
const parent = dirname(dist);
const base = basename(dist);
// `.dist-*` is git-ignored; the pid in the name says which build owns the folder.
const version = join(parent, `.${base}-${process.pid}-${Date.now().toString(36)}`);
const nextLink = `${version}.link`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', YAKKAN_OUT_DIR: version };
const bin = (name: string) => resolve('node_modules/.bin', name);

/** Names this build (and earlier ones, also before the symlink) leaves beside dist. */
const OWNED = new RegExp(
  `^(?:\\.${escape(base)}-(\\d+)-[a-z0-9]+(?:\\.link|\\.old)?|${escape(base)}\\.(?:old|staging)-(\\d+))$`,
);
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folder `dist` points at now (undefined when dist is missing or a plain folder). */
function currentTarget(): string | undefined {
  try {
    return lstatSync(dist).isSymbolicLink() ? resolve(parent, readlinkSync(dist)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Processes still writing into `folder` (an astro or pagefind child orphaned when its build was
 * killed with SIGKILL), found by the YAKKAN_OUT_DIR they were started with. Linux only (/proc).
 */
function writersOf(folder: string): number[] {
  if (!existsSync('/proc')) return [];
  const marker = `\0YAKKAN_OUT_DIR=${folder}\0`;
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        return `\0${readFileSync(`/proc/${pid}/environ`, 'latin1')}`.includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Removes what killed or crashed builds left beside dist; a running build's folder is kept. */
function removeLeftovers(): void {
  const current = currentTarget();
  for (const entry of readdirSync(parent)) {
    const m = OWNED.exec(entry);
    if (!m) continue;
    const path = join(parent, entry);
    const owner = Number(m[1] ?? m[2]);
    if (path === current || (owner !== process.pid && alive(owner))) continue;
    for (const pid of writersOf(path)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    rmSync(path, { recursive: true, force: true, maxRetries: 5 });
  }
}

/**
 * The processes whose death makes this build an orphan: its parent and, under npm, the chain up
 * to npm itself (npm runs scripts through `sh -c`). Killing only `npm` must not let this build go
 * on to replace dist later.
 */
function ancestry(): number[] {
  const chain = [process.ppid];
  if (!process.env.npm_lifecycle_event || !existsSync('/proc')) return chain;
  for (let i = 0; i < 3; i++) {
    const pid = chain.at(-1)!;
    try {
      if (/\bnpm\b|npm-cli/.test(readFileSync(`/proc/${pid}/cmdline`, 'latin1'))) break;
      const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]!.split(' ')[1]);
      if (ppid <= 1) break;
      chain.push(ppid);
    } catch {
      break;
    }
  }
  return chain;
}
const ancestors = ancestry();
const orphaned = () => process.ppid !== ancestors[0] || ancestors.some((pid) => !alive(pid));

let child: ChildProcess | undefined;
let stopping = false;

/** Ends the running child (its whole process group), removes this build's folders, exits. */
function stop(code: number, why: string): never {
  stopping = true;
  // The whole group, even if its leader has exited: what it started must not outlive the build.
  if (child?.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  rmSync(nextLink, { force: true });
  rmSync(version, { recursive: true, force: true, maxRetries: 5 });
  console.error(
    `\n✗ ${why}; ${currentTarget() || existsSync(dist) ? 'dist/ is left as it was' : 'no dist/ was written'}.`,
  );
  process.exit(code);
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.on(signal, () => {
    // Forward it so the child can stop cleanly, then make sure it is gone.
    if (child?.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        /* already gone */
      }
    }
    stop(128 + number, `build stopped by ${signal}`);
  });
}

async function step(label: string, command: string, args: string[]): Promise<void> {
  const started = performance.now();
  // detached: its own process group, so the build can end it and everything it started.
  child = spawn(command, args, { stdio: 'inherit', env, detached: true });
  console.log(`▸ ${label} (pid ${child.pid})`);
  const watch = setInterval(() => {
    if (orphaned()) stop(1, `${label}: the process that started this build is gone`);
  }, 500);
  const status = await new Promise<number | null>((done) => {
    child!.on('exit', (code) => done(code));
    child!.on('error', (e) => {
      console.error(`✗ ${label} could not start: ${e.message}`);
      done(1);
    });
  });
  clearInterval(watch);
  if (stopping) return new Promise(() => {}); // a signal handler is exiting
  if (status !== 0) stop(status ?? 1, `${label} failed`);
  console.log(`✓ ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/** Points dist at the new version in one rename(2), then removes the version it replaced. */
function swap(): void {
  if (orphaned()) stop(1, 'the process that started this build is gone');
  const previous = currentTarget();
  symlinkSync(basename(version), nextLink);
  if (process.env.YAKKAN_BUILD_CRASH_AT === 'swap') process.kill(process.pid, 'SIGKILL'); // crash test
  let stat;
  try {
    stat = lstatSync(dist);
  } catch {
    /* first build */
  }
  // dist as a plain folder (builds before the symlink) cannot be replaced by a symlink atomically;
  // it is moved aside once, the only moment without a dist.
  const plainFolder = stat && !stat.isSymbolicLink() ? `${version}.old` : undefined;
  if (plainFolder) renameSync(dist, plainFolder);
  renameSync(nextLink, dist);
  for (const old of [previous, plainFolder])
    if (old && old !== version) rmSync(old, { recursive: true, force: true, maxRetries: 5 });
}

if (!process.env.YAKKAN_SITE) {
  console.log(
    'ℹ YAKKAN_SITE is not set: canonical links, the sitemap and feeds use http://localhost:4321. ' +
      'Set it to the public origin when deploying (YAKKAN_SITE=https://example.org npm run build).',
  );
}
mkdirSync(parent, { recursive: true });
removeLeftovers();
await step('validate', process.execPath, ['src/validate/cli.ts']);
await step('astro build', process.execPath, [bin('astro'), 'build', '--silent']);
// After astro, which empties its outDir first (ADR 0008).
await step('og images', process.execPath, ['scripts/og.ts', version]);
// Pagefind, in bundles of bounded size (ADR 0010).
await step('search index', process.execPath, ['scripts/search-index.ts', version]);
writeFileSync(join(version, '_headers'), HEADERS_FILE);
swap();
console.log(`✓ site written to ${dist} (→ ${basename(version)})`);
