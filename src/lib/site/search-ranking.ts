/**
 * How Pagefind ranks search results, given to the site's search dialog (`astro.config.mjs`) and
 * used by the seller-query test, so the test ranks exactly as readers see it.
 *
 * `termSimilarity` (Pagefind's default is 1) decides how much a word that is exactly the query
 * beats a longer word that merely starts with it. Sellers type short exact words, "TRO",
 * "customs hold", "电池法", and at the default a page full of "trouble", "customer" or "holder"
 * could outrank the page about TROs or customs holds.
 */
export const SEARCH_RANKING = { termSimilarity: 10 } as const;
