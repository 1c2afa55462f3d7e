/**
 * `npm run bench [-- --terms N[,N…]] [--compare-starlight] [--skip-real]`
 *
 * Builds the real site and a synthetic one (N term records, default 10,000; see synthetic.ts)
 * into temp dirs and prints, per site: wall time and peak memory of validate / astro build /
 * Open Graph images / search index (Pagefind, in bundles), pages per second, the images' share of the build, median gzipped
 * bytes per page type, the search index size, and search in Chromium on loopback (bytes fetched
 * and time until the first result, cold and warm).
 * With --compare-starlight it also builds the synthetic bodies as a plain Starlight site and
 * prints our build time divided by Starlight's. Prints figures; asserts nothing (not part of CI).
 */
import { readdirSync, readFileSync, rmSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatPhase, runPhase, type PhaseResult } from './phases.ts';
import { measureSearch } from './search.ts';
import { buildStarlight } from './starlight.ts';
import { syntheticCorpus } from './synthetic.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// `--terms 1000,3000,10000` builds each size in turn and ends with one table (linear growth, ratio).
const sizes = (option('--terms') ?? '10000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 9)) {
  console.error(
    `--terms must be whole numbers of at least 9 (one per topic), comma-separated; got ${option('--terms')}`,
  );
  process.exit(2);
}
const bin = (name: string) => resolve('node_modules/.bin', name);

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Measured {
  pages: number;
  seconds: number;
  /** The largest phase's peak RSS: the figure issue 16's 2 GB rule is about. */
  peakMB?: number;
}

async function measure(name: string, content: string): Promise<Measured> {
  const out = mkdtempSync(join(tmpdir(), 'yakkan-bench-out-'));
  const env = { YAKKAN_CONTENT: content, YAKKAN_OUT_DIR: out };
  try {
    const phases: [string, PhaseResult][] = [
      ['validate', runPhase('validate', process.execPath, ['src/validate/cli.ts', content], env)],
      ['astro', runPhase('astro build', process.execPath, [bin('astro'), 'build', '--silent'], env)],
      ['og images', runPhase('og images', process.execPath, ['scripts/og.ts', out], env)],
      ['search', runPhase('search index', process.execPath, ['scripts/search-index.ts', out], env)],
    ];
    const files = walk(out);
    const pages = files.filter((f) => f.endsWith('.html'));
    const indexFiles = files.filter((f) => f.includes('/pagefind/'));
    const byType: Record<string, number[]> = {};
    for (const f of pages) {
      const type = f.slice(out.length).replace(/^\/en/, '').split('/')[1] || 'home';
      (byType[type] ??= []).push(gzipSync(readFileSync(f)).length);
    }
    const total = phases.reduce((s, [, p]) => s + p.seconds, 0);
    console.log(`\n## ${name}: ${pages.length} pages (ja + en)`);
    for (const [label, p] of phases) {
      console.log(
        formatPhase(label, p, label === 'astro' ? `  (${Math.round(pages.length / p.seconds)} pages/s)` : ''),
      );
    }
    console.log(
      `${'total'.padEnd(9)} ${total.toFixed(1).padStart(6)} s  (${Math.round(pages.length / total)} pages/s end to end)`,
    );
    // Issue 14's rule: the preview images may cost at most 20 % of the build (ADR 0008).
    const og = phases.find(([label]) => label === 'og images')![1];
    const images = files.filter((f) => f.startsWith(join(out, 'og')) && f.endsWith('.png'));
    console.log(
      `Open Graph images: ${images.length} in ${og.seconds.toFixed(1)} s = ${((100 * og.seconds) / total).toFixed(1)} % of the build` +
        ` (rule: under 20 %), ${kb(median(images.map((f) => statSync(f).size)))} median`,
    );
    console.log('Bytes per page type (median, gzip):');
    for (const [type, sizes] of Object.entries(byType).sort()) {
      console.log(`  ${type.padEnd(12)} ${kb(median(sizes)).padStart(9)}  (${sizes.length} pages)`);
    }
    const indexBytes = indexFiles.reduce((s, f) => s + statSync(f).size, 0);
    console.log(`Search index: ${(indexBytes / 1e6).toFixed(2)} MB on disk in ${indexFiles.length} files`);
    for (const [path, query, warm] of [
      ['/', '国際電話', '責任の制限'],
      ['/en/', 'liability', 'suspension'],
    ] as const) {
      // Median of 3 visits, each in a fresh browser profile (cold cache).
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await measureSearch(out, path, query, warm));
      const s = { ...runs[0]!, coldMs: median(runs.map((r) => r.coldMs)), warmMs: median(runs.map((r) => r.warmMs)) };
      console.log(
        `  from ${path.padEnd(4)} first search「${s.query}」: first result after ${s.coldMs.toFixed(0)} ms (median of 3), ${kb(s.coldBytes)} fetched ` +
          `(${kb(s.coldPagefindBytes)} Pagefind) in ${s.coldRequests} requests`,
      );
      console.log(
        `  then on the search page「${s.warmQuery}」: all results listed after ${s.warmMs.toFixed(0)} ms (incl. 200 ms typing debounce), ` +
          `${kb(s.warmPagefindBytes)} more fetched`,
      );
    }
    const peaks = phases.map(([, p]) => p.peakMB).filter((m) => m !== undefined);
    return { pages: pages.length, seconds: total, peakMB: peaks.length ? Math.max(...peaks) : undefined };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const mb = (m?: number) => (m === undefined ? 'n/a' : `${m.toFixed(0)} MB`);
const perPage = (m: Measured) => `${((1000 * m.seconds) / m.pages).toFixed(2)} ms`;

console.log(`Yakkan bench — Node ${process.versions.node}, ${new Date().toISOString()}`);
if (!args.includes('--skip-real')) await measure('real site', resolve('content'));
const rows: string[] = [];
for (const terms of sizes) {
  const corpus = syntheticCorpus(terms);
  try {
    const ours = await measure(`synthetic, ${terms} terms`, corpus);
    let row = `| ${terms} | ${ours.pages} | ${ours.seconds.toFixed(1)} s | ${mb(ours.peakMB)} | ${perPage(ours)} |`;
    if (args.includes('--compare-starlight')) {
      const starlight = buildStarlight(corpus);
      const sl = { pages: starlight.pages, seconds: starlight.build.seconds, peakMB: starlight.build.peakMB };
      console.log(`\n## Starlight ${starlight.version}, same ${terms} bodies: ${starlight.pages} pages (ja + en)`);
      console.log(formatPhase('build', starlight.build, '  (astro + its Pagefind step)'));
      const ratio = ours.seconds / sl.seconds;
      console.log(
        `Ratio: Yakkan ${ours.seconds.toFixed(1)} s / Starlight ${sl.seconds.toFixed(1)} s = ${ratio.toFixed(2)}` +
          ` (rule: at most 1.00); peak memory ${mb(ours.peakMB)} vs ${mb(sl.peakMB)} (rule: at most 2048 MB)`,
      );
      row += ` ${sl.pages} | ${sl.seconds.toFixed(1)} s | ${mb(sl.peakMB)} | ${perPage(sl)} | ${ratio.toFixed(2)} |`;
    }
    rows.push(row);
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}
console.log('\n## Summary (time = validate + astro + images + search index; peak = largest phase, RSS)');
console.log(
  '| terms | pages | time | peak | per page |' +
    (args.includes('--compare-starlight') ? ' Starlight pages | time | peak | per page | ratio |' : ''),
);
console.log('|---|---|---|---|---|' + (args.includes('--compare-starlight') ? '---|---|---|---|---|' : ''));
for (const row of rows) console.log(row);
