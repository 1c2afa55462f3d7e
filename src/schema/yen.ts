import { z } from 'zod';

/** A price in whole yen with its tax status, or `free`. */
export const yen = z.union([
  z.literal('free'),
  z.strictObject({
    /** Whole yen. */
    amount: z.number().int().nonnegative(),
    /** included (税込) | excluded (税抜) | exempt (免税/不課税) | unknown. */
    tax: z.enum(['included', 'excluded', 'exempt', 'unknown']),
    /** What the amount is per, if the source says. */
    per: z.enum(['month', 'call', 'application', 'day']).optional(),
  }),
]);
export type Yen = z.infer<typeof yen>;
