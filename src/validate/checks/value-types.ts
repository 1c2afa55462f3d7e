import { isUnknown, valueExampleByType, valueSchemaByType } from '../../schema/values.ts';
import { didYouMean } from '../friendly-issues.ts';
import { at, type Check } from '../context.ts';
import { writtenValues } from './cells.ts';

const isBlank = (v: unknown) => v === 'unknown' || v === null || v === '' || v === undefined;

/** Each value has the type its topic declares for that column (checked against that type's schema). */
export const valueTypes: Check = {
  name: 'value-types',
  description: "every value has its column's type (lead time, yen, hours, enum option…)",
  run: (ctx) =>
    writtenValues(ctx).flatMap(({ record, path, value, attribute }) => {
      // Unknowns and blanks are the business of unknown-has-reason.
      if (isBlank(value) || isUnknown(value)) return [];
      const result = valueSchemaByType[attribute.type].safeParse(value);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        return [
          at(
            record,
            [...path, ...issue.path],
            'value-types',
            `not a valid ${attribute.type} value (${issue.message}); write ${valueExampleByType[attribute.type]}`,
          ),
        ];
      }
      if (attribute.type === 'enum') {
        const options = attribute.options?.map((o) => o.value) ?? [];
        if (!options.includes(value as string)) {
          const hint = didYouMean(String(value), options);
          return [
            at(
              record,
              path,
              'value-types',
              `"${String(value)}" is not an option of ${attribute.key}${hint ? ` — did you mean "${hint}"?` : ''}; use one of: ${options.join(', ')}`,
            ),
          ];
        }
      }
      return [];
    }),
};
