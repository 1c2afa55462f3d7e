import { z } from 'zod';
import { clockTime, localizedText } from './common.ts';
import { hours } from './hours.ts';

/** How a lead time is counted. */
export const leadTimeKinds = ['immediate', 'minutes', 'hours', 'business-days', 'calendar-days'] as const;

/**
 * Time from a request to its effect (e.g. from a suspension request to the block).
 * Structured so that tables can sort it and calculators can compute with it.
 */
export const leadTime = z
  .strictObject({
    /** immediate | minutes | hours | business-days (Japanese business days) | calendar-days (0 = same day). */
    kind: z.enum(leadTimeKinds),
    /** How many of `kind`; required except for `immediate`. */
    value: z.number().nonnegative().optional(),
    /** Requests received after this JST time count from the next day. */
    cutoff: clockTime.optional(),
    /** When requests are taken; outside these hours they wait for the next opening. */
    reception: hours.optional(),
    /**
     * When a request made outside `reception` takes effect on the next reception day, where the
     * source gives a time instead of counting the lead time from the opening (mineo: requests
     * 20:50–9:10 complete "after 9:15 next day" → `afterHours: "09:15"`). Needs `reception`.
     */
    afterHours: clockTime.optional(),
    /** What the source adds in words (e.g. 夜間受付は翌日9:15以降). */
    note: localizedText.optional(),
  })
  .refine((t) => t.kind === 'immediate' || t.value !== undefined, {
    message: 'give "value" (a number) for this kind, e.g. { kind: business-days, value: 1 }',
    path: ['value'],
  })
  .refine((t) => t.afterHours === undefined || (t.reception !== undefined && t.reception.days !== 'always'), {
    message:
      '"afterHours" applies to requests outside reception hours: give "reception" with from/to, or remove "afterHours"',
    path: ['afterHours'],
  });
export type LeadTime = z.infer<typeof leadTime>;
