import { z } from 'zod';
import { isoDate, localizedText, sources, slug } from './common.ts';
import { values } from './values.ts';

/** A desk shared by several carriers (国際電話不取扱受付センター): `content/channels/<id>.md`. */
export const channel = z.strictObject({
  /** Display name. */
  name: localizedText,
  /** Carrier ids that take part. */
  participants: z.array(slug).min(1),
  /** Topic ids whose values this channel provides. */
  topics: z.array(slug).min(1),
  /** Attribute key → value, for the attributes of `topics`. */
  values,
  /** Where the values come from. */
  sources,
  /** Last day someone checked the sources. */
  verified: isoDate,
});
export type ChannelData = z.infer<typeof channel>;
