/**
 * `node scripts/content-sizes.ts [content-dir]`: the largest file, body and single front-matter
 * value in the content, to check the size limits in src/validate/safe-text.ts against (they
 * are set far above these; see docs/content-model.md).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateContent } from '../src/validate/index.ts';

const dir = resolve(process.argv[2] ?? 'content');
const { records } = validateContent(dir);
const largest = { file: [0, ''], body: [0, ''], value: [0, ''] } as Record<string, [number, string]>;
const keep = (what: string, size: number, where: string) => {
  if (size > largest[what]![0]) largest[what] = [size, where];
};
for (const record of Object.values(records).flat()) {
  keep('file', statSync(resolve(record.file)).size, record.file);
  keep('body', record.body.length, record.file);
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') keep('value', value.length, `${record.file} ${path}`);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(record.data, '');
}
for (const [what, [size, where]] of Object.entries(largest))
  console.log(`${what}: ${size.toLocaleString('en')} ${what === 'file' ? 'bytes' : 'characters'} (${where})`);
