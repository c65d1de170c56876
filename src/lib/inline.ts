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

/** Chinese characters and full-width punctuation: no space is set between them. */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
/**
 * A term with the space an author may have typed on either side of it, when the text on that side
 * is Chinese: groups 1 (space before), 2 (id), 3 (shown text), 4 (space after).
 */
const TERM_WITH_SPACES = new RegExp(`((?<=${CJK}) )?${TERM_PATTERN.source}( (?=${CJK}))?`, 'gu');
const startsCjk = new RegExp(`^${CJK}`, 'u');
const endsCjk = new RegExp(`${CJK}$`, 'u');

/**
 * Replaces every term, dropping the space typed between Chinese text and a term whose label is Chinese
 * ("写明了 [[vat]] 由谁" → "写明了增值税由谁"); a Latin label keeps its spaces ("登记 [[vat|VAT]] 并").
 * `render` gets the id, the shown text (if any) and the label that will show, and returns the
 * replacement, or undefined to leave the markup (and its spaces) as written.
 */
export function replaceTerms(
	text: string,
	label: (id: string, shown: string | undefined) => string | undefined,
	render: (id: string, shown: string | undefined, label: string) => string
): string {
	return text.replace(TERM_WITH_SPACES, (whole, before: string | undefined, id: string, shown: string | undefined, after: string | undefined) => {
		const shownLabel = label(id, shown);
		if (shownLabel === undefined) return whole;
		const left = before && !startsCjk.test(shownLabel) ? before : '';
		const right = after && !endsCjk.test(shownLabel) ? after : '';
		return left + render(id, shown, shownLabel) + right;
	});
}

/** The parts of a text around its terms, spaces settled as in `replaceTerms`; undefined without a known term. */
export function splitTerms(
	text: string,
	label: (id: string, shown: string | undefined) => string | undefined
): ({ text: string } | { id: string; label: string })[] | undefined {
	const parts: ({ text: string } | { id: string; label: string })[] = [];
	let last = 0;
	let kept = ''; // the space kept after the previous term
	for (const match of text.matchAll(TERM_WITH_SPACES)) {
		const [whole, before, id, shown, after] = match;
		const shownLabel = label(id, shown);
		if (shownLabel === undefined) continue;
		const left = before && !startsCjk.test(shownLabel) ? before : '';
		const head = kept + text.slice(last, match.index) + left;
		if (head) parts.push({ text: head });
		parts.push({ id, label: shownLabel });
		kept = after && !endsCjk.test(shownLabel) ? after : '';
		last = match.index + whole.length;
	}
	if (!parts.length) return undefined;
	const tail = kept + text.slice(last);
	if (tail) parts.push({ text: tail });
	return parts;
}

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
	return replaceTerms(expandFigures(text, figure), (id, shown) => shown ?? label(id) ?? id, (_id, _shown, shownLabel) => shownLabel)
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
	return replaceTerms(
		escaped,
		(id, shown) => shown ?? term(id)?.label,
		(id, shown, label) => `<a class="pb-term" href="${term(id)!.href}">${shown ?? escapeHtml(label)}</a>`
	)
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/`([^`]+)`/g, '<code>$1</code>')
		.replace(/\[([^\]]+)\]\(((?:https:\/\/|\/|#)[^)\s]*)\)/g, (_, label: string, href: string) => {
			const external = href.startsWith('https://');
			return `<a href="${href}"${external ? ' rel="noopener"' : ''}>${label}</a>`;
		});
}
