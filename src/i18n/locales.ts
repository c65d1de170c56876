/**
 * The playbook's two languages. Simplified Chinese is the root locale (served at `/`),
 * English is served at `/en/`. Content folders use the `folder` name.
 */
export const LOCALES = [
	{ folder: 'zh-cn', lang: 'zh-CN', prefix: '', label: '简体中文' },
	{ folder: 'en', lang: 'en', prefix: 'en', label: 'English' },
] as const;

export type LocaleFolder = (typeof LOCALES)[number]['folder'];
export type Lang = (typeof LOCALES)[number]['lang'];

export const ROOT_LOCALE = LOCALES[0];
export const LOCALE_FOLDERS = LOCALES.map((l) => l.folder) as LocaleFolder[];

export function localeByFolder(folder: LocaleFolder) {
	return LOCALES.find((l) => l.folder === folder)!;
}

/** Starlight's `locale` is `undefined` for the root locale and the prefix otherwise. */
export function folderFromStarlightLocale(locale: string | undefined): LocaleFolder {
	return (LOCALES.find((l) => l.prefix === (locale ?? ''))?.folder ?? ROOT_LOCALE.folder) as LocaleFolder;
}

/** Prefixes a root-relative path with the locale, e.g. `/risks/` → `/en/risks/`. */
export function localizePath(path: string, folder: LocaleFolder): string {
	const { prefix } = localeByFolder(folder);
	return prefix ? `/${prefix}${path}` : path;
}

/** Starlight's `locales` option, derived from the list above. */
export function starlightLocales() {
	return Object.fromEntries(
		LOCALES.map((l) => [l.prefix || 'root', { label: l.label, lang: l.lang }])
	) as Record<string, { label: string; lang: string }>;
}

/** The same page in another locale: `/en/risks/x/` ↔ `/risks/x/`. */
export function switchLocalePath(pathname: string, target: LocaleFolder): string {
	const segments = pathname.split('/');
	const current = LOCALES.find((l) => l.prefix && segments[1] === l.prefix);
	const rest = current ? '/' + segments.slice(2).join('/') : pathname;
	return localizePath(rest, target);
}
