import type { Carrier, Site } from './site.ts';

/** Pairs of the fixed-line carriers, for static side-by-side pages that work without JS. */
export function pairs(site: Site): [Carrier, Carrier][] {
  const fixed = site.carriers.filter((c) => c.data.kinds.includes('fixed-line'));
  return fixed.flatMap((a, i) => fixed.slice(i + 1).map((b): [Carrier, Carrier] => [a, b]));
}
