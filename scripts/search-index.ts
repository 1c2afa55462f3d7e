/**
 * Build step (scripts/build.ts, after astro): the Pagefind search index, in bundles of bounded
 * size, so that indexing memory stays flat however many term records there are (ADR 0010).
 *
 * - `/pagefind/`: every page except term pages, both languages (topic tables, carriers,
 *   advisories, guide, tools…). The search island loads it first, so a first result arrives
 *   after fetching one small index.
 * - `/pagefind/terms/<lang>-<n>/`: term pages of one language, at most TERM_PAGES_PER_BUNDLE
 *   each. The island merges them into the first (`mergeIndex`) and ranks all hits together.
 * - `/pagefind/bundles.json`: which term bundles each language has.
 *
 * Pagefind keeps a whole index in memory until it writes it (≈0.3 MB per Japanese term page),
 * so one index over 10,000 terms peaked at 4.3 GB. Each bundle is indexed by its own Pagefind
 * process, run over a folder of hard links to that bundle's pages (URLs stay the site's).
 * `node scripts/search-index.ts <site folder>`.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Term pages per bundle: ≈1 GB of Pagefind memory for Japanese pages (measured, issue 16). */
export const TERM_PAGES_PER_BUNDLE = 3_500;

export interface Bundle {
  /** Site path of the bundle folder, e.g. /pagefind/ or /pagefind/terms/ja-0/. */
  path: string;
  /** Page files (relative to the site folder, `/`-separated) indexed into it. */
  pages: string[];
}

const LANGS = ['ja', 'en'] as const;

/**
 * Splits a site's HTML pages into bundles: one for everything but term pages, then the term
 * pages of each language in sorted order, cut into equal bundles of at most `perBundle`.
 */
export function planBundles(pages: string[], perBundle = TERM_PAGES_PER_BUNDLE): Bundle[] {
  const isTerm = (page: string) => /^(?:en\/)?terms\//.test(page);
  const bundles: Bundle[] = [{ path: '/pagefind/', pages: pages.filter((p) => !isTerm(p)).sort() }];
  for (const lang of LANGS) {
    const terms = pages.filter((p) => isTerm(p) && p.startsWith('en/') === (lang === 'en')).sort();
    const count = Math.ceil(terms.length / perBundle);
    const size = Math.ceil(terms.length / Math.max(count, 1));
    for (let i = 0; i < count; i++) {
      bundles.push({ path: `/pagefind/terms/${lang}-${i}/`, pages: terms.slice(i * size, (i + 1) * size) });
    }
  }
  return bundles;
}

/** What the island reads: the term bundles to merge, per page language. */
export function bundleManifest(bundles: Bundle[]): Record<(typeof LANGS)[number], string[]> {
  const paths = bundles.map((b) => b.path);
  return {
    ja: paths.filter((p) => p.startsWith('/pagefind/terms/ja-')),
    en: paths.filter((p) => p.startsWith('/pagefind/terms/en-')),
  };
}

/** HTML pages of the built site that Pagefind would index (those with data-pagefind-body). */
function indexablePages(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      const rel = relative(site, path).split(sep).join('/');
      // Generated assets, images and no-index embed cards hold nothing to search.
      if (/^(?:en\/)?(?:pagefind|og|_astro|embed)(?:\/|$)/.test(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.html')) out.push(rel);
    }
  };
  walk(site);
  return out;
}

/** The Pagefind binary of the installed package (the extended one segments Japanese). */
const PAGEFIND = resolve('node_modules/.bin/pagefind');

/** Indexes one bundle: hard links of its pages in a scratch folder, one Pagefind process. */
async function indexBundle(site: string, bundle: Bundle, scratch: string): Promise<void> {
  rmSync(scratch, { recursive: true, force: true });
  for (const page of bundle.pages) {
    const link = join(scratch, page);
    mkdirSync(dirname(link), { recursive: true });
    linkSync(join(site, page), link);
  }
  const output = join(site, bundle.path);
  const child = spawn(PAGEFIND, ['--site', scratch, '--output-path', output, '--quiet'], { stdio: 'inherit' });
  const status = await new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  rmSync(scratch, { recursive: true, force: true });
  if (status !== 0) throw new Error(`pagefind failed for ${bundle.path} (exit ${status})`);
  if (bundle.path !== '/pagefind/') {
    // Merged bundles use the first bundle's script and WebAssembly; keep only their index.
    for (const entry of readdirSync(output)) {
      if (!/^(?:pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/.test(entry)) {
        rmSync(join(output, entry), { recursive: true, force: true });
      }
    }
  }
}

if (import.meta.main) {
  const site = process.argv[2] && resolve(process.argv[2]);
  if (!site || !existsSync(site)) {
    console.error('usage: node scripts/search-index.ts <site folder>: the folder astro built');
    process.exit(2);
  }
  const started = performance.now();
  const bundles = planBundles(indexablePages(site));
  // Pagefind indexes on about one core, so bundles run one per core (it never empties its output
  // folder, so term bundles can be written inside the first while it runs). Peak memory per
  // process stays one bundle's.
  const queue = bundles.map((bundle, i) => () => indexBundle(site, bundle, join(site, `.search-scratch-${i}`)));
  await Promise.all(
    Array.from({ length: availableParallelism() }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    }),
  );
  writeFileSync(join(site, 'pagefind', 'bundles.json'), JSON.stringify(bundleManifest(bundles)));
  const pages = bundles.reduce((n, b) => n + b.pages.length, 0);
  console.log(
    `  search index: ${pages} pages in ${bundles.length} bundle(s) in ${Math.round(performance.now() - started)} ms`,
  );
}
