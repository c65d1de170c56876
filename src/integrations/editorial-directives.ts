/**
 * Steps, cards, link cards and the answer scale in editorial Markdown pages, written as directives
 * (`src/lib/content/editorial-directives.ts`), by a plugin in the Markdown pipeline
 * (`editorialPlugin`, given to the Sätteri processor in `astro.config.mjs`); this integration tells
 * the plugin where the content folder is.
 */
import type { AstroIntegration } from 'astro';
import { editorialDirectivesPlugin } from '../lib/content/editorial-directives';
import { CONTENT_DIR } from '../lib/content/content-dir';

let contentDir: string | undefined;

export const editorialPlugin = editorialDirectivesPlugin(() => contentDir);

export function editorialDirectives(): AstroIntegration {
	return {
		name: 'playbook:editorial-directives',
		hooks: {
			'astro:config:setup': ({ config }) => {
				contentDir = new URL(`./${CONTENT_DIR}/`, config.root).href;
			},
		},
	};
}
