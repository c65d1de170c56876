/**
 * Figures in content bodies: `{{figure-id}}` becomes the figure's value and as-of date, by a plugin
 * in the Markdown pipeline (`figuresPlugin`, given to the Sätteri processor in `astro.config.mjs`).
 * The figures are the ones Astro's content layer loaded (published by the content check before any
 * entry renders), so the YAML is parsed once, by Astro; this integration tells the plugin where the
 * content folder is.
 *
 * Entries are Markdown; editorial pages may be MDX, which reads `{{id}}` as a JavaScript expression
 * and rejects it before any plugin runs, so the integration first escapes the braces in content MDX
 * bodies (`escapeFigureMarkup`): the parser then keeps `{{id}}` as text, which the plugin replaces.
 */
import type { AstroIntegration } from 'astro';
import { figurePlugin } from '../lib/content/figure-plugin';
import { referenceLists } from '../lib/content/checked-loader';
import { CONTENT_DIR } from '../lib/content/content-dir';
import { fileURLToPath } from 'node:url';
import { FIGURE_PATTERN, formatFigure } from '../lib/figures';

let contentDir: string | undefined;

/** `{{id}}` → `\\{\\{id\\}\\}` in an MDX file's body (after its frontmatter), so MDX keeps it as text. */
export function escapeFigureMarkup(source: string): string {
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---/.exec(source)?.[0].length ?? 0;
	const body = source.slice(frontmatter).replace(new RegExp(FIGURE_PATTERN.source, 'g'), (_, id: string) => `\\{\\{${id}\\}\\}`);
	return source.slice(0, frontmatter) + body;
}

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
			'astro:config:setup': ({ config, updateConfig }) => {
				contentDir = new URL(`./${CONTENT_DIR}/`, config.root).href;
				const folder = fileURLToPath(contentDir);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'playbook:figure-markup',
								enforce: 'pre',
								transform(code: string, id: string) {
									const file = id.split('?')[0];
									if (!file.endsWith('.mdx') || !file.startsWith(folder) || !code.includes('{{')) return null;
									return { code: escapeFigureMarkup(code), map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
