/**
 * Adds a Vite plugin that turns `[[term]]` markup in content MDX bodies into glossary links. The
 * terms are the ones Astro's content layer loaded (published by the content check), so the YAML is
 * parsed once, by Astro.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkGlossaryTerms, localeOfContentFile } from '../lib/content/glossary-markup';
import { lastCheck } from '../lib/content/checked-loader';
import { CONTENT_DIR } from '../lib/content/content-dir';
import { GLOSSARY_KEY } from '../schemas/glossary';

export function glossaryTerms(): AstroIntegration {
	return {
		name: 'playbook:glossary-terms',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const contentDir = fileURLToPath(new URL(`./${CONTENT_DIR}/`, config.root)).replaceAll('\\', '/');
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'playbook:glossary-terms',
								enforce: 'pre',
								transform(code, id) {
									const path = id.split('?')[0].replaceAll('\\', '/');
									if (!path.startsWith(contentDir) || !/\.mdx?$/.test(path) || !code.includes('[[')) return;
									const terms = new Map((lastCheck()?.glossary ?? []).map((term) => [term.id, term]));
									const locale = localeOfContentFile(path.slice(contentDir.length));
									return linkGlossaryTerms(code, locale, (termId) => terms.get(termId)?.[GLOSSARY_KEY[locale]].term);
								},
							},
						],
					},
				});
			},
		},
	};
}
