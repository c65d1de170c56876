/**
 * Strings of Starlight's own interface that its dictionary lacks or words differently for a locale:
 * the search dialog (Pagefind UI, which Starlight feeds every `pagefind.*` key) and the heading
 * anchors' hidden label. The optional `starlight` section of each locale's table
 * (`content/i18n/<folder>.json`), injected by the `playbookStrings` Starlight plugin
 * (src/integrations/starlight-strings.ts), keyed by each locale's `lang`. English keeps Starlight's
 * own wording (its section is empty).
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
