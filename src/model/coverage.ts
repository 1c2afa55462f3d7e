/** How much of the carriers × topics matrix holds sourced values (shown on /about/ and by npm run report). */
import { addDays } from './business-days.ts';
import { STALE_AFTER_DAYS, type Carrier, type Site, type Term, type Topic } from './site.ts';

/** A carrier × topic pair with no sourced value: its term (all unknown), or none when no record exists. */
export interface Gap {
  carrier: Carrier;
  topic: Topic;
  term?: Term;
}

export function coverage(site: Site) {
  // Every carrier × topic pair counts, so a missing term file shows up as a gap, not as nothing.
  const cells = site.carriers.length * site.topics.length;
  const gaps: Gap[] = site.carriers.flatMap((carrier) =>
    site.topics.flatMap((topic) => {
      const term = site.term(carrier.id, topic.id);
      return term?.cells.some((c) => !c.unknown) ? [] : [{ carrier, topic, term }];
    }),
  );
  const sourced = cells - gaps.length;
  const values = site.terms.flatMap((t) => t.cells);
  const knownValues = values.filter((c) => !c.unknown).length;
  const yearAgo = addDays(site.today, -STALE_AFTER_DAYS);
  // One decimal, always printed (70.0, not 70), so a share just under a threshold never reads as on it.
  const share = (part: number, whole: number) => (whole === 0 ? 0 : (part / whole) * 100).toFixed(1);
  return {
    cells,
    sourced,
    unknown: gaps.length,
    gaps,
    percent: share(sourced, cells),
    values: values.length,
    knownValues,
    valuesPercent: share(knownValues, values.length),
    verifiedLastYear: site.terms.filter((t) => t.data.verified >= yearAgo).length,
  };
}
