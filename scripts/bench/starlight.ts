/**
 * `--compare-starlight`: builds the same Markdown bodies as a plain Starlight site, so our build
 * time can be read against the default choice for an Astro documentation site.
 * Starlight is installed on demand into a cache dir under the OS temp dir (never a project
 * dependency), pinned to the Astro version this project uses.
 *
 * Fairness notes, printed with the figures:
 * - Starlight's build includes its own Pagefind step; ours is validate + astro + pagefind.
 * - Starlight's default sidebar lists every page on every page (O(n²) HTML at 10,000 pages);
 *   the sidebar is configured to a single link so the comparison measures page building, not that.
 * - Starlight builds every body in ja (root) and en, as we do; we also build tables, carrier pages, feeds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPhase, type PhaseResult } from './phases.ts';

const require = createRequire(import.meta.url);

function install(): string {
  const astroVersion = (JSON.parse(readFileSync(require.resolve('astro/package.json'), 'utf8')) as { version: string })
    .version;
  const dir = join(tmpdir(), `yakkan-starlight-astro-${astroVersion}`);
  if (existsSync(join(dir, 'node_modules', '@astrojs', 'starlight'))) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro: astroVersion } }),
  );
  console.log(`Installing @astrojs/starlight (astro ${astroVersion}) into ${dir} …`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '@astrojs/starlight'], {
    cwd: dir,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('Installing Starlight failed (see npm output above).');
  return dir;
}

/** Copies each term body of `corpus` into a fresh Starlight project and builds it. */
export function buildStarlight(corpus: string): { pages: number; build: PhaseResult; version: string } {
  const dir = install();
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n` +
      `export default defineConfig({ integrations: [starlight({ title: 'Yakkan bench', defaultLocale: 'root', ` +
      `locales: { root: { label: '日本語', lang: 'ja' }, en: { label: 'English', lang: 'en' } }, sidebar: [{ label: 'Home', link: '/' }] })] });\n`,
  );
  let pages = 0;
  // Both languages, as ours builds: the Japanese root and /en/, each with every body.
  for (const lang of [docs, join(docs, 'en')]) {
    mkdirSync(lang, { recursive: true });
    writeFileSync(join(lang, 'index.md'), '---\ntitle: Bench\n---\nStarlight bench.\n');
    pages++;
    const terms = join(corpus, 'terms');
    for (const carrier of readdirSync(terms)) {
      mkdirSync(join(lang, carrier));
      for (const file of readdirSync(join(terms, carrier))) {
        const text = readFileSync(join(terms, carrier, file), 'utf8');
        const body = text.slice(text.indexOf('\n---', 4) + 4);
        writeFileSync(join(lang, carrier, file), `---\ntitle: "${carrier} ${file.replace(/\.md$/, '')}"\n---\n${body}`);
        pages++;
      }
    }
  }
  const build = runPhase(
    'starlight',
    process.execPath,
    [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'],
    {},
    dir,
  );
  const version = (
    JSON.parse(readFileSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return { pages, build, version };
}
