import { at, type Check } from '../context.ts';

/** An advisory's `date` is the date its file name starts with, so URLs sort by date. */
export const advisoryDateMatchesFile: Check = {
  name: 'advisory-date-matches-file',
  description: "an advisory's date equals the date in its file name",
  run: ({ records }) =>
    records.advisories
      .filter((a) => /^\d{4}-\d{2}-\d{2}/.test(a.id) && !a.id.startsWith(a.data.date))
      .map((a) =>
        at(
          a,
          ['date'],
          'advisory-date-matches-file',
          `date ${a.data.date} differs from the file name's ${a.id.slice(0, 10)}; rename the file or fix the date`,
        ),
      ),
};
