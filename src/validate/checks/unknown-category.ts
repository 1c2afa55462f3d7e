import { unknownCategories } from '../../schema/values.ts';
import { at, type Check } from '../context.ts';
import { writtenValues } from './cells.ts';

/** An unknown's category is one word from the controlled list, so tables can show it beside 不明. */
export const unknownCategory: Check = {
  name: 'unknown-category',
  description: `an unknown's category is one of ${unknownCategories.join(', ')} (or left out)`,
  run: (ctx) =>
    writtenValues(ctx).flatMap(({ record, path, value }) => {
      if (typeof value !== 'object' || value === null || !('category' in value)) return [];
      const category = (value as { category: unknown }).category;
      if ((unknownCategories as readonly unknown[]).includes(category)) return [];
      return [
        at(
          record,
          [...path, 'category'],
          'unknown-category',
          `"${String(category)}" is not a category; use one of ${unknownCategories.join(', ')}, or leave "category" out when none fits the reason`,
        ),
      ];
    }),
};
