import { localizedText } from '../../schema/common.ts';
import { at, type Check } from '../context.ts';
import { writtenValues } from './cells.ts';

const FIX = 'write { unknown: { ja: 何をどこで探したか, en: what was looked for and where } }';

/** An unknown cell says what was looked for, so a gap is honest rather than blank. */
export const unknownHasReason: Check = {
  name: 'unknown-has-reason',
  description: 'a value that is not known carries the reason it is unknown',
  run: (ctx) =>
    writtenValues(ctx).flatMap(({ record, path, value }) => {
      if (value === 'unknown' || value === null || value === '' || value === undefined) {
        return [at(record, path, 'unknown-has-reason', `an unknown value needs a reason; ${FIX}`)];
      }
      if (typeof value === 'object' && 'unknown' in value) {
        const reason = (value as { unknown: unknown }).unknown;
        if (typeof reason === 'string' && reason.trim()) {
          return [
            at(
              record,
              [...path, 'unknown'],
              'unknown-has-reason',
              `give the reason as localized text: { ja: "${reason.slice(0, 20)}…" }`,
            ),
          ];
        }
        if (!localizedText.safeParse(reason).success) {
          return [at(record, [...path, 'unknown'], 'unknown-has-reason', `the reason is missing or empty; ${FIX}`)];
        }
        // An unknown is only a reason: a value beside it ({ unknown: …, kind: minutes }) is a
        // half-edited cell, and readers would see "unknown" while the file says otherwise.
        const extra = Object.keys(value).filter((k) => k !== 'unknown' && k !== 'category');
        if (extra.length > 0) {
          return [
            at(
              record,
              path,
              'unknown-has-reason',
              `an unknown value holds only "unknown"; remove ${extra.map((k) => `"${k}"`).join(', ')} or remove "unknown"`,
            ),
          ];
        }
      }
      return [];
    }),
};
