/**
 * `npm run validate [content-dir]`: prints one line per problem, then what each broken named
 * rule guarantees, then a count. Exit code 1 when there is any problem, 0 otherwise.
 * `npm run validate -- --rules` lists every named rule with what it guarantees.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checks } from './checks/index.ts';
import { validateContent } from './index.ts';
import { formatProblem } from './problem.ts';

const args = process.argv.slice(2);
if (args.includes('--rules')) {
  for (const c of checks) console.log(`${c.name} — ${c.description}`);
  process.exit(0);
}

const dir = resolve(args[0] ?? process.env.YAKKAN_CONTENT ?? 'content');
const started = performance.now();
const { problems, fileCount } = validateContent(dir);
const ms = Math.round(performance.now() - started);
for (const p of problems) console.log(formatProblem(p));
if (problems.length > 0) {
  // Say why each broken named rule exists, once, so a contributor can judge the fix.
  const broken = checks.filter((c) => problems.some((p) => p.rule === c.name));
  if (broken.length > 0)
    console.log(`\nWhy these rules:\n${broken.map((c) => `  [${c.name}] ${c.description}`).join('\n')}`);
  const files = new Set(problems.map((p) => p.file)).size;
  console.log(
    `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${fileCount} records checked in ${ms} ms)`,
  );
  process.exitCode = 1;
} else {
  console.log(`✓ ${fileCount} records valid (${ms} ms)`);
}
