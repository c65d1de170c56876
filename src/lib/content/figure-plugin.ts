/**
 * A Markdown-pipeline (Sätteri mdast) plugin that writes figures into content bodies: `{{id}}`
 * becomes the figure's value with its as-of date in the file's language (`src/lib/figures.ts`).
 * Code spans and code blocks are never touched.
 * Frontmatter text goes through `renderInline()` when a page renders it.
 */
import type { MdastPluginEntry } from 'satteri';
import { FIGURE_PATTERN } from '../figures';
import { contentPlugin } from './content-plugin';
import type { LocaleFolder } from '../../i18n/locales';

type FigureText = (id: string, locale: LocaleFolder) => string | undefined;

/** Text with every known `{{id}}` replaced; `undefined` when there is none. */
export function figureText(text: string, locale: LocaleFolder, figure: FigureText): string | undefined {
	let found = false;
	const out = text.replace(new RegExp(FIGURE_PATTERN.source, 'g'), (whole, id: string) => {
		const shown = figure(id, locale);
		if (shown === undefined) return whole;
		found = true;
		return shown;
	});
	return found ? out : undefined;
}

/** The plugin for files below the content folder; `figure` renders a figure in a locale. */
export function figurePlugin(contentDir: () => string | undefined, figure: FigureText): MdastPluginEntry {
	return contentPlugin(contentDir, '{{', 'playbook-figures', (locale) => ({
		text(node, visit) {
			const value = figureText(node.value, locale, figure);
			if (value !== undefined) visit.replaceNode(node, { type: 'text', value });
		},
	}));
}
