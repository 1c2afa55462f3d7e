// How queries are prepared and ranked, shared by the search island and the search-quality
// tests (one place). Weights tuned with `npm run search:tune` against tests/search/queries.json
// (ADR 0004, 0005). `headline`: a topic page's title and question as search words (ADR 0007).
export const ranking = { pageLength: 0.75, termFrequency: 0.8, termSaturation: 2, metaWeights: { headline: 2 } };

// Term pages are indexed in bundles of their own (ADR 0010), so their scores come from other
// statistics than the main index's. Weighting them 0.9 ranks like the single index did:
// precision@1 0.87 at 1.0, 0.89 at 0.9 and 0.8 (as one index), 0.87 at 0.7.
export const termBundleWeight = 0.9;

/** Width-folds a query; phone numbers are indexed digits-only too, so "0120-210-364" finds "0120210364". */
export const normalizeQuery = (q) =>
  q
    .normalize('NFKC')
    .replace(/(\d)[-‐－ー](?=\d)/g, '$1')
    .trim();
