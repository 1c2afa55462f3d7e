import { z } from 'zod';
import { localizedText } from './common.ts';
import { attributeTypes } from './values.ts';

/** One column of a comparison table. */
export const attribute = z
  .strictObject({
    /** camelCase key used in terms' `values`. */
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'use a camelCase key such as leadTime'),
    /** Column heading. */
    label: localizedText,
    /** The value type every cell of this column holds. */
    type: z.enum(attributeTypes),
    /** Unit of a `number` column. */
    unit: localizedText.optional(),
    /** Allowed values of an `enum` column, in sort order. */
    options: z.array(z.strictObject({ value: z.string(), label: localizedText })).optional(),
  })
  .refine((a) => a.type !== 'enum' || (a.options?.length ?? 0) > 0, {
    message: 'an enum attribute needs "options"',
    path: ['options'],
  });
export type Attribute = z.infer<typeof attribute>;

/** A comparison dimension: `content/topics/<topic-id>.md`. */
export const topic = z.strictObject({
  /** (fixed) Short title, e.g. 国際電話の発信休止. */
  title: localizedText,
  /** The question a comparison table answers. */
  question: localizedText,
  /** Position in lists (ascending). */
  order: z.number().int(),
  /** The table's columns, in order. */
  attributes: z.array(attribute).min(1),
  /**
   * Other words readers type for this topic (「国際電話 止める」, "international call block").
   * Indexed for search with a high weight on the topic's page; not shown.
   */
  searchTerms: z.array(z.string().min(1)).optional(),
});
export type TopicData = z.infer<typeof topic>;
