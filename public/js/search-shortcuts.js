// Exact-name shortcuts: a query that is exactly a carrier's name, alias or former name, or a
// topic's title or search term, puts that carrier's or topic's page first. Pagefind ranks by
// word statistics, so a bare name ("au", "ドコモ") otherwise favours the many records that
// repeat it. Shared by the search island and the search-quality test.

/** Folds width, case, spaces and separators so 「ＮＴＴ 東」 matches "NTT東". */
export const normalizeName = (s) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・·\-‐－]/g, '');

/** The entries whose names include the query exactly (after normalizing). */
export function shortcutsFor(query, entries) {
  const q = normalizeName(query);
  if (!q) return [];
  return entries.filter((entry) => entry.names.some((name) => normalizeName(name) === q));
}
