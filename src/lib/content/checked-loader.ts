/**
 * The one content pipeline: Astro's own loaders (`glob`, `file`) read and parse every file, and
 * this wrapper around them
 *  - validates each file against its zod schema once, collecting every issue as
 *    `file: field: message` instead of stopping at the first one;
 *  - keeps YAML dates as written (`effective: 2021-02-30` stays text, so the schema rejects it
 *    instead of js-yaml rolling it over to 2 March);
 *  - once every collection has loaded, runs the cross-file rules (`rules.ts`) over the loaded
 *    collections. `astro build`/`astro sync` fail with the full report; `astro dev` logs it and
 *    runs the rules again whenever a loader changes the store;
 *  - publishes the figures and glossary terms (`referenceLists()`) before any entry renders: entries
 *    are Markdown, rendered by the content layer as they load, and `{{figure}}` and `[[term]]` are
 *    written in by the Markdown plugins from these lists. An entry that uses either is cached with
 *    the lists' digest, so an edit to `figures.yaml` or the glossary renders it again.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '../../schemas';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Profile } from '../../schemas/profile';
import type { RegulationData } from '../../schemas/regulation';
import type { Figure } from '../../schemas/figure';
import { formatContentError, sortErrors, type ContentError } from './errors';
import { checkContent, type LoadedContent } from './rules';
import { checkStringTables } from '../../i18n/tables';
import { figures } from './collections';
import { issuesToErrors } from './zod-messages';
import { datedRows, formatStaleReport, staleAfterDays, staleRows, today } from './stale';

export type CheckedKind = { entries: CollectionName } | 'docs' | 'glossary' | 'profiles' | 'figures' | 'regulations';

/** List files (one YAML list, one entry per item) and the file each lives in. */
const LIST_FILES = { glossary: 'glossary/terms.yaml', profiles: 'profiles/profiles.yaml', figures: figures.file } as const;
const LIST_ITEM = { glossary: 'term', profiles: 'profile', figures: 'figure' } as const;
const isListKind = (kind: CheckedKind): kind is keyof typeof LIST_FILES => typeof kind === 'string' && kind in LIST_FILES;

interface Tracked {
	kind: CheckedKind;
	store: LoaderContext['store'];
	/** The dev server's file watcher (entry collections in dev only). */
	watcher?: LoaderContext['watcher'];
	loaded: boolean;
	/** Problems found while loading, by project-relative file. */
	problems: Map<string, ContentError[]>;
	/** Where each file's body starts (Astro stores bodies trimmed). */
	bodyLines: Map<string, number>;
	/** Items of a list file (glossary, profiles) that failed their schema. */
	invalidIds: Set<string>;
}

export function formatReport(errors: ContentError[]): string {
	return [`Content check failed with ${errors.length} problem(s):`, ...errors.map((e) => `  ${formatContentError(e)}`)].join('\n');
}

/** What the last check found; read by `npm run validate` and the glossary linker in the same process. */
export interface CheckResult {
	errors: ContentError[];
	entries: number;
	glossary: GlossaryTerm[];
	content: LoadedContent;
	/** Dated rows older than the stale limit (warnings, not errors), and that limit in days. */
	stale: ContentError[];
	staleAfterDays: number;
}
const RESULT = Symbol.for('playbook.content-check');
export function lastCheck(): CheckResult | undefined {
	return (globalThis as any)[RESULT];
}

/** The figures and glossary terms by id, as loaded, and a digest of both. */
export interface ReferenceLists {
	figures: Map<string, Figure>;
	glossary: Map<string, GlossaryTerm>;
	digest: string;
}
const LISTS = Symbol.for('playbook.reference-lists');
/** What the Markdown plugins write `{{id}}` and `[[id]]` from (set before any entry loads). */
export function referenceLists(): ReferenceLists | undefined {
	return (globalThis as any)[LISTS];
}

/** Whether an entry file's text uses a figure or a glossary term (its rendering then depends on the lists). */
const usesLists = (contents: string) => contents.includes('{{') || contents.includes('[[');

/** Unquoted `key: YYYY-MM-DD` scalars of a YAML text get quotes, so YAML keeps them as the text the author wrote. */
export function keepYamlDatesAsText(yaml: string): string {
	return yaml.replace(/^(\s*(?:-\s+)?[\w-]+:[ \t]+)(\d{4}-\d{2}-\d{2})(?=[ \t]*(?:#.*)?$)/gm, "$1'$2'");
}

/** The same for the frontmatter of an entry file (the body is left as written). */
export function keepDatesAsText(contents: string): string {
	const end = /^---\r?\n[\s\S]*?\r?\n---/.exec(contents)?.[0].length;
	if (end === undefined) return contents;
	return keepYamlDatesAsText(contents.slice(0, end)) + contents.slice(end);
}

function lineOf(text: string, index: number) {
	let line = 1;
	for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/**
 * One coordinator per evaluation of `content.config.ts` (so per build, sync or dev server).
 * `contentDir` is the content folder relative to the project root.
 */
export function createContentCheck(contentDir: string) {
	const tracked = new Map<string, Tracked>();
	let projectRoot = '';
	let dev = false;
	let scheduled: ReturnType<typeof setTimeout> | undefined;
	let listsDigest: ((data: string) => string) | undefined;
	let listsLoaded!: () => void;
	const listsReady = new Promise<void>((resolve) => (listsLoaded = resolve));

	const rel = (path: string) => relative(projectRoot, path.startsWith('file:') ? fileURLToPath(path) : path).split('\\').join('/');

	function collect(): LoadedContent {
		const content: LoadedContent = { contentDir, entries: [], docs: [], glossary: undefined, profiles: undefined, figures: undefined, regulations: undefined };
		for (const t of tracked.values()) {
			const invalid = new Set(t.problems.keys());
			if (isListKind(t.kind)) {
				const items = [...t.store.values()].map((e) => ({ id: e.id, data: t.invalidIds.has(e.id) ? undefined : (e.data as any) }));
				const file = [...t.store.values()][0]?.filePath ?? `${contentDir}/${LIST_FILES[t.kind]}`;
				if (t.kind === 'glossary') content.glossary = { file, items: items as { id: string; data: GlossaryTerm }[] };
				else if (t.kind === 'profiles') content.profiles = { file, items: items as { id: string; data: Profile }[] };
				else content.figures = { file, items: items as { id: string; data: Figure }[] };
				continue;
			}
			if (t.kind === 'regulations') {
				content.regulations = [...t.store.values()].map((e) => ({
					id: e.id,
					file: e.filePath!,
					data: invalid.has(e.filePath!) ? undefined : (e.data as RegulationData),
				}));
				continue;
			}
			for (const e of t.store.values()) {
				const file = e.filePath!;
				const body = e.body ?? '';
				const bodyLine = t.bodyLines.get(file) ?? 1;
				if (t.kind === 'docs') content.docs.push({ file, body, bodyLine });
				else content.entries.push({ collection: t.kind.entries, file, data: invalid.has(file) ? undefined : e.data, body, bodyLine });
			}
		}
		return content;
	}

	function run(): ContentError[] {
		const loading = [...tracked.values()].flatMap((t) => [...t.problems.values()].flat());
		const content = collect();
		// The interface strings are content too: each locale's table has exactly the root table's keys.
		const errors = sortErrors([...loading, ...checkContent(content), ...checkStringTables()]);
		const glossary = [...tracked.values()].filter((t) => t.kind === 'glossary').flatMap((t) => [...t.store.values()].map((e) => e.data as GlossaryTerm));
		const entries = [...tracked.values()].reduce((n, t) => n + t.store.keys().length, 0);
		const limit = staleAfterDays();
		const stale = staleRows(datedRows(content), today(), limit);
		(globalThis as any)[RESULT] = { errors, entries, glossary, content, stale, staleAfterDays: limit } satisfies CheckResult;
		return errors;
	}

	/**
	 * Publishes the loaded figures and glossary terms once both have loaded; `true` when they differ
	 * from what was published before.
	 */
	function publishLists(): boolean {
		const lists = [...tracked.values()].filter((t) => t.kind === 'figures' || t.kind === 'glossary');
		if (lists.length < 2 || !lists.every((t) => t.loaded) || !listsDigest) return false;
		const valid = (t: Tracked) => [...t.store.values()].filter((e) => !t.invalidIds.has(e.id)).map((e) => [e.id, e.data] as [string, any]);
		const figureRows = valid(lists.find((t) => t.kind === 'figures')!);
		const termRows = valid(lists.find((t) => t.kind === 'glossary')!);
		const digest = listsDigest(JSON.stringify([figureRows, termRows]));
		const before = referenceLists()?.digest;
		(globalThis as any)[LISTS] = { figures: new Map(figureRows), glossary: new Map(termRows), digest } satisfies ReferenceLists;
		listsLoaded();
		return before !== undefined && before !== digest;
	}

	/** In dev, after the figures or glossary changed: the entries that use them load (and render) again. */
	function reloadEntriesUsingLists() {
		for (const t of tracked.values()) {
			if (typeof t.kind !== 'object' || !t.watcher) continue;
			for (const e of t.store.values()) {
				if (e.filePath && usesLists(e.body ?? '')) t.watcher.emit('change', join(projectRoot, e.filePath));
			}
		}
	}

	function rerunLater(logger: LoaderContext['logger']) {
		clearTimeout(scheduled);
		scheduled = setTimeout(() => {
			if (publishLists()) reloadEntriesUsingLists();
			const errors = run();
			if (errors.length) logger.error(formatReport(errors));
			else logger.info('Content check passed.');
		}, 50);
	}

	/**
	 * Wraps a loader of one collection. `schema` is the collection's zod schema (the same object
	 * given to `defineCollection`); without one (docs) Astro's own `parseData` is used.
	 */
	function loader(kind: CheckedKind, inner: Loader, schema?: z.ZodType): Loader {
		return {
			name: `playbook-checked:${inner.name}`,
			load: async (context) => {
				projectRoot = fileURLToPath(context.config.root);
				dev = context.watcher !== undefined;
				const t: Tracked = { kind, store: context.store, watcher: context.watcher, loaded: false, problems: new Map(), bodyLines: new Map(), invalidIds: new Set() };
				listsDigest ??= context.generateDigest;
				tracked.set(context.collection, t);
				const report = (file: string, errors: ContentError[]) => {
					const previous = t.problems.get(file) ?? [];
					t.problems.set(file, [...previous, ...errors]);
				};
				const seenIds = new Set<string>();
				const unreadable = new Set<string>();

				const parseData: LoaderContext['parseData'] = async (props) => {
					const file = rel(props.filePath ?? '');
					const isList = isListKind(kind);
					if (unreadable.has(file)) return props.data;
					if (!isList) t.problems.delete(file);
					if (isList && seenIds.has(props.id)) {
						report(file, [{ file, field: `${props.id}.id`, message: `duplicate id "${props.id}": each ${LIST_ITEM[kind as keyof typeof LIST_ITEM]} needs its own` }]);
					}
					seenIds.add(props.id);
					if (!schema) {
						try {
							return await context.parseData(props);
						} catch (error) {
							report(file, [{ file, field: '(frontmatter)', message: error instanceof Error ? error.message : String(error) }]);
							return props.data;
						}
					}
					const result = schema.safeParse(props.data, { reportInput: true });
					if (result.success) return result.data as typeof props.data;
					const prefix = isList ? `${props.id}.` : '';
					report(file, issuesToErrors(file, schema, props.data, result.error.issues).map((e) => ({ ...e, field: prefix + e.field })));
					if (isList) t.invalidIds.add(props.id);
					return props.data;
				};

				// Entry types read the frontmatter; for entry collections dates stay text, and a file
				// whose YAML cannot be read is reported (not thrown), so every other problem still shows.
				const entryTypes = (context as any).entryTypes as Map<string, any> | undefined;
				const wrappedTypes = entryTypes && new Map(
					[...entryTypes].map(([ext, type]) => [
						ext,
						{
							...type,
							getEntryInfo: async ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
								const file = rel(fileURLToPath(fileUrl));
								t.problems.delete(file);
								unreadable.delete(file);
								const source = typeof kind === 'object' ? keepDatesAsText(contents) : kind === 'regulations' ? keepYamlDatesAsText(contents) : contents;
								try {
									const info = await type.getEntryInfo({ contents: source, fileUrl });
									const at = info.body ? source.indexOf(info.body) : -1;
									t.bodyLines.set(file, at === -1 ? 1 : lineOf(source, at));
									return info;
								} catch (error: any) {
									// js-yaml's 0-based line: on the error itself (MDX) or as the location of Astro's Markdown error (Markdown).
									const line = error?.mark?.line ?? error?.loc?.line;
									const reason = error?.reason ?? error?.message ?? String(error);
									report(file, [{ file, field: '(frontmatter)', message: `invalid YAML${line === undefined ? '' : ` on line ${line + 1}`}: ${reason}` }]);
									unreadable.add(file);
									return { data: {}, body: '', slug: undefined, rawData: '' };
								}
							},
						},
					])
				);

				// In dev, any later change to this collection's store re-runs the rules.
				const store: LoaderContext['store'] = dev
					? new Proxy(context.store, {
						get(target, prop, receiver) {
							const value = Reflect.get(target, prop, receiver);
							if (typeof value !== 'function') return value;
							return (...args: unknown[]) => {
								// The file loader clears the store before it re-reads a list file.
								if (prop === 'clear') {
									t.problems.clear();
									t.invalidIds.clear();
									seenIds.clear();
								}
								const out = value.apply(target, args);
								if (t.loaded && (prop === 'set' || prop === 'delete' || prop === 'clear')) rerunLater(context.logger);
								return out;
							};
						},
					})
					: context.store;

				// Entries render as they load, with the figures and terms written in: those load first.
				const isEntries = typeof kind === 'object';
				if (isEntries && expected.has('figures') && expected.has('glossary')) await listsReady;
				const generateDigest: LoaderContext['generateDigest'] = (data) =>
					isEntries && typeof data === 'string' && usesLists(data) ? context.generateDigest(`${data}\0${referenceLists()?.digest ?? ''}`) : context.generateDigest(data);
				try {
					await inner.load({ ...context, store, parseData, generateDigest, ...(wrappedTypes ? { entryTypes: wrappedTypes } : {}) } as LoaderContext);
				} finally {
					// A list that failed to load must not keep the entries waiting (the build reports it).
					if (kind === 'figures' || kind === 'glossary') {
						t.loaded = true;
						publishLists();
					}
				}

				// Entries that failed their schema are kept with their raw data but reported as invalid.
				// They stay in the store (they exist, for translation and reference checks) without a
				// digest, so the next build parses and reports them again instead of trusting the cache.
				for (const entry of [...context.store.values()]) {
					if (entry.filePath && t.problems.has(entry.filePath)) context.store.set({ ...entry, digest: undefined });
				}
				t.loaded = true;
				if (![...tracked.values()].every((c) => c.loaded) || tracked.size < expected.size) return;
				const errors = run();
				const { stale, staleAfterDays: limit } = lastCheck()!;
				if (stale.length) context.logger.warn(formatStaleReport(stale, limit));
				if (errors.length === 0) return;
				if (dev) context.logger.error(formatReport(errors));
				else throw new Error(formatReport(errors));
			},
		};
	}

	const expected = new Set<string>();
	return {
		/** Whether a loader has run in this module instance (false in the prerender bundle). */
		get loading() {
			return projectRoot !== '';
		},
		/** Registers a collection that must have loaded before the rules run. */
		collection<L extends Loader>(name: string, kind: CheckedKind, inner: L, schema?: z.ZodType): Loader {
			expected.add(name);
			return loader(kind, inner, schema);
		},
	};
}
