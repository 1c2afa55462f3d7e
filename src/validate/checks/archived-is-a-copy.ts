import type { Source } from '../../schema/common.ts';
import { isArchiveSearch, isArchiveUrl } from '../../sources/archive.ts';
import { at, sourceLists, type Check, type Loaded } from '../context.ts';
import type { Problem } from '../problem.ts';

/**
 * A source's `archived` URL is one capture in a web archive. A search of captures
 * (web.archive.org/web/*…) may find none, so pages must never call it a copy; and a URL on
 * another host is not an archive the site knows how to date.
 */
export const archivedIsACopy: Check = {
  name: 'archived-is-a-copy',
  description: 'an archived: URL is one dated capture in a web archive, never a search of captures',
  run: ({ records }) => {
    const problems: Problem[] = [];
    const checkSources = (record: Loaded<unknown>, prefix: PropertyKey[], sources: Source[] | undefined) =>
      sources?.forEach((s, i) => {
        if (!s.archived || !URL.canParse(s.archived)) return; // safe-urls reports what is not a URL
        const path = [...prefix, i, 'archived'];
        if (isArchiveSearch(s.archived)) {
          problems.push(
            at(
              record,
              path,
              'archived-is-a-copy',
              'is a search of the archive, not a copy; open one capture and paste its URL (…/web/20150612180541/https://…)',
            ),
          );
        } else if (!isArchiveUrl(s.archived)) {
          problems.push(
            at(
              record,
              path,
              'archived-is-a-copy',
              'is not in a web archive; use a capture from web.archive.org, megalodon.jp or archive.today (archive.ph)',
            ),
          );
        }
      });
    for (const { record, path, sources } of sourceLists(records)) checkSources(record, path, sources);
    return problems;
  },
};
