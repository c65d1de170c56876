/**
 * How Pagefind ranks search results, given to the site's search dialog (`astro.config.mjs`) and
 * used by the seller-query test, so the test ranks exactly as readers see it.
 *
 * Every weight is set: Starlight fills a missing one with its own default, not Pagefind's, and its
 * `pageLength: 0.1` let long pages win on any word they mention (the deadline planner, which lists
 * every regulation, came first for "关税" and "EU rep").
 *
 * - `pageLength` 0.3: a long page is penalised a little, so the risk page that covers a topic in depth
 *   still beats a short page that names it once.
 * - `termFrequency` 1 and `termSaturation` 1.4 (Pagefind's defaults): a page that uses the word often
 *   ranks higher, up to a point.
 * - `termSimilarity` 10 (Pagefind's default is 1): a word that is exactly the query beats a longer
 *   word that merely starts with it. Sellers type short exact words, "TRO", "customs hold", "电池法",
 *   and at the default a page full of "trouble", "customer" or "holder" could outrank the page about
 *   TROs or customs holds.
 * - `diacriticSimilarity` 0.8 (the default of both).
 */
export const SEARCH_RANKING = { pageLength: 0.3, termFrequency: 1, termSaturation: 1.4, termSimilarity: 10, diacriticSimilarity: 0.8 } as const;
