import { isRealDate, SLUG_PATTERN } from '../../schema/common.ts';
import type { Check } from '../context.ts';
import { visible } from '../safe-text.ts';

/** The id a misnamed file most likely means ("KDDI Mobile" → "kddi-mobile", "kddi\u200b" → "kddi"). */
export function suggestId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** File names are the ids used in URLs: lowercase ASCII, in the collection's layout. */
export const idFormat: Check = {
  name: 'id-format',
  description: 'file names are lowercase ASCII ids in the layout of their collection',
  run: ({ files }) =>
    files.flatMap(({ collection, id, file }) => {
      const parts = id.split('/');
      const problem = (message: string) => [{ file, field: '', rule: 'id-format', message }];
      if (collection === 'terms') {
        if (parts.length !== 2) return problem('a term lives at content/terms/<carrier-id>/<topic-id>.md');
      } else if (parts.length !== 1) {
        return problem(`a ${collection} record lives directly in content/${collection}/`);
      }
      const bad = parts.find((p) => !SLUG_PATTERN.test(p));
      if (bad !== undefined) {
        const fixed = suggestId(bad);
        const hidden = visible(bad) !== bad ? ' (it holds invisible characters, shown as \\uXXXX)' : '';
        return problem(
          `"${bad}" is not a valid id${hidden}; use lowercase ASCII letters, digits and hyphens${fixed ? ` (e.g. "${fixed}")` : ''}`,
        );
      }
      if (collection === 'advisories') {
        const m = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]/.exec(id);
        if (!m || !isRealDate(m[1]!))
          return problem('an advisory file is named <yyyy-mm-dd>-<slug>.md with a real date');
      }
      return [];
    }),
};
