/**
 * A Markdown-pipeline (Sätteri mdast) plugin that writes figures into content bodies: `{{id}}`
 * becomes the figure's value with its as-of date in the file's language (`src/lib/figures.ts`).
 * In MDX, `{{id}}` parses as an expression whose source is `{id}`; in Markdown it stays text. Both
 * are replaced before anything evaluates them. Code spans and code blocks are never touched.
 * Frontmatter text goes through `renderInline()` when a page renders it.
 */
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { FIGURE_PATTERN } from '../figures';
import { localeOfContentFile } from './glossary-plugin';
import type { LocaleFolder } from '../../i18n/locales';

type FigureText = (id: string, locale: LocaleFolder) => string | undefined;

/** `{id}`, the source of the MDX expression `{{id}}`. */
const EXPRESSION = /^\{([a-z0-9]+(?:-[a-z0-9]+)*)\}$/;

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

/** The figure an MDX expression node stands for, if its source is exactly `{id}` and the id is known. */
export function expressionFigure(value: string, locale: LocaleFolder, figure: FigureText): string | undefined {
	const id = EXPRESSION.exec(value.trim())?.[1];
	return id === undefined ? undefined : figure(id, locale);
}

/**
 * The plugin for files below the content folder (`contentDir()`: a file URL ending in `/`, known
 * once Astro has read its config); `figure` renders a figure in a locale.
 */
export function figurePlugin(contentDir: () => string | undefined, figure: FigureText): MdastPluginEntry {
	return (ctx: PluginFactoryContext) => {
		const file = ctx.fileURL?.href;
		const dir = contentDir();
		// In MDX the braces arrive escaped (`\{\{id\}\}`, see src/integrations/figures.ts).
		if (!dir || !file?.startsWith(dir) || !/\{\{|\\\{\\\{/.test(ctx.source)) return null;
		const locale = localeOfContentFile(decodeURI(file.slice(dir.length)));
		const asText = (node: any, visit: any) => {
			const shown = expressionFigure(node.value, locale, figure);
			if (shown !== undefined) visit.replaceNode(node, { type: 'text', value: shown });
		};
		return {
			name: 'playbook-figures',
			text(node: any, visit: any) {
				const value = figureText(node.value, locale, figure);
				if (value !== undefined) visit.replaceNode(node, { type: 'text', value });
			},
			mdxTextExpression: asText,
			mdxFlowExpression(node: any, visit: any) {
				const shown = expressionFigure(node.value, locale, figure);
				if (shown !== undefined) visit.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: shown }] });
			},
		};
	};
}
