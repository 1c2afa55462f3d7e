// Pagefind ranking, shared by the search island and the search-quality tests (one place).
// Tuned with `npm run search:tune` against tests/search/queries.json (ADR 0004).
export const ranking = { pageLength: 0.75, termFrequency: 0.8, termSaturation: 2 };
