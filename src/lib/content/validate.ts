/**
 * The playbook's content check. It runs before every build (see `src/integrations/content-guard.ts`)
 * and in the fixture tests, and reports each problem as `file: field: message`:
 * schema errors, dangling references, duplicate ids, missing translations, language-neutral
 * fields that differ between languages, headings without stable ids and unknown glossary terms.
 */
import { isDeepStrictEqual } from 'node:util';
import { schemaFactories, slugRef, SLUG_PATTERN, type CollectionName } from '../../schemas';
import { glossarySchema, type GlossaryTerm } from '../../schemas/glossary';
import { profilesSchema } from '../../schemas/profile';
import { LOCALE_FOLDERS, ROOT_LOCALE, type LocaleFolder } from '../../i18n/locales';
import { termIds } from '../inline';
import { bodyHeadings, collectIds, SECTION_ANCHORS } from './anchors';
import { formatPath, sortErrors, type ContentError } from './errors';
import { loadContent, type RawContent, type RawDoc, type RawEntry } from './load';
import { describeValue, issuesToErrors } from './zod-messages';

/** Fields whose values are the same in every language: ids, numbers, enums, dates, URLs, references. */
export const NEUTRAL_KEYS = new Set([
	'id',
	'order',
	'category',
	'likelihood',
	'impact',
	'owner',
	'review',
	'roles',
	'audience',
	'cadence',
	'weight',
	'level',
	'min',
	'max',
	'jurisdiction',
	'status',
	'effective',
	'url',
	'asOf',
	'risks',
	'checklists',
	'strategy',
	'items',
	'mitigates',
	'implements',
]);

export interface ParsedEntry extends RawEntry {
	parsed: any;
}

export interface ValidationReport {
	errors: ContentError[];
	content: RawContent;
	/** Entries whose frontmatter matched their schema. */
	valid: ParsedEntry[];
}

type Report = (file: string, field: string | (string | number)[], message: string) => void;

const [root, ...translations] = LOCALE_FOLDERS;

function expectedPath(file: string, from: LocaleFolder, to: LocaleFolder) {
	return file.replace(`/${from}/`, `/${to}/`);
}

/** Compares the language-neutral parts of two versions of the same entry. */
function compareNeutral(a: unknown, b: unknown, path: (string | number)[], other: LocaleFolder, report: (path: (string | number)[], message: string) => void) {
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) {
			report(path, `has ${a.length} entries in ${root} but ${b.length} in ${other} (lists must match item for item)`);
			return;
		}
		a.forEach((value, index) => compareNeutral(value, b[index], [...path, index], other, report));
		return;
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		for (const key of keys) {
			const [va, vb] = [(a as any)[key], (b as any)[key]];
			if (NEUTRAL_KEYS.has(key) && isLeaf(va) && isLeaf(vb)) {
				if (!isDeepStrictEqual(va, vb)) {
					report(
						[...path, key],
						`is ${va === undefined ? 'missing' : describeNeutral(va)} in ${root} but ${vb === undefined ? 'missing' : describeNeutral(vb)} in ${other} (language-neutral fields must match)`
					);
				}
			} else {
				compareNeutral(va, vb, [...path, key], other, report);
			}
		}
	}
}

/** A value compared as a whole: a scalar or a list of scalars (`risks: [a, b]`). */
function isLeaf(value: unknown): boolean {
	const scalar = (v: unknown) => v === null || typeof v !== 'object';
	return scalar(value) || (Array.isArray(value) && value.every(scalar));
}

function describeNeutral(value: unknown) {
	return Array.isArray(value) ? `[${value.map((v) => describeValue(v)).join(', ')}]` : describeValue(value);
}

function rawItemIds(data: unknown): string[] {
	const sections = (data as any)?.sections;
	if (!Array.isArray(sections)) return [];
	return sections.flatMap((s: any) => (Array.isArray(s?.items) ? s.items.map((i: any) => i?.id).filter((id: unknown) => typeof id === 'string') : []));
}

function singular(collection: CollectionName) {
	return { strategies: 'strategy', risks: 'risk', checklists: 'checklist' }[collection];
}

function refId(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

export function validateContent(contentDir: string, rootDir: string): ValidationReport {
	const content = loadContent(contentDir, rootDir);
	const errors: ContentError[] = [...content.errors];
	const report: Report = (file, field, message) =>
		errors.push({ file, field: typeof field === 'string' ? field : formatPath(field), message });

	// 1. Schemas.
	const valid: ParsedEntry[] = [];
	const seen = new Map<string, RawEntry>();
	for (const entry of content.entries) {
		if (!SLUG_PATTERN.test(entry.id)) {
			report(entry.file, '(file)', `file name "${entry.id}" is not a valid id: use lower-case letters, digits and single hyphens`);
			continue;
		}
		const key = `${entry.collection}/${entry.locale}/${entry.id}`;
		const previous = seen.get(key);
		if (previous) {
			report(entry.file, '(file)', `duplicate id "${entry.id}": ${previous.file} has the same id`);
			continue;
		}
		seen.set(key, entry);
		if (entry.data === undefined) continue;
		const schema = schemaFactories[entry.collection](slugRef);
		const result = schema.safeParse(entry.data, { reportInput: true });
		if (result.success) valid.push({ ...entry, parsed: result.data });
		else errors.push(...issuesToErrors(entry.file, schema, entry.data, result.error.issues));
	}

	// 2. Translations and language-neutral fields.
	const byKey = new Map<string, Map<LocaleFolder, RawEntry>>();
	for (const entry of seen.values()) {
		const key = `${entry.collection}/${entry.id}`;
		if (!byKey.has(key)) byKey.set(key, new Map());
		byKey.get(key)!.set(entry.locale, entry);
	}
	const validFiles = new Set(valid.map((e) => e.file));
	for (const versions of byKey.values()) {
		const source = versions.get(root) ?? [...versions.values()][0];
		for (const locale of LOCALE_FOLDERS) {
			if (!versions.has(locale)) {
				report(source.file, '(file)', `missing translation: ${expectedPath(source.file, source.locale, locale)} does not exist`);
			}
		}
		const base = versions.get(root);
		for (const locale of translations) {
			const other = versions.get(locale);
			if (!base || !other || !validFiles.has(base.file) || !validFiles.has(other.file)) continue;
			compareNeutral(base.data, other.data, [], locale, (path, message) => report(other.file, path, message));
		}
	}

	// 3. Ids, references and anchors, per language.
	const glossary = checkGlossary(content, report);
	for (const locale of LOCALE_FOLDERS) {
		const inLocale = valid.filter((e) => e.locale === locale);
		// Entries that exist count as reference targets even when their own data is invalid:
		// their errors are reported once, in their own file.
		const present = [...seen.values()].filter((e) => e.locale === locale);
		const ids = (collection: CollectionName) => new Set(present.filter((e) => e.collection === collection).map((e) => e.id));
		const brokenChecklists = present.filter((e) => e.collection === 'checklists' && !validFiles.has(e.file));
		const known = { strategies: ids('strategies'), risks: ids('risks'), checklists: ids('checklists') };

		// Checklist items are addressed by id from anywhere, so they must be unique in the playbook.
		const items = new Map<string, { entry: ParsedEntry; field: string; mitigates: string[] }>();
		for (const entry of inLocale.filter((e) => e.collection === 'checklists')) {
			entry.parsed.sections.forEach((section: any, s: number) =>
				section.items.forEach((item: any, i: number) => {
					const field = `sections[${s}].items[${i}].id`;
					const previous = items.get(item.id);
					if (previous) {
						report(entry.file, field, `duplicate item id "${item.id}": already used at ${previous.entry.file} ${previous.field}`);
					} else {
						items.set(item.id, { entry, field, mitigates: item.mitigates.map(refId) });
					}
				})
			);
		}

		// Item ids of checklists that failed their schema, read as far as possible, for the same reason.
		const unverifiedItems = new Set(brokenChecklists.flatMap((e) => rawItemIds(e.data)));

		const orders = new Map<string, ParsedEntry>();
		for (const entry of inLocale) {
			const ref = (field: (string | number)[], collection: CollectionName, value: unknown) => {
				const id = refId(value);
				if (id && !known[collection].has(id)) {
					report(entry.file, field, `no ${singular(collection)} with id "${id}" exists in ${locale} (expected ${entry.file.replace(/[^/]+\/[^/]+\/[^/]+$/, `${collection}/${locale}/${id}.mdx`)})`);
				}
			};
			const orderKey = `${entry.collection}:${entry.parsed.order}`;
			const sameOrder = orders.get(orderKey);
			if (sameOrder) report(entry.file, 'order', `${entry.parsed.order} is already used by ${sameOrder.file}`);
			else orders.set(orderKey, entry);

			// Every id becomes an anchor on the entry's page: one place per id.
			const anchors = new Map<string, string>(SECTION_ANCHORS[entry.collection].map((a) => [a, 'a section heading']));
			for (const { id, field } of collectIds(entry.parsed)) {
				const owner = anchors.get(id);
				if (owner) report(entry.file, field, `id "${id}" is already used on this page by ${owner}`);
				else anchors.set(id, formatPath(field));
			}

			const data = entry.parsed;
			if (entry.collection === 'strategies') {
				data.risks.forEach((v: unknown, i: number) => ref(['risks', i], 'risks', v));
				data.checklists.forEach((v: unknown, i: number) => ref(['checklists', i], 'checklists', v));
			} else if (entry.collection === 'risks') {
				data.mitigations.forEach((m: any, i: number) => {
					ref(['mitigations', i, 'strategy'], 'strategies', m.strategy);
					m.items.forEach((itemId: string, j: number) => {
						const item = items.get(itemId);
						if (!item && unverifiedItems.has(itemId)) return;
						if (!item) report(entry.file, ['mitigations', i, 'items', j], `no checklist item with id "${itemId}" exists in ${locale}`);
						else if (!item.mitigates.includes(entry.id)) {
							report(entry.file, ['mitigations', i, 'items', j], `checklist item "${itemId}" (${item.entry.file}) does not list "${entry.id}" in its "mitigates"`);
						}
					});
				});
			} else {
				data.sections.forEach((section: any, s: number) =>
					section.items.forEach((item: any, i: number) => {
						item.mitigates.forEach((v: unknown, j: number) => ref(['sections', s, 'items', i, 'mitigates', j], 'risks', v));
						if (item.implements !== undefined) ref(['sections', s, 'items', i, 'implements'], 'strategies', item.implements);
					})
				);
			}

			checkTerms(entry.file, entry.data, [], glossary, report);
			checkEntryBody(entry, glossary, report);
		}
	}

	checkDocs(content.docs, glossary, report);
	checkProfiles(content, seen, report);
	return { errors: sortErrors(errors), content, valid };
}

/** Target profiles name checklists and items that must exist. */
function checkProfiles(content: RawContent, seen: Map<string, RawEntry>, report: Report) {
	if (!content.profiles) return;
	const { file, data } = content.profiles;
	const result = profilesSchema.safeParse(data, { reportInput: true });
	if (!result.success) {
		for (const error of issuesToErrors(file, profilesSchema, data, result.error.issues)) report(error.file, error.field, error.message);
		return;
	}
	const checklists = [...seen.values()].filter((e) => e.collection === 'checklists' && e.locale === root);
	const itemIds = new Set(checklists.flatMap((e) => rawItemIds(e.data)));
	const checklistIds = new Set(checklists.map((e) => e.id));
	const ids = new Set<string>();
	result.data.forEach((profile, i) => {
		if (ids.has(profile.id)) report(file, [i, 'id'], `duplicate profile id "${profile.id}"`);
		ids.add(profile.id);
		profile.checklists.forEach((id, j) => {
			if (!checklistIds.has(id)) report(file, [i, 'checklists', j], `no checklist with id "${id}"`);
		});
		for (const id of Object.keys(profile.items ?? {})) {
			if (!itemIds.has(id)) report(file, [i, 'items', id], `no checklist item with id "${id}"`);
		}
	});
}

function checkGlossary(content: RawContent, report: Report): Set<string> | undefined {
	if (!content.glossary) return undefined;
	const { file, data } = content.glossary;
	const result = glossarySchema.safeParse(data, { reportInput: true });
	if (!result.success) {
		for (const error of issuesToErrors(file, glossarySchema, data, result.error.issues)) report(error.file, error.field, error.message);
		return new Set((Array.isArray(data) ? data : []).map((t: any) => t?.id).filter(Boolean));
	}
	const ids = new Map<string, number>();
	result.data.forEach((term: GlossaryTerm, i: number) => {
		if (ids.has(term.id)) report(file, [i, 'id'], `duplicate term id "${term.id}": already defined at [${ids.get(term.id)}]`);
		else ids.set(term.id, i);
	});
	result.data.forEach((term, i) =>
		term.see?.forEach((id, j) => {
			if (!ids.has(id)) report(file, [i, 'see', j], `no glossary term with id "${id}"`);
		})
	);
	return new Set(ids.keys());
}

/** Reports `[[term]]` markup that names no glossary term, anywhere in frontmatter. */
function checkTerms(file: string, data: unknown, path: (string | number)[], glossary: Set<string> | undefined, report: Report) {
	if (typeof data === 'string') {
		for (const id of termIds(data)) {
			if (!glossary?.has(id)) report(file, path, `no glossary term with id "${id}" (content/glossary/terms.yaml)`);
		}
	} else if (Array.isArray(data)) {
		data.forEach((value, i) => checkTerms(file, value, [...path, i], glossary, report));
	} else if (data && typeof data === 'object') {
		for (const [key, value] of Object.entries(data)) checkTerms(file, value, [...path, key], glossary, report);
	}
}

function checkBodyTerms(file: string, body: string, bodyLine: number, glossary: Set<string> | undefined, report: Report) {
	body.split('\n').forEach((line, index) => {
		for (const id of termIds(line)) {
			if (!glossary?.has(id)) report(file, `body line ${bodyLine + index}`, `no glossary term with id "${id}" (content/glossary/terms.yaml)`);
		}
	});
}

function checkEntryBody(entry: RawEntry, glossary: Set<string> | undefined, report: Report) {
	for (const heading of bodyHeadings(entry.body, entry.bodyLine)) {
		report(entry.file, `body line ${heading.line}`, `headings are not allowed in a ${singular(entry.collection)} body: the page template renders every section heading`);
	}
	checkBodyTerms(entry.file, entry.body, entry.bodyLine, glossary, report);
}

function checkDocs(docs: RawDoc[], glossary: Set<string> | undefined, report: Report) {
	const bySlug = new Map<string, Map<LocaleFolder, RawDoc>>();
	for (const doc of docs) {
		if (!bySlug.has(doc.slug)) bySlug.set(doc.slug, new Map());
		bySlug.get(doc.slug)!.set(doc.locale, doc);
		for (const heading of bodyHeadings(doc.body, doc.bodyLine)) {
			if (!heading.id) {
				report(doc.file, `body line ${heading.line}`, `heading "${heading.text}" needs a stable id that is the same in every language, e.g. "${'#'.repeat(heading.depth)} ${heading.text} { #some-id }"`);
			} else if (!SLUG_PATTERN.test(heading.id)) {
				report(doc.file, `body line ${heading.line}`, `heading id "${heading.id}" must be lower-case letters, digits and single hyphens`);
			}
		}
		checkBodyTerms(doc.file, doc.body, doc.bodyLine, glossary, report);
	}
	for (const versions of bySlug.values()) {
		const source = versions.get(root) ?? [...versions.values()][0];
		for (const locale of LOCALE_FOLDERS) {
			if (!versions.has(locale)) {
				const expected = locale === ROOT_LOCALE.folder
					? source.file.replace(`/docs/${source.locale}/`, '/docs/')
					: source.file.replace('/docs/', `/docs/${locale}/`);
				report(source.file, '(file)', `missing translation: ${expected} does not exist`);
			}
		}
		const base = versions.get(root);
		if (!base) continue;
		const baseIds = bodyHeadings(base.body).map((h) => h.id ?? '');
		for (const locale of translations) {
			const other = versions.get(locale);
			if (!other) continue;
			const otherIds = bodyHeadings(other.body).map((h) => h.id ?? '');
			if (!isDeepStrictEqual(baseIds, otherIds)) {
				const missing = baseIds.filter((id) => id && !otherIds.includes(id));
				const extra = otherIds.filter((id) => id && !baseIds.includes(id));
				const detail = [
					missing.length ? `missing ${missing.map((id) => `"${id}"`).join(', ')}` : '',
					extra.length ? `not in ${root}: ${extra.map((id) => `"${id}"`).join(', ')}` : '',
				].filter(Boolean).join('; ');
				report(other.file, 'headings', `heading ids differ from ${base.file}${detail ? ` (${detail})` : ' (order differs)'}`);
			}
		}
	}
}
