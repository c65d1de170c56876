/**
 * Glossary links in content bodies: `[[term]]` becomes a link to the glossary, by a plugin in the
 * Markdown pipeline (`glossaryTermsPlugin`, given to the Sätteri processor in `astro.config.mjs`).
 * The terms are the ones Astro's content layer loaded (published by the content check before any
 * entry renders), so the YAML is parsed once, by Astro; this integration tells the plugin where
 * the content folder is.
 */
import type { AstroIntegration } from 'astro';
import { glossaryPlugin } from '../lib/content/glossary-plugin';
import { referenceLists } from '../lib/content/checked-loader';
import { CONTENT_DIR } from '../lib/content/content-dir';
import { inLocale } from '../schemas/glossary';

let contentDir: string | undefined;

export const glossaryTermsPlugin = glossaryPlugin(
	() => contentDir,
	(id, locale) => {
		const term = referenceLists()?.glossary.get(id);
		return term && inLocale(term, locale).term;
	}
);

export function glossaryTerms(): AstroIntegration {
	return {
		name: 'playbook:glossary-terms',
		hooks: {
			'astro:config:setup': ({ config }) => {
				contentDir = new URL(`./${CONTENT_DIR}/`, config.root).href;
			},
		},
	};
}
