/**
 * Strings of Starlight's own interface that its dictionary lacks or words differently for a locale:
 * the search dialog (Pagefind UI, which Starlight feeds every `pagefind.*` key) and the heading
 * anchors' hidden label. The optional `starlight` section of each locale's table
 * (`content/i18n/<folder>.json`), keyed by each locale's `lang`: the entries of the `i18n` content
 * collection (src/content.config.ts), where Starlight reads them. English keeps Starlight's own
 * wording (its section is empty).
 */
import { LOCALES } from './locales';
import { localeTable } from './tables';

export function starlightStrings(): Record<string, Record<string, string>> {
	return Object.fromEntries(
		LOCALES.flatMap(({ folder, lang }) => {
			const section: Record<string, string> = localeTable(folder).starlight;
			return Object.keys(section).length ? [[lang, section]] : [];
		})
	);
}
