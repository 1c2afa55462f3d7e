/**
 * `npm run bench [-- --terms N]`: builds the real site and a synthetic one (N term pages,
 * default 10,000, mixed Japanese/English bodies) in a temp dir, and prints wall time per
 * phase (validate, astro build, pagefind), pages per second, bytes per page type and the
 * search index size. Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const terms = Number(args[args.indexOf('--terms') + 1]) || 10_000;
const bin = (name: string) => resolve('node_modules/.bin', name);

function timed(label: string, command: string, argv: string[], env: Record<string, string>) {
  const started = performance.now();
  const r = spawnSync(command, argv, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stdout}\n${r.stderr}`);
  return seconds;
}
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((e) => (statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : [join(d, e)]));

function measure(name: string, content: string) {
  const out = mkdtempSync(join(tmpdir(), 'yakkan-bench-out-'));
  const env = { YAKKAN_CONTENT: content, YAKKAN_OUT_DIR: out };
  const validate = timed('validate', process.execPath, ['src/validate/cli.ts', content], env);
  const astro = timed('astro', process.execPath, [bin('astro'), 'build', '--silent'], env);
  const pagefind = timed('pagefind', bin('pagefind'), ['--site', out, '--quiet'], env);
  const files = walk(out);
  const pages = files.filter((f) => f.endsWith('.html'));
  const index = files.filter((f) => f.includes('/pagefind/')).reduce((s, f) => s + statSync(f).size, 0);
  const byType: Record<string, number[]> = {};
  for (const f of pages) {
    const type = f.slice(out.length).replace(/^\/en/, '').split('/')[1] || 'home';
    (byType[type] ??= []).push(gzipSync(readFileSync(f)).length);
  }
  console.log(`\n## ${name}: ${pages.length} pages (ja + en)`);
  console.log(`validate  ${validate.toFixed(1)} s`);
  console.log(`astro     ${astro.toFixed(1)} s (${Math.round(pages.length / astro)} pages/s)`);
  console.log(`pagefind  ${pagefind.toFixed(1)} s`);
  console.log(`index     ${(index / 1e6).toFixed(2)} MB on disk`);
  for (const [type, sizes] of Object.entries(byType)) {
    console.log(
      `  ${type.padEnd(12)} median ${(sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)]! / 1024).toFixed(1)} KB gz (${sizes.length} pages)`,
    );
  }
  rmSync(out, { recursive: true, force: true });
}

/** N synthetic terms over the real topics: carriers c000…, every value unknown or a lead time. */
function synthetic(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'yakkan-bench-content-'));
  cpSync('content/topics', join(dir, 'topics'), { recursive: true });
  const topics = readdirSync(join(dir, 'topics')).map((f) => f.replace(/\.md$/, ''));
  const carriers = Math.ceil(n / topics.length);
  mkdirSync(join(dir, 'carriers'));
  for (let c = 0; c < carriers; c++) {
    const id = `c${String(c).padStart(4, '0')}`;
    writeFileSync(
      join(dir, 'carriers', `${id}.md`),
      `---\nname: { ja: 事業者${c}, en: Carrier ${c} }\nkinds: [fixed-line]\nwebsite: https://c${c}.example.jp/\n---\nテスト用の事業者 ${c}。\n`,
    );
    mkdirSync(join(dir, 'terms', id), { recursive: true });
  }
  const keysOf = (topic: string) =>
    [...readFileSync(join(dir, 'topics', `${topic}.md`), 'utf8').matchAll(/- key: (\w+)/g)].map((m) => m[1]!);
  for (let i = 0; i < n; i++) {
    const topic = topics[i % topics.length]!;
    const carrier = `c${String(Math.floor(i / topics.length)).padStart(4, '0')}`;
    const values = keysOf(topic)
      .map((k) => `  ${k}: { unknown: { ja: 合成データ${i}の未調査項目, en: synthetic ${i} } }`)
      .join('\n');
    const body =
      `国際電話の発信休止は申込の翌営業日に完了する。契約約款の責任の制限により、当社は損害を賠償しない場合がある。The tariff limits liability to charges for outage days. 記録${i}。\n\n`.repeat(
        3,
      );
    writeFileSync(
      join(dir, 'terms', carrier, `${topic}.md`),
      `---\ncarrier: ${carrier}\ntopic: ${topic}\nvalues:\n${values}\nsummary: { ja: 合成データ${i}, en: synthetic ${i} }\nsources:\n  - url: https://c.example.jp/${i}\n    title: 約款${i}\n    publisher: 事業者\n    evidence: tariff\n    retrieved: 2026-11-30\nverified: 2026-11-30\n---\n${body}`,
    );
  }
  mkdirSync(join(dir, 'advisories'));
  return dir;
}

measure('real site', resolve('content'));
const dir = synthetic(terms);
try {
  measure(`synthetic, ${terms} terms`, dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
