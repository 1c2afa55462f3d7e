/** How much of the carriers × topics matrix holds sourced values (shown on /about/ and by npm run report). */
import { addDays } from './business-days.ts';
import { STALE_AFTER_DAYS, type Site } from './site.ts';

export function coverage(site: Site) {
  // Every carrier × topic pair counts, so a missing term file shows up as a gap, not as nothing.
  const cells = site.carriers.length * site.topics.length;
  const sourced = site.terms.filter((t) => t.cells.some((c) => !c.unknown)).length;
  const values = site.terms.flatMap((t) => t.cells);
  const knownValues = values.filter((c) => !c.unknown).length;
  const yearAgo = addDays(site.today, -STALE_AFTER_DAYS);
  // One decimal, always printed (70.0, not 70), so a share just under a threshold never reads as on it.
  const share = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100).toFixed(1);
  return {
    cells,
    sourced,
    unknown: cells - sourced,
    percent: share(sourced, cells),
    values: values.length,
    knownValues,
    valuesPercent: share(knownValues, values.length),
    verifiedLastYear: site.terms.filter((t) => t.data.verified >= yearAgo).length,
  };
}
