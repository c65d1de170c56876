/**
 * A Markdown-pipeline (Sätteri mdast) plugin that turns glossary markup in content bodies,
 * `[[ioss]]` or `[[ioss|shown text]]`, into links to the term on the glossary page of the file's
 * language. It works on text nodes of the syntax tree, so code spans and code blocks are never
 * touched. Frontmatter text goes through `renderInline()` when a page renders it.
 */
import type { MdastPluginEntry } from 'satteri';
import { splitTerms } from '../inline';
import { glossaryPath } from '../site/paths';
import type { LocaleFolder } from '../../i18n/locales';
import { contentPlugin } from './content-plugin';

type Label = (id: string, locale: LocaleFolder) => string | undefined;

/**
 * Splits text into plain text and term links; `undefined` when there is no known term in it. A space
 * typed between Chinese text and a Chinese term label is dropped (see `splitTerms`).
 */
export function termNodes(text: string, locale: LocaleFolder, label: Label) {
	const parts = splitTerms(text, (id, shown) => shown ?? label(id, locale));
	return parts?.map((part) =>
		'text' in part
			? { type: 'text', value: part.text }
			: {
					type: 'link',
					url: glossaryPath(locale, part.id),
					children: [{ type: 'text', value: part.label }],
					data: { hProperties: { className: ['pb-term'] } },
				}
	);
}

/** The plugin for files below the content folder; `label` names a term in a locale. */
export function glossaryPlugin(contentDir: () => string | undefined, label: Label): MdastPluginEntry {
	return contentPlugin(contentDir, '[[', 'playbook-glossary-terms', (locale) => ({
		text(node, visit) {
			const nodes = termNodes(node.value, locale, label);
			if (nodes) visit.replaceNode(node, nodes);
		},
	}));
}
