// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryTerms, glossaryTermsPlugin } from './src/integrations/glossary-terms';
import { playbookDelivery } from './src/integrations/delivery';
import { starlightLocales } from './src/i18n/locales';
import { useTranslations } from './src/i18n/ui';

const zh = useTranslations('zh-cn');
const en = useTranslations('en');

export default defineConfig({
	site: 'https://playbook.example',
	trailingSlash: 'always',
	// `## 标题 { #stable-id }`: heading anchors are written by hand so they survive rewording and
	// are identical in both languages. `[[term]]` links to the glossary.
	markdown: { processor: satteri({ features: { headingAttributes: true }, mdastPlugins: [glossaryTermsPlugin] }) },
	// Content is checked by the loaders themselves (src/content.config.ts): one pipeline.
	integrations: [
		glossaryTerms(),
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
			expressiveCode: false,
			lastUpdated: false,
			plugins: [playbookDelivery()],
		}),
	],
});
