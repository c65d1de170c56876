/** Adds a Vite plugin that turns `[[term]]` markup in content MDX bodies into glossary links. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseYaml } from '../lib/content/frontmatter';
import { linkGlossaryTerms, localeOfContentFile } from '../lib/content/glossary-markup';
import { GLOSSARY_KEY, type GlossaryTerm } from '../schemas/glossary';
import { CONTENT_DIR } from '../lib/content/content-dir';

export function glossaryTerms(): AstroIntegration {
	return {
		name: 'playbook:glossary-terms',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
				const glossaryFile = fileURLToPath(new URL(`./${CONTENT_DIR}/glossary/terms.yaml`, config.root));
				addWatchFile(glossaryFile);
				const contentDir = fileURLToPath(new URL(`./${CONTENT_DIR}/`, config.root)).replaceAll('\\', '/');
				const load = (): GlossaryTerm[] =>
					existsSync(glossaryFile) ? ((parseYaml(readFileSync(glossaryFile, 'utf8')) as GlossaryTerm[]) ?? []) : [];
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'playbook:glossary-terms',
								enforce: 'pre',
								transform(code, id) {
									const path = id.split('?')[0].replaceAll('\\', '/');
									if (!path.startsWith(contentDir) || !/\.mdx?$/.test(path) || !code.includes('[[')) return;
									const terms = new Map(load().map((term) => [term.id, term]));
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
