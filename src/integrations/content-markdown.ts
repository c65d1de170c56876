/**
 * The playbook's plugins in the Markdown pipeline (`contentMarkdownPlugins`, given to the Sätteri
 * processor in `astro.config.mjs`), for the files below the content folder:
 * - `[[term]]` becomes a link to the glossary in the file's language;
 * - `{{figure-id}}` becomes the figure's value and as-of date;
 * - the editorial directives (`:::steps`, `::::cards`, `:::link-cards`, `:::answer-scale`).
 * Terms and figures are the ones Astro's content layer loaded (published by the content check
 * before any entry renders), so the YAML is parsed once, by Astro. This integration tells the
 * plugins where the content folder is.
 */
import type { AstroIntegration } from 'astro';
import { glossaryPlugin } from '../lib/content/glossary-plugin';
import { figurePlugin } from '../lib/content/figure-plugin';
import { editorialDirectivesPlugin } from '../lib/content/editorial-directives';
import { referenceLists } from '../lib/content/checked-loader';
import { CONTENT_DIR } from '../lib/content/content-dir';
import { formatFigure } from '../lib/figures';
import { inLocale } from '../schemas/glossary';

let contentDir: string | undefined;
const folder = () => contentDir;

export const contentMarkdownPlugins = [
	glossaryPlugin(folder, (id, locale) => {
		const term = referenceLists()?.glossary.get(id);
		return term && inLocale(term, locale).term;
	}),
	figurePlugin(folder, (id, locale) => {
		const figure = referenceLists()?.figures.get(id);
		return figure && formatFigure(figure, locale);
	}),
	editorialDirectivesPlugin(folder),
];

export function contentMarkdown(): AstroIntegration {
	return {
		name: 'playbook:content-markdown',
		hooks: {
			'astro:config:setup': ({ config }) => {
				contentDir = new URL(`./${CONTENT_DIR}/`, config.root).href;
			},
		},
	};
}
