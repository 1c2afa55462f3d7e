/** How much of the carriers × topics matrix holds sourced values (shown on /about/ and by npm run report). */
import { addDays } from './business-days.ts';
import type { Site } from './site.ts';

export function coverage(site: Site) {
  const cells = site.terms.length;
  const sourced = site.terms.filter((t) => t.cells.some((c) => !c.unknown)).length;
  const values = site.terms.flatMap((t) => t.cells);
  const knownValues = values.filter((c) => !c.unknown).length;
  const yearAgo = addDays(site.today, -365);
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
