import { z } from 'zod';
import { isoDate, localizedText, sources } from './common.ts';

export const carrierKinds = ['fixed-line', 'ip-phone', 'mobile', 'mvno', 'isp', 'cloud-pbx', 'payments'] as const;

/** A carrier (電気通信事業者): `content/carriers/<carrier-id>.md`. */
export const carrier = z.strictObject({
  /** (fixed) Display name, e.g. { ja: NTT東日本, en: NTT East }. */
  name: localizedText,
  /** Registered company name. */
  legalName: localizedText.optional(),
  /** Earlier names, newest first, with the last day each was used where a source gives it. */
  formerNames: z.array(z.strictObject({ name: localizedText, until: isoDate.optional() })).optional(),
  /** Other names people search for (NTT東, ドコモ, au…). */
  aliases: z.array(z.string().trim().min(1)).optional(),
  /** What kind of service it provides; drives the comparison filter. */
  kinds: z.array(z.enum(carrierKinds)).min(1, 'list at least one kind, e.g. [fixed-line]'),
  /** Home page. */
  website: z.string(),
  /** Page listing its 契約約款 / 利用規約. */
  tariffIndex: z.string().optional(),
  /** Sources for the profile facts (former names, legal name). */
  sources: sources.optional(),
});
export type CarrierData = z.infer<typeof carrier>;
