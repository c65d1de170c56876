/**
 * A Markdown-pipeline (Sätteri mdast) plugin that turns glossary markup in content bodies,
 * `[[ioss]]` or `[[ioss|shown text]]`, into links to the term on the glossary page of the file's
 * language. It works on text nodes of the syntax tree, so code spans and code blocks are never
 * touched. Frontmatter text goes through `renderInline()` when a page renders it.
 */
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';
import { splitTerms } from '../inline';
import { glossaryPath } from '../site/paths';
import { LOCALES, ROOT_LOCALE, type LocaleFolder } from '../../i18n/locales';

type Label = (id: string, locale: LocaleFolder) => string | undefined;

/**
 * The language of a content file from its path below the content folder: `risks/en/x.md` and
 * `docs/en/…` are in the `en` locale; files in no other locale's folder are in the root locale.
 */
export function localeOfContentFile(pathInContent: string): LocaleFolder {
	const [first, second] = pathInContent.split('/');
	const other = LOCALES.find((l) => l !== ROOT_LOCALE && (l.folder === second || l.folder === first));
	return other?.folder ?? ROOT_LOCALE.folder;
}

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

/**
 * The plugin for files below the content folder (`contentDir()`: a file URL ending in `/`, known
 * once Astro has read its config); `label` names a term in a locale.
 */
export function glossaryPlugin(contentDir: () => string | undefined, label: Label): MdastPluginEntry {
	return (ctx: PluginFactoryContext) => {
		const file = ctx.fileURL?.href;
		const dir = contentDir();
		if (!dir || !file?.startsWith(dir) || !ctx.source.includes('[[')) return null;
		const locale = localeOfContentFile(decodeURI(file.slice(dir.length)));
		return {
			name: 'playbook-glossary-terms',
			text(node: any, visit: any) {
				const nodes = termNodes(node.value, locale, label);
				if (nodes) visit.replaceNode(node, nodes);
			},
		};
	};
}
