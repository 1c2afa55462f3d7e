/**
 * The typed values of a comparison cell. A topic declares each column's `type`; the
 * `value-types` check validates each term's value against the schema for that type.
 */
import { z } from 'zod';
import { localizedText } from './common.ts';
import { hours } from './hours.ts';
import { leadTime } from './lead-time.ts';
import { yen } from './yen.ts';

export const attributeTypes = ['lead-time', 'yen', 'boolean', 'text', 'list', 'hours', 'enum', 'number'] as const;
export type AttributeType = (typeof attributeTypes)[number];

/**
 * Why a value is unknown, in a word a table can show beside 不明 (the full reason stays on the
 * term page): no-official-statement (searched, nothing official says it), tariff-not-read (the
 * tariff article exists or should exist but its text was not read), sources-disagree,
 * no-such-service (a source says the carrier does not offer it), follows-from-unknown (the
 * procedure or service this column describes is itself unknown).
 */
export const unknownCategories = [
  'no-official-statement',
  'tariff-not-read',
  'sources-disagree',
  'no-such-service',
  'follows-from-unknown',
] as const;
export type UnknownCategory = (typeof unknownCategories)[number];

/** A cell whose value could not be established: says what was looked for and why it is unknown. */
export const unknownValue = z.strictObject({
  /** What was looked for, where, and why it stays unknown. */
  unknown: localizedText,
  /** The reason in one word from `unknownCategories`, only where the reason text says so. */
  category: z.enum(unknownCategories).optional(),
});
export type UnknownValue = z.infer<typeof unknownValue>;

/** The schema of a known value, per attribute type (`enum` is checked against the topic's options). */
export const valueSchemaByType: Record<AttributeType, z.ZodType> = {
  'lead-time': leadTime,
  yen,
  boolean: z.boolean(),
  text: localizedText,
  list: z.array(localizedText).min(1),
  hours,
  enum: z.string(),
  number: z.number(),
};

/** How to write a value of each type, for error messages. */
export const valueExampleByType: Record<AttributeType, string> = {
  'lead-time': '{ kind: business-days, value: 1 }',
  yen: 'free, or { amount: 30000, tax: included }',
  boolean: 'true or false',
  text: '{ ja: …, en: … }',
  list: '[{ ja: …, en: … }]',
  hours: '{ days: daily, from: "09:00", to: "17:00" }',
  enum: "one of the topic's options",
  number: 'a number, e.g. 24',
};

export function isUnknown(value: unknown): value is UnknownValue {
  return typeof value === 'object' && value !== null && 'unknown' in value;
}

/** `values`: attribute key → a typed value or `{ unknown: reason }`; typed per topic by `value-types`. */
export const values = z.record(z.string(), z.unknown());
