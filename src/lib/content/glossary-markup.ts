/**
 * Rewrites glossary markup in an MDX body, `[[ioss]]` or `[[ioss|shown text]]`, into a link to the
 * term on the glossary page of the file's language. Frontmatter is left alone: its text goes through
 * `renderInline()` when a page renders it.
 */
import { escapeHtml, TERM_PATTERN } from '../inline';
import { glossaryPath } from '../site/paths';
import type { LocaleFolder } from '../../i18n/locales';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

export function linkGlossaryTerms(source: string, locale: LocaleFolder, label: (id: string) => string | undefined): string {
	const frontmatter = FRONTMATTER.exec(source)?.[0] ?? '';
	const body = source.slice(frontmatter.length).replace(TERM_PATTERN, (whole, id: string, shown?: string) => {
		const text = shown ?? label(id);
		if (text === undefined) return whole;
		return `<a class="pb-term" href="${glossaryPath(locale, id)}">${escapeHtml(text)}</a>`;
	});
	return frontmatter + body;
}

/**
 * The language of a content file from its path below the content folder:
 * `risks/en/x.mdx` and `docs/en/…` are English, everything else is the root locale.
 */
export function localeOfContentFile(pathInContent: string): LocaleFolder {
	return /^(?:[^/]+\/)?en\//.test(pathInContent) ? 'en' : 'zh-cn';
}
