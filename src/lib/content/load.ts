/** Reads the playbook's content folder into plain records, without Astro. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../schemas';
import { LOCALE_FOLDERS, type LocaleFolder } from '../../i18n/locales';
import type { ContentError } from './errors';
import { FrontmatterError, parseFrontmatter, parseYaml } from './frontmatter';

export interface RawEntry {
	collection: CollectionName;
	locale: LocaleFolder;
	id: string;
	/** Project-relative path with forward slashes. */
	file: string;
	/** `undefined` when the frontmatter could not be read (the error is already reported). */
	data: unknown;
	body: string;
	bodyLine: number;
}

export interface RawDoc {
	/** Path inside the locale, without extension: `guides/operating-rhythm`, `index`. */
	slug: string;
	locale: LocaleFolder;
	file: string;
	data: unknown;
	body: string;
	bodyLine: number;
}

export interface DataFile {
	file: string;
	data: unknown;
}

export interface RawContent {
	entries: RawEntry[];
	docs: RawDoc[];
	glossary: DataFile | undefined;
	profiles: DataFile | undefined;
	errors: ContentError[];
}

export const ENTRY_EXTENSIONS = ['.mdx', '.md'];
export const GLOSSARY_FILE = 'glossary/terms.yaml';
export const PROFILES_FILE = 'profiles/profiles.yaml';
export const DOCS_FOLDER = 'docs';

function toPosix(path: string) {
	return path.split(sep).join('/');
}

function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

function stripExtension(name: string): string | undefined {
	const ext = ENTRY_EXTENSIONS.find((e) => name.endsWith(e));
	return ext ? name.slice(0, -ext.length) : undefined;
}

function isIgnored(path: string) {
	return path.split(/[\\/]/).some((part) => part.startsWith('_') || part.startsWith('.'));
}

/** Loads every entry, editorial page and the glossary below `contentDir`. */
export function loadContent(contentDir: string, rootDir: string): RawContent {
	const errors: ContentError[] = [];
	const entries: RawEntry[] = [];
	const docs: RawDoc[] = [];
	const rel = (path: string) => toPosix(relative(rootDir, path));

	// An unreadable file still exists: it is kept with no data so that it counts as present
	// (no "missing translation" or "dangling reference" noise on top of its own error).
	const read = (path: string) => {
		try {
			return parseFrontmatter(readFileSync(path, 'utf8'));
		} catch (error) {
			if (!(error instanceof FrontmatterError)) throw error;
			errors.push({ file: rel(path), field: '(frontmatter)', message: error.message });
			return { data: undefined, body: '', bodyLine: 1 };
		}
	};

	for (const collection of COLLECTIONS) {
		const base = join(contentDir, collection);
		for (const path of listFiles(base)) {
			if (isIgnored(relative(base, path))) continue;
			const parts = toPosix(relative(base, path)).split('/');
			const id = stripExtension(parts.at(-1)!);
			if (id === undefined) continue;
			if (parts.length !== 2 || !LOCALE_FOLDERS.includes(parts[0] as LocaleFolder)) {
				errors.push({
					file: rel(path),
					field: '(file)',
					message: `must be stored as ${toPosix(join(relative(rootDir, base), '<locale>', parts.at(-1)!))} where <locale> is one of: ${LOCALE_FOLDERS.join(', ')}`,
				});
				continue;
			}
			entries.push({ collection, locale: parts[0] as LocaleFolder, id, file: rel(path), ...read(path) });
		}
	}

	const docsBase = join(contentDir, DOCS_FOLDER);
	const otherLocales = LOCALE_FOLDERS.filter((l) => l !== LOCALE_FOLDERS[0]);
	for (const path of listFiles(docsBase)) {
		if (isIgnored(relative(docsBase, path))) continue;
		const slug = stripExtension(toPosix(relative(docsBase, path)));
		if (slug === undefined) continue;
		const [first, ...rest] = slug.split('/');
		const inLocale = otherLocales.includes(first as LocaleFolder);
		const parsed = read(path);
		docs.push({
			slug: inLocale ? rest.join('/') || 'index' : slug,
			locale: inLocale ? (first as LocaleFolder) : LOCALE_FOLDERS[0],
			file: rel(path),
			...parsed,
		});
	}

	const readData = (name: string): DataFile | undefined => {
		const path = join(contentDir, name);
		if (!existsSync(path)) return undefined;
		try {
			return { file: rel(path), data: parseYaml(readFileSync(path, 'utf8')) };
		} catch (error) {
			if (!(error instanceof FrontmatterError)) throw error;
			errors.push({ file: rel(path), field: '(file)', message: error.message });
			return undefined;
		}
	};

	return { entries, docs, glossary: readData(GLOSSARY_FILE), profiles: readData(PROFILES_FILE), errors };
}
