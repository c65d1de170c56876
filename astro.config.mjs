// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { validateContent } from './src/lib/content/validate';
import { contentGuard } from './src/integrations/content-guard';
import { glossaryTerms } from './src/integrations/glossary-terms';
import { playbookDelivery } from './src/integrations/delivery';
import { buildSidebar, docSlugs } from './src/lib/site/sidebar';
import { starlightLocales } from './src/i18n/locales';
import { useTranslations } from './src/i18n/ui';
import { CONTENT_DIR } from './src/lib/content/content-dir';

const root = fileURLToPath(new URL('.', import.meta.url));
// One content check feeds both the build guard and the sidebar.
const report = validateContent(fileURLToPath(new URL(`./${CONTENT_DIR}`, import.meta.url)), root);
const zh = useTranslations('zh-cn');
const en = useTranslations('en');

export default defineConfig({
	site: 'https://playbook.example',
	// Builds of test fixtures keep their content cache apart, so they never leak into the real site's.
	...(CONTENT_DIR === 'content' ? {} : { cacheDir: './node_modules/.astro-fixture' }),
	trailingSlash: 'always',
	// `## 标题 { #stable-id }`: heading anchors are written by hand so they survive rewording and
	// are identical in both languages.
	markdown: { processor: satteri({ features: { headingAttributes: true } }) },
	integrations: [
		contentGuard(report.errors),
		glossaryTerms(),
		starlight({
			title: { 'zh-CN': zh('site.title'), en: en('site.title') },
			description: zh('site.description'),
			defaultLocale: 'root',
			locales: starlightLocales(),
			sidebar: buildSidebar(report.valid, {
				guides: docSlugs(report.content.docs, 'guides'),
				training: docSlugs(report.content.docs, 'training'),
			}),
			customCss: ['./src/styles/playbook.css'],
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
