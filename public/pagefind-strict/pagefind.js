// Pagefind's API with a stricter `search` (src/lib/search/strict-search.ts, installed by
// src/scripts/pagefind-ui.ts). The search UI loads this file instead of ../pagefind/pagefind.js.
import * as pagefind from '../pagefind/pagefind.js';
export * from '../pagefind/pagefind.js';
export const search = (term, options) => globalThis.playbookStrictSearch(pagefind, term, options);
