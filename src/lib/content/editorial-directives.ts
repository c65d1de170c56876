/**
 * Block components for the editorial pages (`content/docs`), written as Markdown directives so that
 * those pages stay Markdown. One MDX file anywhere in the content layer makes Astro run its
 * head-propagation pass on every page of the site (at 2,000 pages: a fifth of the build).
 *
 *     :::steps                            an ordered list, drawn as numbered steps
 *     1. **Read.** …
 *     :::
 *
 *     ::::cards                           a grid of titled cards with an icon
 *     :::card[Operator]{icon=rocket}
 *     Markdown body…
 *     :::
 *     ::::
 *
 *     :::link-cards                       a grid of link cards
 *     - [Title](/en/strategies/x/): description
 *     :::
 *
 *     :::answer-scale                     the 0–3 answer scale, in the page's language
 *     :::
 *
 * Asides (`:::note[Title]`) are Starlight's own. The markup matches Starlight's `<Steps>`, `<Card>`,
 * `<CardGrid>` and `<LinkCard>`; the styles are in `src/styles/editorial.css`.
 */
import type { MdastPluginEntry } from 'satteri';
import { answerScaleHtml } from '../../i18n/answer-scale';
import { escapeHtml } from '../inline';
import { contentPlugin } from './content-plugin';
import { EDITORIAL_ICONS, type EditorialIcon } from './editorial-icons';

type Node = { type: string; name?: string; value?: string; url?: string; attributes?: Record<string, string | null | undefined> | null; children?: Node[]; data?: Record<string, unknown> };

/** The plain text of a node (labels, link titles, descriptions). */
export function textOf(node: Node): string {
	return node.value ?? (node.children ?? []).map(textOf).join('');
}

const html = (value: string): Node => ({ type: 'html', value });

function icon(name: string | null | undefined, className: string): string {
	const paths = name && Object.hasOwn(EDITORIAL_ICONS, name) ? EDITORIAL_ICONS[name as EditorialIcon] : undefined;
	return paths ? `<svg aria-hidden="true" class="${className}" width="16" height="16" viewBox="0 0 24 24" fill="currentColor">${paths}</svg>` : '';
}

/** `:::card[Title]{icon=…}` → an article with the title and the Markdown body (links, terms and figures still resolve). */
function card(directive: Node): Node[] {
	const [first, ...rest] = directive.children ?? [];
	const labelled = first?.data?.directiveLabel === true;
	const title = labelled ? textOf(first) : '';
	const body = labelled ? rest : (directive.children ?? []);
	return [
		html(`<article class="pb-card"><p class="pb-card-title">${icon(directive.attributes?.icon, 'pb-card-icon')}<span>${escapeHtml(title)}</span></p><div class="pb-card-body">`),
		...body,
		html('</div></article>'),
	];
}

/** One `- [Title](href): description` list item → a link card. */
export function linkCard(item: Node): string {
	const paragraph = item.children?.[0];
	const [link, ...rest] = paragraph?.children ?? [];
	if (link?.type !== 'link') return '';
	const description = textOf({ type: 'fragment', children: rest }).replace(/^\s*[:：]\s*/, '').trim();
	return [
		'<div class="pb-link-card"><span class="pb-link-card-stack">',
		`<a href="${escapeHtml(link.url ?? '')}"><span class="pb-link-card-title">${escapeHtml(textOf(link))}</span></a>`,
		description ? `<span class="pb-link-card-description">${escapeHtml(description)}</span>` : '',
		`</span>${icon('right-arrow', 'pb-link-card-icon rtl:flip')}</div>`,
	].join('');
}

/** The directive's replacement, or undefined for a directive that is not ours (left to Starlight). */
export function expandDirective(node: Node, locale: Parameters<typeof answerScaleHtml>[0]): Node[] | undefined {
	switch (node.name) {
		case 'steps':
			return (node.children ?? []).map((child) => (child.type === 'list' ? { ...child, data: { ...child.data, hProperties: { className: ['sl-steps'], role: 'list' } } } : child));
		case 'cards':
			return [html('<div class="pb-card-grid">'), ...(node.children ?? []).flatMap((child) => (child.type === 'containerDirective' && child.name === 'card' ? card(child) : [child])), html('</div>')];
		case 'link-cards':
			return [html(`<div class="pb-card-grid">${(node.children ?? []).flatMap((list) => (list.type === 'list' ? (list.children ?? []).map(linkCard) : [])).join('')}</div>`)];
		case 'answer-scale':
			return [html(answerScaleHtml(locale))];
		default:
			return undefined;
	}
}

/** The plugin for files below the content folder. */
export function editorialDirectivesPlugin(contentDir: () => string | undefined): MdastPluginEntry {
	return contentPlugin(contentDir, ':::', 'playbook-editorial-directives', (locale) => ({
		containerDirective(node, visit) {
			const replacement = expandDirective(node, locale);
			if (replacement) visit.replaceNode(node, replacement);
		},
	}));
}
