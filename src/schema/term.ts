import { z } from 'zod';
import { isoDate, localizedText, sources, slug } from './common.ts';
import { values } from './values.ts';

/** Words quoted verbatim from a source. */
export const quote = z.strictObject({
  /** The clause's own words, at most a few sentences, verbatim. */
  text: z.string().trim().min(1),
  /** Language of the quoted text. */
  lang: z.enum(['ja', 'en']),
});

/** Which clause of which document a quote comes from. */
export const clause = z.strictObject({
  /** The document's name, e.g. IP通信網サービス契約約款. */
  document: z.string().trim().min(1),
  /** Article as written, e.g. 第48条. */
  article: z.string().trim().min(1).optional(),
  /** When the quoted wording took effect. */
  effective: isoDate.optional(),
});

/** An earlier version of a term. */
export const historyEntry = z.strictObject({
  /** When the earlier version took effect. */
  effective: isoDate.optional(),
  /** When it was replaced. */
  until: isoDate.optional(),
  /** The earlier values (same keys as `values`). */
  values: values.optional(),
  /** The earlier wording. */
  quote: quote.optional(),
  /** The clause the earlier wording was in. */
  clause: clause.optional(),
  /** What changed, in our words. */
  note: localizedText,
  /** Where the earlier version is documented. */
  sources,
});
export type HistoryEntry = z.infer<typeof historyEntry>;

/** One carrier's position on one topic: `content/terms/<carrier-id>/<topic-id>.md`. */
export const term = z.strictObject({
  /** (fixed) Carrier id; must match the folder. */
  carrier: slug,
  /** (fixed) Topic id; must match the file name. */
  topic: slug,
  /** The carrier's services this covers (ひかり電話, 0061…). */
  services: z.array(z.string().trim().min(1)).optional(),
  /** A shared channel whose values fill the keys this term leaves out. */
  channel: slug.optional(),
  /** (fixed) Attribute key → typed value or { unknown: reason }. */
  values,
  /** The clause the quote comes from. */
  clause: clause.optional(),
  /** Verbatim words of the clause or page. */
  quote: quote.optional(),
  /** Plain-language meaning, in our words. */
  summary: localizedText,
  /** (fixed) Where every value comes from. */
  sources,
  /** (fixed) Last day someone checked the sources still say this. */
  verified: isoDate,
  /** Earlier versions, newest first. */
  history: z.array(historyEntry).optional(),
});
export type TermData = z.infer<typeof term>;
