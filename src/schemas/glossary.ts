/** The glossary: one YAML list with both languages side by side, so a term cannot lack a translation. */
import { z } from 'astro/zod';
import { LOCALE_FOLDERS, type LocaleFolder } from '../i18n/locales';
import { slug, text, uniqueList } from './common';

/**
 * The key per-locale data is typed by. The locales are data (content/i18n/locales.json), so the
 * types name only the root locale's key (as the string tables' types come from the root's table),
 * and code reads any locale's value with `inLocale`. (An index signature would swallow the other fields' types.)
 */
type TypedLocaleKey = 'zh-cn';

/** One value per locale, keyed by the locale id (`zh-cn`, `en`): a new locale is a new key. */
export function byLocale<T extends z.ZodType>(schema: T) {
	return z.strictObject(Object.fromEntries(LOCALE_FOLDERS.map((locale) => [locale, schema])) as Record<TypedLocaleKey, T>);
}

/** A per-locale value standing alone (`label: { zh-cn: 票, en: shipments }`): typed by any locale. */
export function localeRecord<T extends z.ZodType>(schema: T) {
	return z.strictObject(Object.fromEntries(LOCALE_FOLDERS.map((locale) => [locale, schema])) as Record<LocaleFolder, T>);
}

/** The value of per-locale data (a term, profile, regulation or event) in a locale; the schema requires every locale's key. */
export function inLocale<T>(data: Record<TypedLocaleKey, T>, locale: LocaleFolder): T {
	return (data as Record<LocaleFolder, T>)[locale];
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
