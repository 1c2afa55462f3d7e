/**
 * `npm run validate [content-dir]`: prints one line per problem, then a count.
 * Exit code 1 when there is any problem, 0 otherwise.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateContent } from './index.ts';
import { formatProblem } from './problem.ts';

const dir = resolve(process.argv[2] ?? process.env.YAKKAN_CONTENT ?? 'content');
const started = performance.now();
const { problems, fileCount } = validateContent(dir);
const ms = Math.round(performance.now() - started);
for (const p of problems) console.log(formatProblem(p));
if (problems.length > 0) {
  const files = new Set(problems.map((p) => p.file)).size;
  console.log(
    `\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${fileCount} records checked in ${ms} ms)`,
  );
  process.exitCode = 1;
} else {
  console.log(`✓ ${fileCount} records valid (${ms} ms)`);
}
