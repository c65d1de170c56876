// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { contentMarkdown, contentMarkdownPlugins } from './src/integrations/content-markdown';
import { playbookDelivery } from './src/integrations/delivery';
import { islandChunks } from './src/integrations/island-chunks';
import { LOCALES, ROOT_LOCALE, localizePath, starlightLocales } from './src/i18n/locales';
import { useTranslations } from './src/i18n/ui';
import { feedStrings } from './src/i18n/feeds';
import { SEARCH_RANKING } from './src/lib/site/search-ranking';

// The locales are data (content/i18n/locales.json of the site being built, as Vite loads this config
// with the site as its root); so are the strings (content/i18n/<folder>.json).
/** One `<link rel="alternate">` per locale, for a file every locale has. */
const alternates = (/** @type {string} */ file, /** @type {string} */ type, /** @type {(l: typeof LOCALES[number]) => string} */ title) =>
	LOCALES.map((l) => ({ tag: /** @type {const} */ ('link'), attrs: { rel: 'alternate', type, href: localizePath(`/${file}`, l.folder), hreflang: l.lang, title: title(l) } }));

export default defineConfig({
	site: 'https://playbook.example',
	trailingSlash: 'always',
	// `## 标题 { #stable-id }`: heading anchors are written by hand so they survive rewording and
	// are identical in both languages. `[[term]]` links to the glossary; `{{figure}}` writes a figure.
	// Starlight's search loads Pagefind's UI by this name: ours is the same UI with a stricter search
	// (src/scripts/pagefind-ui.ts). Only the bare name: the package's CSS keeps its own path.
	vite: { resolve: { alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/scripts/pagefind-ui.ts', import.meta.url)) }] } },
	// No link prefetching (Starlight turns it on for every link): the offline worker already stores
	// every page after the first visit, and the prefetch script re-scanned every link of the page
	// whenever an island added one (the overview adds hundreds; at 10× content, seconds of main thread).
	prefetch: false,
	markdown: { processor: satteri({ features: { headingAttributes: true }, mdastPlugins: contentMarkdownPlugins }) },
	// Content is checked by the loaders themselves (src/content.config.ts): one pipeline.
	integrations: [
		islandChunks(),
		contentMarkdown(),
		starlight({
			title: Object.fromEntries(LOCALES.map((l) => [l.lang, useTranslations(l.folder)('site.title')])),
			description: useTranslations(ROOT_LOCALE.folder)('site.description'),
			defaultLocale: 'root',
			locales: starlightLocales(),
			// Built from the collections for every page by the route middleware.
			sidebar: [],
			routeMiddleware: './src/route-middleware.ts',
			// Asides and heading anchor links in the editorial pages (the docs collection is not in src/).
			markdown: { processedDirs: ['content/docs'] },
			customCss: ['./src/styles/playbook.css', './src/styles/layout.css', './src/styles/editorial.css', './src/styles/print.css'],
			components: {
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			// The change feeds and the regulatory calendar, generated at build (src/pages/[...lang]/).
			head: [
				...alternates('feed.xml', 'application/atom+xml', (l) => feedStrings(l.folder).feedTitle),
				...alternates('calendar.ics', 'text/calendar', (l) => feedStrings(l.folder).calendarName),
			],
			expressiveCode: false,
			pagefind: { ranking: SEARCH_RANKING },
			lastUpdated: false,
			plugins: [playbookDelivery()],
		}),
	],
});
