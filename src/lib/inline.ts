/**
 * The small inline markup allowed inside frontmatter text: `**bold**`, `` `code` ``,
 * `[text](url)`, glossary terms `[[term-id]]` / `[[term-id|shown text]]` and figures `{{figure-id}}`
 * (a value with its as-of date, `src/lib/figures.ts`).
 * Everything else is escaped, so frontmatter can never inject HTML.
 */
import { expandFigures } from './figures';

/** Resolves a figure id to its text in the page's language (value, unit, as-of date). */
export type FigureText = (id: string) => string | undefined;
const noFigures: FigureText = () => undefined;

export const TERM_PATTERN = /\[\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|([^\]\n]+))?\]\]/g;

export interface TermLink {
	href: string;
	label: string;
}

export function escapeHtml(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

/** Ids of every glossary term referenced in `text`. */
export function termIds(text: string): string[] {
	return [...text.matchAll(TERM_PATTERN)].map((m) => m[1]);
}

/** Replaces term markup with plain text (for titles, search metadata and share texts). */
export function stripInline(text: string, label: (id: string) => string | undefined = () => undefined, figure: FigureText = noFigures): string {
	return expandFigures(text, figure)
		.replace(TERM_PATTERN, (_, id: string, shown?: string) => shown ?? label(id) ?? id)
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1');
}

/**
 * Renders inline markup to HTML. `term` resolves a glossary id to its link and `figure` a figure id
 * to its text; an unknown id is left as visible text (the content check has already failed the
 * build for it).
 */
export function renderInline(text: string, term: (id: string) => TermLink | undefined, figure: FigureText = noFigures): string {
	const escaped = expandFigures(escapeHtml(text), (id) => {
		const shown = figure(id);
		return shown === undefined ? undefined : `<span class="pb-figure">${escapeHtml(shown)}</span>`;
	});
	return escaped
		.replace(TERM_PATTERN, (whole, id: string, shown?: string) => {
			const link = term(id);
			if (!link) return whole;
			return `<a class="pb-term" href="${link.href}">${shown ?? escapeHtml(link.label)}</a>`;
		})
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/`([^`]+)`/g, '<code>$1</code>')
		.replace(/\[([^\]]+)\]\(((?:https:\/\/|\/|#)[^)\s]*)\)/g, (_, label: string, href: string) => {
			const external = href.startsWith('https://');
			return `<a href="${href}"${external ? ' rel="noopener"' : ''}>${label}</a>`;
		});
}
