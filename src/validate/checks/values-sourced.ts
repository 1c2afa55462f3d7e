import { isUnknown } from '../../schema/values.ts';
import { at, type Check, type Loaded } from '../context.ts';
import type { Source } from '../../schema/common.ts';

/** Every known value is backed by at least one source (a source backs all values unless it lists `supports`). */
export const valuesSourced: Check = {
  name: 'values-sourced',
  description: 'every known value is backed by a source a reader can open',
  run: ({ records }) => {
    const rows: { record: Loaded<unknown>; values: Record<string, unknown>; sources: Source[]; path: PropertyKey[] }[] =
      [
        ...records.terms.map((t) => ({ record: t, values: t.data.values, sources: t.data.sources, path: ['values'] })),
        ...records.channels.map((c) => ({
          record: c,
          values: c.data.values,
          sources: c.data.sources,
          path: ['values'],
        })),
        ...records.terms.flatMap((t) =>
          (t.data.history ?? []).map((h, i) => ({
            record: t,
            values: h.values ?? {},
            sources: h.sources,
            path: ['history', i, 'values'],
          })),
        ),
      ];
    return rows.flatMap(({ record, values, sources, path }) =>
      Object.entries(values)
        .filter(([key, value]) => !isUnknown(value) && !sources.some((s) => !s.supports || s.supports.includes(key)))
        .map(([key]) =>
          at(
            record,
            [...path, key],
            'values-sourced',
            `no source backs "${key}"; add its key to the "supports" list of the source that states it, or make it unknown`,
          ),
        ),
    );
  },
};
