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
  return {
    cells,
    sourced,
    unknown: cells - sourced,
    percent: cells === 0 ? 0 : Math.round((sourced / cells) * 1000) / 10,
    values: values.length,
    knownValues,
    verifiedLastYear: site.terms.filter((t) => t.data.verified >= yearAgo).length,
  };
}
