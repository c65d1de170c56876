/** URLs of the playbook's own pages. Anchors are language-neutral; only the locale prefix differs. */
import type { CollectionName } from '../../schemas';
import { localizePath, type LocaleFolder } from '../../i18n/locales';

export function collectionPath(collection: CollectionName, locale: LocaleFolder): string {
	return localizePath(`/${collection}/`, locale);
}

export function entryPath(collection: CollectionName, id: string, locale: LocaleFolder, anchor?: string): string {
	return localizePath(`/${collection}/${id}/`, locale) + (anchor ? `#${anchor}` : '');
}

export function glossaryPath(locale: LocaleFolder, termId?: string): string {
	return localizePath('/glossary/', locale) + (termId ? `#${termId}` : '');
}
