/** The glossary: one YAML list with both languages side by side, so a term cannot lack a translation. */
import { z } from 'astro/zod';
import { LOCALE_FOLDERS, type LocaleFolder } from '../i18n/locales';
import { slug, text, uniqueList } from './common';

/** One value per locale, keyed by the locale id (`zh-cn`, `en`): a new locale is a new key. */
export function byLocale<T extends z.ZodType>(schema: T) {
	return z.strictObject(Object.fromEntries(LOCALE_FOLDERS.map((locale) => [locale, schema])) as Record<LocaleFolder, T>);
}

const termText = z.strictObject({ term: text, definition: text });

export const glossaryTermSchema = z.strictObject({
	id: slug,
	/** Language-neutral abbreviation, e.g. IOSS. */
	abbr: text.optional(),
	...byLocale(termText).shape,
	see: uniqueList(slug, 'term').optional(),
});

export const glossarySchema = z.array(glossaryTermSchema).min(1, { error: 'must define at least one term' });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/**
 * Which key of a term (or profile) holds the text for a locale: the locale id itself. Kept for
 * callers written when the keys were `zh`/`en`; new code indexes by the locale directly.
 */
export const GLOSSARY_KEY = Object.fromEntries(LOCALE_FOLDERS.map((l) => [l, l])) as { [L in LocaleFolder]: L };
