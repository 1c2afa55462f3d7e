import type { Check } from '../context.ts';

/** Ids are unique even ignoring letter case (URLs on case-insensitive disks would clash). */
export const idsUnique: Check = {
  name: 'ids-unique',
  description: 'no two records of a collection have ids that differ only by letter case',
  run: ({ files }) => {
    const seen = new Map<string, string>();
    return files.flatMap(({ collection, id, file }) => {
      const key = `${collection}/${id.toLowerCase()}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, file);
        return [];
      }
      return [{ file, field: '', rule: 'ids-unique', message: `id "${id}" clashes with ${first}; rename one of them` }];
    });
  },
};
