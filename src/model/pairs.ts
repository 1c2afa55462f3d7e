import type { Carrier, Site } from './site.ts';

/** How many fixed-line carriers get static pair pages: the main ones, in table order (n·(n−1)/2 pages per language). */
export const MAIN_FIXED_LINE = 6;

/** Pairs of the main fixed-line carriers, for static side-by-side pages that work without JS. */
export function pairs(site: Site): [Carrier, Carrier][] {
  const fixed = site.carriers.filter((c) => c.data.kinds.includes('fixed-line')).slice(0, MAIN_FIXED_LINE);
  return fixed.flatMap((a, i) => fixed.slice(i + 1).map((b): [Carrier, Carrier] => [a, b]));
}
