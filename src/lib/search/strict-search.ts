/**
 * A stricter Pagefind search. Pagefind prefers returning something over nothing: when no page holds
 * every query word it loosens the query, and a word missing from the index is cut back to its longest
 * indexed prefix ("wibblefrotz" finds "wi…"; "qzxv 无关词" found the pages with 词). Here every word of
 * the query must be in the index, or there are no results: an exact search (`"word"`, which Pagefind
 * never loosens) finds it, or, for the word still being typed, the best loose hit contains it
 * ("propert" while typing "property"). Words are split as Pagefind splits them: by the browser's word
 * segmenter for the page language, so "账号健康" is 账号 + 健康.
 *
 * It also loads every filter before the first search. Pagefind counts a result's filters only over
 * the filter files already loaded, and its UI keeps the first result's filter list: a search that
 * finished before the "Risk category" file arrived showed only "Type" until the query changed.
 */

export interface PagefindResult {
	data(): Promise<{ content: string }>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount?: number;
	[key: string]: unknown;
}
export interface PagefindApi {
	search(term: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
	filters(): Promise<unknown>;
}

const filtersLoaded = new WeakMap<PagefindApi, Promise<unknown>>();

/** Loads every filter file once per Pagefind instance (Pagefind caches the files it has fetched). */
function loadAllFilters(pagefind: PagefindApi): Promise<unknown> {
	let loaded = filtersLoaded.get(pagefind);
	// A filter file that fails to load must not stop the search: it then runs as before.
	if (!loaded) filtersLoaded.set(pagefind, (loaded = pagefind.filters().catch(() => undefined)));
	return loaded;
}

/** The query's words, lower-cased, without punctuation or spaces. */
export function queryWords(term: string, lang: string): string[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	return [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment.toLocaleLowerCase(lang));
}

async function inIndex(pagefind: PagefindApi, word: string, typing: boolean): Promise<boolean> {
	const exact = await pagefind.search(`"${word}"`);
	if (exact?.results.length) return true;
	if (!typing) return false;
	const first = (await pagefind.search(word))?.results[0];
	return first ? (await first.data()).content.toLocaleLowerCase().includes(word) : false;
}

/** Pagefind's `search`, with no results unless every query word is in the index. */
export async function strictSearch(
	pagefind: PagefindApi,
	term: string | null,
	options: Record<string, unknown> | undefined,
	lang: string
): Promise<PagefindResponse | null> {
	await loadAllFilters(pagefind);
	const response = await pagefind.search(term as string, options);
	// A null term is a filter-only search: nothing to check.
	if (!term || !response?.results.length) return response;
	const words = queryWords(term, lang);
	// The last word is still being typed unless a space or punctuation follows it.
	const typing = words.length > 0 && term.trimEnd().toLocaleLowerCase(lang).endsWith(words.at(-1)!) && !/\s$/.test(term);
	const known = await Promise.all(words.map((word, i) => inIndex(pagefind, word, typing && i === words.length - 1)));
	return known.every(Boolean) ? response : { ...response, results: [], unfilteredResultCount: 0 };
}
