/** The glossary: one YAML list with both languages side by side, so a term cannot lack a translation. */
import { z } from 'astro/zod';
import type { LocaleFolder } from '../i18n/locales';
import { slug, text, uniqueList } from './common';

const termText = z.strictObject({ term: text, definition: text });

export const glossaryTermSchema = z.strictObject({
	id: slug,
	/** Language-neutral abbreviation, e.g. IOSS. */
	abbr: text.optional(),
	zh: termText,
	en: termText,
	see: uniqueList(slug, 'term').optional(),
});

export const glossarySchema = z.array(glossaryTermSchema).min(1, { error: 'must define at least one term' });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/** Which key of a term holds the text for a locale folder. */
export const GLOSSARY_KEY: Record<LocaleFolder, 'zh' | 'en'> = { 'zh-cn': 'zh', en: 'en' };
