import { z } from 'zod';
import { isoDate, localizedText, sources, slug } from './common.ts';

export const advisoryKinds = ['advisory', 'press-release', 'incident', 'regulation', 'statement'] as const;

/** A figure an advisory reports (件数, 被害額…). */
export const figure = z.strictObject({
  /** What is counted. */
  label: localizedText,
  /** The number as reported. */
  value: z.number(),
  /** 件, 円, 回, 社… */
  unit: z.string().trim().min(1),
  /** The date the figure was current, if the source gives it. */
  asOf: isoDate.optional(),
  /** Reported as approximate (約). */
  approximate: z.boolean().optional(),
});

/** A dated advisory, press release, incident or regulatory action: `content/advisories/<date>-<slug>.md`. */
export const advisory = z.strictObject({
  /** (fixed) Date of the advisory; must match the file name. */
  date: isoDate,
  /** Carrier id, or an organisation's name. */
  issuer: z.string().trim().min(1),
  /** advisory | press-release | incident | regulation | statement. */
  kind: z.enum(advisoryKinds),
  /** (fixed) Title; Japanese verbatim where the source has one. */
  title: localizedText,
  /** Carrier ids involved. */
  carriers: z.array(slug).optional(),
  /** Topic ids it bears on. */
  topics: z.array(slug).optional(),
  /** Numbers it reports. */
  figures: z.array(figure).optional(),
  /** What it says, in our words. */
  summary: localizedText.optional(),
  /** (fixed) Where to read it. */
  sources,
});
export type AdvisoryData = z.infer<typeof advisory>;
