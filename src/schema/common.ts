/**
 * Value types shared by every collection. One rule lives in one place: a date, a
 * localized text or a source means the same thing wherever it appears.
 */
import { z } from 'zod';
import { suggestIsoDate } from './date-hints.ts';

/** Text in Japanese (required, authoritative) and optionally English. */
export const localizedText = z.strictObject({
  /** Japanese text. The Japanese version governs. */
  ja: z.string().trim().min(1, 'must not be empty'),
  /** English text; English pages fall back to the Japanese when absent. */
  en: z.string().trim().min(1, 'must not be empty').optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** A calendar date written `YYYY-MM-DD` that exists (no 2015-02-30). */
export const isoDate = z.string().superRefine((value, ctx) => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (isRealDate(value)) return;
    const [y, m] = value.split('-').map(Number) as [number, number];
    const days = m >= 1 && m <= 12 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : undefined;
    ctx.addIssue({
      code: 'custom',
      message: days
        ? `"${value}" is written correctly but is not a real date: month ${m} of ${y} has ${days} days`
        : `"${value}" is written correctly but is not a real date: there is no month ${m}`,
    });
    return;
  }
  const hint = suggestIsoDate(value);
  ctx.addIssue({
    code: 'custom',
    message: hint
      ? `"${value}" is not an ISO date — write ${hint}`
      : `"${value}" is not a date — write it as YYYY-MM-DD`,
  });
});

/** Whether a `YYYY-MM-DD` string names a day that exists. */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A JST clock time `HH:MM` (24:00 allowed as an end time). */
export const clockTime = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'write a JST time as "HH:MM", e.g. "09:00"');

/** How strong a source is, strongest first. Ranked in `src/model/evidence.ts`. */
export const evidenceKinds = ['tariff', 'official', 'press', 'secondary'] as const;
export const evidence = z.enum(evidenceKinds);
export type Evidence = z.infer<typeof evidence>;

/** A web page or document a reader can open to check a fact. */
export const source = z.strictObject({
  /** (fixed) Absolute http(s) URL of the page itself (checked by the `safe-urls` rule). */
  url: z.string(),
  /** The page's own title, as it appears on the page. */
  title: z.string().trim().min(1),
  /** Who published the page (carrier, ministry, newspaper…). */
  publisher: z.string().trim().min(1),
  /** tariff (the 約款 itself) > official > press > secondary (blogs, mirrors, copies). */
  evidence,
  /** Date shown on the page, if any. */
  published: isoDate.optional(),
  /** (fixed) The day the project read the page. */
  retrieved: isoDate,
  /** URL of an archived copy (Internet Archive, megalodon.jp). */
  archived: z.string().optional(),
  /** Which `values` keys of the record this source backs; omitted = all of them. */
  supports: z.array(z.string()).optional(),
});
export type Source = z.infer<typeof source>;

/** A non-empty list of sources. */
export const sources = z.array(source).min(1, 'add at least one source a reader can open');

/** Lowercase ASCII id with hyphens, as used in URLs. */
/** Record ids and id references: lowercase ASCII words joined by hyphens (ntt-east, iij). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG_PATTERN, 'use lowercase ASCII letters, digits and hyphens');
