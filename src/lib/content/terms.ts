/**
 * One term per concept: the preferred term for each concept and the variants that fail the
 * content check, per language (writing-style.md decides the preferred term). The check runs over
 * every entry's frontmatter and body and every editorial page, in the file's own language.
 */
import type { LocaleFolder } from '../../i18n/locales';

export interface TermRule {
	locale: LocaleFolder;
	preferred: string;
	variants: string[];
	/** Only a field whose whole text is the variant fails (an answer label, not prose that uses the word). */
	wholeField?: boolean;
	/** Case-insensitive, whole-word match (English). */
	word?: boolean;
}

export const TERM_RULES: readonly TermRule[] = [
	{ locale: 'zh-cn', preferred: '账号健康', variants: ['账户健康'] },
	{ locale: 'zh-cn', preferred: '小额豁免', variants: ['小额免税', '低价值包裹免税', '低价值免税'] },
	{ locale: 'zh-cn', preferred: '经济运营者', variants: ['经济经营者'] },
	{ locale: 'zh-cn', preferred: '不清楚', variants: ['不确定'], wholeField: true },
	{ locale: 'en', preferred: 'RMB', variants: ['renminbi', 'yuan'], word: true },
	{ locale: 'en', preferred: 'de minimis', variants: ['low-value duty-free treatment', 'low-value relief'], word: true },
];

export interface TermMisuse {
	variant: string;
	preferred: string;
}

function escapeRegExp(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = TERM_RULES.map((rule) => ({
	rule,
	patterns: rule.variants.map((variant) => ({
		variant,
		pattern: rule.wholeField
			? new RegExp(`^\\s*${escapeRegExp(variant)}\\s*$`)
			: rule.word
				? new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(variant)}(?![\\p{L}\\p{N}-])`, 'iu')
				: new RegExp(escapeRegExp(variant)),
	})),
}));

/** Every non-preferred variant used in `text` (a field's whole value or one body line) of a language. */
export function termMisuses(text: string, locale: LocaleFolder): TermMisuse[] {
	const found: TermMisuse[] = [];
	for (const { rule, patterns } of compiled) {
		if (rule.locale !== locale) continue;
		for (const { variant, pattern } of patterns) {
			const match = pattern.exec(text);
			if (match) found.push({ variant: rule.wholeField ? variant : match[0].trim(), preferred: rule.preferred });
		}
	}
	return found;
}

export function termMisuseMessage({ variant, preferred }: TermMisuse): string {
	return `uses "${variant}": write "${preferred}" (one term per concept, src/lib/content/terms.ts)`;
}
