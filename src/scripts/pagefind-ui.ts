/**
 * Pagefind's UI as Starlight loads it (`import('@pagefind/default-ui')`, aliased here in
 * astro.config.mjs), pointed at /pagefind-strict/pagefind.js: the same API with a search that returns
 * nothing for a query with words the site does not have (see src/lib/search/strict-search.ts).
 */
// The real package, by file: the bare name is aliased to this module.
// @ts-expect-error: the package ships no types.
import { PagefindUI as Base } from '../../node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import { strictSearch, type PagefindApi } from '../lib/search/strict-search';

declare global {
	var playbookStrictSearch: (pagefind: PagefindApi, term: string | null, options?: Record<string, unknown>) => ReturnType<typeof strictSearch>;
}
globalThis.playbookStrictSearch = (pagefind, term, options) => strictSearch(pagefind, term, options, document.documentElement.lang || 'en');

export class PagefindUI extends Base {
	constructor(options: { bundlePath: string } & Record<string, unknown>) {
		super({ ...options, bundlePath: options.bundlePath.replace(/pagefind\/$/, 'pagefind-strict/') });
	}
}
