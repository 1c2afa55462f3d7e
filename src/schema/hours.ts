import { z } from 'zod';
import { clockTime, localizedText } from './common.ts';

/** Which days a desk takes requests. `always` means 24 hours, every day. */
export const receptionDays = z.enum(['daily', 'weekdays', 'business-days', 'always']);

/** Opening hours of a desk or of request reception, in JST. */
export const hours = z
  .strictObject({
    /** daily = every day incl. weekends; weekdays = Mon–Fri; business-days = weekdays less holidays and 12/29–1/3; always = 24 h. */
    days: receptionDays,
    /** Opening time, `HH:MM` JST (omit with `always`). */
    from: clockTime.optional(),
    /** Closing time, `HH:MM` JST (omit with `always`). */
    to: clockTime.optional(),
    /** Exceptions such as 年末年始を除く. */
    note: localizedText.optional(),
  })
  .refine((h) => h.days === 'always' || (h.from !== undefined && h.to !== undefined), {
    message: 'give both "from" and "to" (HH:MM), or use days: always for 24 hours',
  })
  // Hours that run past midnight are not modelled (the calculator and sorting assume from < to).
  .refine((h) => h.days === 'always' || !h.from || !h.to || h.from < h.to, {
    message: '"from" must be earlier than "to"; hours past midnight are not supported (describe them in "note")',
    path: ['to'],
  });
export type Hours = z.infer<typeof hours>;
