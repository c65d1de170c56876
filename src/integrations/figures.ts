/**
 * Figures in content bodies: `{{figure-id}}` becomes the figure's value and as-of date, by a plugin
 * in the Markdown pipeline (`figuresPlugin`, given to the Sätteri processor in `astro.config.mjs`).
 * The figures are the ones Astro's content layer loaded (published by the content check before any
 * entry renders), so the YAML is parsed once, by Astro; this integration tells the plugin where the
 * content folder is. Content is Markdown only (MDX would read `{{id}}` as a JavaScript expression).
 */
import type { AstroIntegration } from 'astro';
import { figurePlugin } from '../lib/content/figure-plugin';
import { referenceLists } from '../lib/content/checked-loader';
import { CONTENT_DIR } from '../lib/content/content-dir';
import { formatFigure } from '../lib/figures';

let contentDir: string | undefined;

export const figuresPlugin = figurePlugin(
	() => contentDir,
	(id, locale) => {
		const figure = referenceLists()?.figures.get(id);
		return figure && formatFigure(figure, locale);
	}
);

export function figureValues(): AstroIntegration {
	return {
		name: 'playbook:figures',
		hooks: {
			'astro:config:setup': ({ config }) => {
				contentDir = new URL(`./${CONTENT_DIR}/`, config.root).href;
			},
		},
	};
}
