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

/** The language of a content file, from its path (`content/risks/en/x.mdx`, `content/docs/en/…`). */
export function localeOfContentFile(path: string): LocaleFolder {
	return /\/content\/(?:[^/]+\/)?en\//.test(path) ? 'en' : 'zh-cn';
}
