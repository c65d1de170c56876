/**
 * The playbook's languages, read from the site's `content/i18n/locales.json`: one row per locale with
 * its content `folder` (also the key of per-language data in YAML), its HTML `lang`, its URL `prefix`
 * (empty for the root locale, served at `/`), the language picker's `label`, and optionally `intl`,
 * the locale `Intl` formats dates and numbers in (defaults to `lang`). Exactly one row is `root`.
 * Adding a locale is a row there plus `content/i18n/<folder>.json` and the content in its folder.
 */

export interface Locale {
	folder: string;
	lang: string;
	prefix: string;
	label: string;
	root: boolean;
	/** BCP 47 locale for `Intl` (dates, numbers). */
	intl: string;
}

/** A locale's content folder (`zh-cn`, `en`): a string, as the list is data; check one with `isLocaleFolder`. */
export type LocaleFolder = string;
export type Lang = string;

const FILE = 'content/i18n/locales.json';

function readLocalesFile(): unknown {
	try {
		// Vite (build, dev, config loading, Vitest) resolves `/content/…` against its root: the site being
		// built, even when `src/` is a symlink into another project (fixture sites).
		return Object.values(import.meta.glob('/content/i18n/locales.json', { eager: true, import: 'default' }))[0];
	} catch {
		// Plain Node (tsx scripts) has no `import.meta.glob`: the site in the current directory.
		const { readFileSync } = process.getBuiltinModule('node:fs');
		return JSON.parse(readFileSync(`${process.cwd()}/${FILE}`, 'utf8'));
	}
}

/** Checks the rows; every problem is thrown as `content/i18n/locales.json: [row].field: message`. */
export function parseLocales(data: unknown): Locale[] {
	const fail = (where: string, message: string): never => {
		throw new Error(`${FILE}: ${where}: ${message}`);
	};
	if (!Array.isArray(data) || data.length === 0) fail('(file)', 'must be a list of locales');
	const rows = (data as Record<string, unknown>[]).map((row, i) => {
		const text = (field: string, pattern: RegExp) => {
			const value = row?.[field];
			if (typeof value !== 'string' || !pattern.test(value)) fail(`[${i}].${field}`, `expected text matching ${pattern}, got ${JSON.stringify(value)}`);
			return value as string;
		};
		const folder = text('folder', /^[a-z]{2,3}(-[a-z0-9]+)*$/);
		const lang = text('lang', /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/);
		const root = row.root === true;
		const prefix = text('prefix', root ? /^$/ : /^[a-z]{2,3}(-[a-z0-9]+)*$/);
		const label = text('label', /\S/);
		const intl = row.intl === undefined ? lang : text('intl', /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$/);
		for (const key of Object.keys(row)) if (!['folder', 'lang', 'prefix', 'label', 'root', 'intl'].includes(key)) fail(`[${i}].${key}`, 'unknown field');
		return { folder, lang, prefix, label, root, intl };
	});
	if (rows.filter((l) => l.root).length !== 1) fail('(file)', 'exactly one locale must be "root": true');
	for (const field of ['folder', 'lang', 'prefix'] as const) {
		const seen = new Set<string>();
		rows.forEach((l, i) => (seen.has(l[field]) ? fail(`[${i}].${field}`, `"${l[field]}" is used twice`) : seen.add(l[field])));
	}
	// The root locale first: it is the source of translations and the default everywhere.
	return [...rows.filter((l) => l.root), ...rows.filter((l) => !l.root)];
}

export const LOCALES: readonly Locale[] = parseLocales(readLocalesFile());
export const ROOT_LOCALE = LOCALES[0];
export const LOCALE_FOLDERS: LocaleFolder[] = LOCALES.map((l) => l.folder);

export function isLocaleFolder(value: unknown): value is LocaleFolder {
	return typeof value === 'string' && LOCALE_FOLDERS.includes(value);
}

export function localeByFolder(folder: LocaleFolder): Locale {
	const locale = LOCALES.find((l) => l.folder === folder);
	if (!locale) throw new Error(`Unknown locale "${folder}": ${FILE} lists ${LOCALE_FOLDERS.join(', ')}`);
	return locale;
}

/** Starlight's `locale` is `undefined` for the root locale and the prefix otherwise. */
export function folderFromStarlightLocale(locale: string | undefined): LocaleFolder {
	return LOCALES.find((l) => l.prefix === (locale ?? ''))?.folder ?? ROOT_LOCALE.folder;
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
