import type { Source } from '../../schema/common.ts';
import { at, type Check, type Loaded } from '../context.ts';
import type { Problem } from '../problem.ts';

/**
 * Dates tell a consistent story: a page is published before we read it, read before we
 * verified it, and nothing is dated after today.
 */
export const datesInOrder: Check = {
  name: 'dates-in-order',
  description: 'published ≤ retrieved ≤ verified ≤ today, and no date lies in the future',
  run: ({ records, today }) => {
    const problems: Problem[] = [];
    const future = (record: Loaded<unknown>, path: PropertyKey[], date: string | undefined) => {
      if (date && date > today)
        problems.push(at(record, path, 'dates-in-order', `${date} is in the future (today is ${today})`));
    };
    const checkSources = (record: Loaded<unknown>, prefix: PropertyKey[], sources: Source[], verified?: string) =>
      sources.forEach((s, i) => {
        const path = [...prefix, i];
        future(record, [...path, 'published'], s.published);
        future(record, [...path, 'retrieved'], s.retrieved);
        if (s.published && s.published > s.retrieved) {
          problems.push(
            at(
              record,
              [...path, 'published'],
              'dates-in-order',
              `published ${s.published} is after retrieved ${s.retrieved}; a page cannot be read before it exists`,
            ),
          );
        }
        if (verified && s.retrieved > verified) {
          problems.push(
            at(
              record,
              [...path, 'retrieved'],
              'dates-in-order',
              `retrieved ${s.retrieved} is after verified ${verified}; set verified to the day you last checked (≥ ${s.retrieved})`,
            ),
          );
        }
      });

    for (const term of records.terms) {
      future(term, ['verified'], term.data.verified);
      future(term, ['clause', 'effective'], term.data.clause?.effective);
      checkSources(term, ['sources'], term.data.sources, term.data.verified);
      term.data.history?.forEach((h, i) => {
        checkSources(term, ['history', i, 'sources'], h.sources);
        future(term, ['history', i, 'until'], h.until);
        if (h.effective && h.until && h.effective > h.until) {
          problems.push(
            at(term, ['history', i, 'until'], 'dates-in-order', `until ${h.until} is before effective ${h.effective}`),
          );
        }
        const newer = i === 0 ? term.data.clause?.effective : term.data.history?.[i - 1]?.effective;
        if (h.effective && newer && h.effective > newer) {
          problems.push(
            at(
              term,
              ['history', i, 'effective'],
              'dates-in-order',
              `history is newest first: ${h.effective} is after the newer version's ${newer}`,
            ),
          );
        }
      });
    }
    for (const ch of records.channels) {
      future(ch, ['verified'], ch.data.verified);
      checkSources(ch, ['sources'], ch.data.sources, ch.data.verified);
    }
    for (const adv of records.advisories) {
      future(adv, ['date'], adv.data.date);
      checkSources(adv, ['sources'], adv.data.sources);
      adv.data.figures?.forEach((f, i) => future(adv, ['figures', i, 'asOf'], f.asOf));
    }
    for (const c of records.carriers) {
      checkSources(c, ['sources'], c.data.sources ?? []);
      c.data.formerNames?.forEach((f, i) => future(c, ['formerNames', i, 'until'], f.until));
    }
    return problems;
  },
};
