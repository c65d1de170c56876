/**
 * Entry ids in the Astro collections. The root-locale (Chinese) version of an entry is stored under
 * its bare id (`tax-customs`) and every other version under `<locale>/<id>` (`en/tax-customs`).
 * References in both languages name the bare id, so `reference()` checks them against one set, and
 * pages look up the version for their own locale.
 */
import { ROOT_LOCALE, type LocaleFolder } from '../../i18n/locales';

export function entryIdFromPath(path: string): string {
	const parts = path.replace(/\.(md|mdx)$/, '').split('/');
	// A file outside `<locale>/<id>` keeps its whole path under `~/`, so it cannot collide with a real
	// entry; the content rules report where it should be.
	if (parts.length !== 2) return `~/${parts.join('/')}`;
	const [locale, id] = parts;
	return locale === ROOT_LOCALE.folder ? id : `${locale}/${id}`;
}

export function splitEntryId(entryId: string): { id: string; locale: LocaleFolder } {
	const slash = entryId.indexOf('/');
	return slash === -1
		? { id: entryId, locale: ROOT_LOCALE.folder }
		: { id: entryId.slice(slash + 1), locale: entryId.slice(0, slash) as LocaleFolder };
}
