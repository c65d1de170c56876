/**
 * Strings of the offline edition: the web app manifests and the new-edition notice (the `delivery`
 * section of each locale's table, `content/i18n/<folder>.json`). Site title and description are `ui`'s.
 * The notice's script runs on every page, so it takes only this section of each table, not the tables.
 */
export interface DeliveryStrings {
	shortName: string;
	updateReady: string;
	updateAction: string;
	updateLater: string;
}

interface LocaleRow {
	folder: string;
	lang: string;
	root?: boolean;
}

// Vite resolves `/content/…` against the site being built (see `locales.ts`); only the `delivery`
// section of each table is bundled.
const LOCALE_ROWS = Object.values(import.meta.glob('/content/i18n/locales.json', { eager: true, import: 'default' }))[0] as LocaleRow[];
const SECTIONS = import.meta.glob(['/content/i18n/*.json', '!/content/i18n/locales.json'], { eager: true, import: 'delivery' }) as Record<string, DeliveryStrings>;

/** The strings for a page's `lang` (`zh-CN`, `en`); an unknown `lang` gets the root locale's. */
export function deliveryStrings(lang: string): DeliveryStrings {
	const row = LOCALE_ROWS.find((l) => l.lang.toLowerCase() === lang.toLowerCase()) ?? LOCALE_ROWS.find((l) => l.root)!;
	return SECTIONS[`/content/i18n/${row.folder}.json`];
}
