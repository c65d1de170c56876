/**
 * The interface strings: one table per locale, `content/i18n/<folder>.json`, with one section per
 * part of the interface (`ui`, `assessment`, `planner`, `feeds`, `starlight`, …). The key types come
 * from the root locale's table; the content check (`checkStringTables`) fails the build when another
 * locale's table lacks a key the root has or has one it does not. Server-side only: islands get the
 * strings they use from their page.
 */
import type RootTable from '../../content/i18n/zh-cn.json';
import { LOCALES, ROOT_LOCALE, type LocaleFolder } from './locales';

export type Section = keyof typeof RootTable;
export type SectionKey<S extends Section> = keyof (typeof RootTable)[S] & string;
export type Table = { [S in Section]: Record<SectionKey<S>, string> };

/**
 * Sections whose keys a locale may leave out: `starlight` overrides Starlight's own dictionary for
 * the locale's `lang`, which Starlight already has for many languages.
 */
export const OPTIONAL_SECTIONS: readonly string[] = ['starlight'];

export const stringsFile = (folder: LocaleFolder) => `content/i18n/${folder}.json`;

function readTableFiles(): Record<string, unknown> {
	try {
		// See `locales.ts`: Vite resolves `/content/…` against the site being built.
		return import.meta.glob(['/content/i18n/*.json', '!/content/i18n/locales.json'], { eager: true, import: 'default' });
	} catch {
		const { readdirSync, readFileSync } = process.getBuiltinModule('node:fs');
		const dir = `${process.cwd()}/content/i18n`;
		return Object.fromEntries(
			readdirSync(dir)
				.filter((name) => name.endsWith('.json') && name !== 'locales.json')
				.map((name) => [`/content/i18n/${name}`, JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'))])
		);
	}
}

export interface StringTableFile {
	folder: LocaleFolder;
	/** Project-relative path. */
	file: string;
	/** The file as written; `undefined` when the file does not exist. */
	table: Record<string, Record<string, unknown>> | undefined;
}

let files: StringTableFile[] | undefined;

/** Every locale's table as written, for the content check. */
export function stringTableFiles(): StringTableFile[] {
	if (!files) {
		const read = readTableFiles();
		files = LOCALES.map(({ folder }) => ({ folder, file: stringsFile(folder), table: read[`/${stringsFile(folder)}`] as StringTableFile['table'] }));
	}
	return files;
}

const tables = new Map<LocaleFolder, Table>();

/**
 * A locale's strings. A key the locale lacks reads the root locale's value, so the site can still
 * load while the content check reports the gap (and fails the build).
 */
export function localeTable(folder: LocaleFolder): Table {
	let table = tables.get(folder);
	if (!table) {
		const all = stringTableFiles();
		const own = all.find((f) => f.folder === folder);
		if (!own) throw new Error(`Unknown locale "${folder}"`);
		const root = all.find((f) => f.folder === ROOT_LOCALE.folder)!.table ?? {};
		table = Object.fromEntries(
			Object.keys(root).map((section) => [
				section,
				OPTIONAL_SECTIONS.includes(section) ? { ...own.table?.[section] } : { ...root[section], ...own.table?.[section] },
			])
		) as Table;
		tables.set(folder, table);
	}
	return table;
}

export interface TableProblem {
	file: string;
	field: string;
	message: string;
}

/** Each locale's table has exactly the root table's keys (optional sections: a subset of them), all text. */
export function checkStringTables(all: StringTableFile[] = stringTableFiles()): TableProblem[] {
	const problems: TableProblem[] = [];
	const root = all.find((f) => f.folder === ROOT_LOCALE.folder);
	for (const { folder, file, table } of all) {
		if (!table || typeof table !== 'object') {
			problems.push({ file, field: '(file)', message: `missing: every locale in content/i18n/locales.json needs its strings table` });
			continue;
		}
		for (const [section, keys] of Object.entries(table)) {
			if (!keys || typeof keys !== 'object') {
				problems.push({ file, field: section, message: 'expected an object of strings' });
				continue;
			}
			for (const [key, value] of Object.entries(keys)) {
				if (typeof value !== 'string') problems.push({ file, field: `${section}.${key}`, message: `expected text, got ${JSON.stringify(value)}` });
				if (folder !== root?.folder && root?.table && !(key in (root.table[section] ?? {}))) {
					problems.push({ file, field: `${section}.${key}`, message: `unknown string: ${root.file} has no such key` });
				}
			}
		}
		if (folder === root?.folder || !root?.table) continue;
		for (const [section, keys] of Object.entries(root.table)) {
			if (OPTIONAL_SECTIONS.includes(section)) continue;
			for (const key of Object.keys(keys)) {
				if (!table[section] || !(key in table[section])) problems.push({ file, field: `${section}.${key}`, message: `missing string: ${root.file} has it` });
			}
		}
	}
	return problems;
}
