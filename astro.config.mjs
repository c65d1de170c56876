// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTerms, glossaryTermsPlugin } from './src/integrations/glossary-terms';
import { figureValues, figuresPlugin } from './src/integrations/figures';
import { playbookDelivery } from './src/integrations/delivery';
import { playbookStrings } from './src/integrations/starlight-strings';
import { islandChunks } from './src/integrations/island-chunks';
import { starlightLocales } from './src/i18n/locales';
import { useTranslations } from './src/i18n/ui';
import { FEED_STRINGS } from './src/i18n/feeds';
import { SEARCH_RANKING } from './src/lib/site/search-ranking';

const zh = useTranslations('zh-cn');
const en = useTranslations('en');

export default defineConfig({
	site: 'https://playbook.example',
	trailingSlash: 'always',
	// `## 标题 { #stable-id }`: heading anchors are written by hand so they survive rewording and
	// are identical in both languages. `[[term]]` links to the glossary; `{{figure}}` writes a figure.
	// Starlight's search loads Pagefind's UI by this name: ours is the same UI with a stricter search
	// (src/scripts/pagefind-ui.ts). Only the bare name: the package's CSS keeps its own path.
	vite: { resolve: { alias: [{ find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/scripts/pagefind-ui.ts', import.meta.url)) }] } },
	markdown: { processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [glossaryTermsPlugin, figuresPlugin] }) },
	// Content is checked by the loaders themselves (src/content.config.ts): one pipeline.
	integrations: [
		islandChunks(),
		glossaryTerms(),
		figureValues(),
		starlight({
			title: { 'zh-CN': zh('site.title'), en: en('site.title') },
			description: zh('site.description'),
			defaultLocale: 'root',
			locales: starlightLocales(),
			// Built from the collections for every page by the route middleware.
			sidebar: [],
			routeMiddleware: './src/route-middleware.ts',
			customCss: ['./src/styles/playbook.css', './src/styles/layout.css', './src/styles/print.css'],
			components: {
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			// The change feeds and the regulatory calendar, generated at build (src/pages/[...lang]/).
			head: [
				{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', href: '/feed.xml', hreflang: 'zh-CN', title: FEED_STRINGS['zh-cn'].feedTitle } },
				{ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', href: '/en/feed.xml', hreflang: 'en', title: FEED_STRINGS.en.feedTitle } },
				{ tag: 'link', attrs: { rel: 'alternate', type: 'text/calendar', href: '/calendar.ics', hreflang: 'zh-CN', title: FEED_STRINGS['zh-cn'].calendarName } },
				{ tag: 'link', attrs: { rel: 'alternate', type: 'text/calendar', href: '/en/calendar.ics', hreflang: 'en', title: FEED_STRINGS.en.calendarName } },
			],
			expressiveCode: false,
			pagefind: { ranking: SEARCH_RANKING },
			lastUpdated: false,
			plugins: [playbookStrings(), playbookDelivery()],
		}),
	],
});
