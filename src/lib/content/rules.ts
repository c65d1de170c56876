/**
 * The playbook's cross-file content rules, run over the collections Astro's content layer has
 * loaded (see `checked-loader.ts`): file names and locale folders, translations, language-neutral
 * fields (marked in the schemas with `neutral()`), unique ids, references, mitigation ↔ item
 * reciprocity, headings in bodies, glossary terms and target profiles. Framework-free, so it is
 * tested directly; every problem is a `file: field: message` line.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import { isNeutral, isPerLanguage, SLUG_PATTERN, type CollectionName, type Ref } from '../../schemas';
import { descriptor } from './collections';
import { inLocale, type GlossaryTerm } from '../../schemas/glossary';
import type { Profile } from '../../schemas/profile';
import type { RegulationData } from '../../schemas/regulation';
import type { Figure } from '../../schemas/figure';
import { figureIds } from '../figures';
import { isLocaleFolder, LOCALE_FOLDERS, ROOT_LOCALE, type LocaleFolder } from '../../i18n/locales';
import { termIds } from '../inline';
import { termMisuseMessage, termMisuses } from './terms';
import { bodyHeadings, collectIds } from './anchors';
import { formatPath, sortErrors, type ContentError } from './errors';
import { describeValue } from './zod-messages';

type Path = (string | number)[];

/** One strategy, risk or checklist file as the content layer loaded it. */
export interface LoadedEntry {
	collection: CollectionName;
	/** Project-relative path with forward slashes. */
	file: string;
	/** Parsed data when the file matched its schema; `undefined` when it did not (already reported). */
	data: unknown;
	/** The body, and the file line it starts on. */
	body: string;
	bodyLine: number;
}

/** One editorial page (`content/docs/…`). */
export interface LoadedDoc {
	file: string;
	body: string;
	bodyLine: number;
}

/** A YAML list file (glossary, profiles) loaded as one entry per item. */
export interface LoadedList<T> {
	file: string;
	items: { id: string; data: T }[];
}

export interface LoadedContent {
	/** Content folder relative to the project root, e.g. `content`. */
	contentDir: string;
	entries: LoadedEntry[];
	docs: LoadedDoc[];
	glossary: LoadedList<GlossaryTerm> | undefined;
	profiles: LoadedList<Profile> | undefined;
	/** One file per regulation, both languages inside; `data` is undefined when the file failed its schema. */
	regulations: LoadedRegulation[] | undefined;
	figures: LoadedList<Figure> | undefined;
}

export interface LoadedRegulation {
	id: string;
	file: string;
	data: RegulationData | undefined;
}

const [root, ...translations] = LOCALE_FOLDERS;


interface PlacedEntry extends LoadedEntry {
	id: string;
	locale: LocaleFolder;
}

/** `.md` or `.mdx`: a missing file is expected with the extension of the file that needs it. */
const extensionOf = (file: string) => (file.endsWith('.mdx') ? '.mdx' : '.md');

/** Where an entry file must live: `<contentDir>/<collection>/<locale>/<id>.md` (or `.mdx`). */
function placeEntry(entry: LoadedEntry, contentDir: string, report: Report): PlacedEntry | undefined {
	const base = `${contentDir}/${entry.collection}/`;
	const parts = entry.file.slice(base.length).split('/');
	const fileName = parts.at(-1)!;
	const id = fileName.replace(/\.mdx?$/, '');
	if (parts.length !== 2 || !isLocaleFolder(parts[0])) {
		report(entry.file, '(file)', `must be stored as ${base}<locale>/${fileName} where <locale> is one of: ${LOCALE_FOLDERS.join(', ')}`);
		return undefined;
	}
	if (!SLUG_PATTERN.test(id)) {
		report(entry.file, '(file)', `file name "${id}" is not a valid id: use lower-case letters, digits and single hyphens`);
		return undefined;
	}
	return { ...entry, id, locale: parts[0] as LocaleFolder };
}

type Report = (file: string, field: string | Path, message: string) => void;

export function checkContent(content: LoadedContent): ContentError[] {
	const errors: ContentError[] = [];
	const report: Report = (file, field, message) =>
		errors.push({ file, field: typeof field === 'string' ? field : formatPath(field), message });

	const placed = content.entries.flatMap((entry) => placeEntry(entry, content.contentDir, report) ?? []);
	checkTranslations(placed, report);
	const figures = content.figures && new Set(content.figures.items.map((f) => f.id));
	const glossary = checkGlossary(content.glossary, figures, report);
	for (const locale of LOCALE_FOLDERS) {
		checkLocale(
			placed.filter((e) => e.locale === locale),
			locale,
			content.contentDir,
			glossary,
			figures,
			report
		);
	}
	checkDocs(content, glossary, figures, report);
	checkProfiles(content.profiles, placed, report);
	checkRegulations(content.regulations, placed, content.contentDir, glossary, figures, report);
	return sortErrors(errors);
}

/** Every entry exists in every locale, and the versions agree on every language-neutral field. */
function checkTranslations(entries: PlacedEntry[], report: Report) {
	const byKey = new Map<string, Map<LocaleFolder, PlacedEntry>>();
	for (const entry of entries) {
		const key = `${entry.collection}/${entry.id}`;
		if (!byKey.has(key)) byKey.set(key, new Map());
		byKey.get(key)!.set(entry.locale, entry);
	}
	for (const versions of byKey.values()) {
		const source = versions.get(root) ?? [...versions.values()][0];
		for (const locale of LOCALE_FOLDERS) {
			if (!versions.has(locale)) {
				report(source.file, '(file)', `missing translation: ${source.file.replace(`/${source.locale}/`, `/${locale}/`)} does not exist`);
			}
		}
		const base = versions.get(root);
		for (const locale of translations) {
			const other = versions.get(locale);
			if (!base?.data || !other?.data) continue;
			compareNeutral(descriptor(base.collection).schema, base.data, other.data, [], locale, (path, message) =>
				report(other.file, path, message)
			);
		}
	}
}

/** Walks the schema beside both versions: fields marked `neutral()` must be equal, lists as long. */
function compareNeutral(schema: z.ZodType | undefined, a: unknown, b: unknown, path: Path, other: LocaleFolder, report: (path: Path, message: string) => void) {
	if (isPerLanguage(schema)) return;
	if (isNeutral(schema)) {
		if (!isDeepStrictEqual(a, b)) {
			report(path, `is ${describeNeutral(a)} in ${root} but ${describeNeutral(b)} in ${other} (language-neutral fields must match)`);
		}
		return;
	}
	const def = unwrap(schema)?._zod.def as any;
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) {
			report(path, `has ${a.length} entries in ${root} but ${b.length} in ${other} (lists must match item for item)`);
			return;
		}
		a.forEach((value, index) => compareNeutral(def?.element, value, b[index], [...path, index], other, report));
	} else if (def?.type === 'object' && a && b && typeof a === 'object' && typeof b === 'object') {
		for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
			compareNeutral(field, (a as any)[key], (b as any)[key], [...path, key], other, report);
		}
	}
}

/** The schema inside optional/default/pipe wrappers (a refined object is still the object). */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
	let current: any = schema;
	for (let guard = 0; current && guard < 10; guard++) {
		const def = current._zod.def;
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe') current = def.in;
		else break;
	}
	return current;
}

function isRef(value: unknown): value is Ref {
	return !!value && typeof value === 'object' && 'collection' in value && 'id' in value;
}

function describeNeutral(value: unknown): string {
	if (value === undefined) return 'missing';
	if (isRef(value)) return describeValue(value.id);
	return Array.isArray(value) ? `[${value.map((v) => describeNeutral(v)).join(', ')}]` : describeValue(value);
}

/** Ids, references, reciprocity, anchors and glossary terms within one language. */
function checkLocale(entries: PlacedEntry[], locale: LocaleFolder, contentDir: string, glossary: Set<string> | undefined, figures: Set<string> | undefined, report: Report) {
	const valid = entries.filter((e) => e.data !== undefined);
	// Entries that exist count as reference targets even when their data is invalid:
	// their errors are reported once, in their own file.
	const known = (collection: CollectionName) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
	const ids = { strategies: known('strategies'), risks: known('risks'), checklists: known('checklists') };
	const hasBrokenChecklist = entries.some((e) => e.collection === 'checklists' && e.data === undefined);

	// Checklist items are addressed by id from anywhere, so they must be unique in the playbook.
	const items = new Map<string, { entry: PlacedEntry; field: string; mitigates: string[] }>();
	for (const entry of valid.filter((e) => e.collection === 'checklists')) {
		(entry.data as ChecklistShape).sections.forEach((section, s) =>
			section.items.forEach((item, i) => {
				const field = `sections[${s}].items[${i}].id`;
				const previous = items.get(item.id);
				if (previous) report(entry.file, field, `duplicate item id "${item.id}": already used at ${previous.entry.file} ${previous.field}`);
				else items.set(item.id, { entry, field, mitigates: item.mitigates.map((r) => r.id) });
			})
		);
	}

	const orders = new Map<string, PlacedEntry>();
	for (const entry of valid) {
		const data = entry.data as { order: number };
		const refCheck = (field: Path, target: Ref) => {
			if (!ids[target.collection].has(target.id)) {
				report(entry.file, field, `no ${descriptor(target.collection).singular} with id "${target.id}" exists in ${locale} (expected ${contentDir}/${target.collection}/${locale}/${target.id}${extensionOf(entry.file)})`);
			}
		};
		const orderKey = `${entry.collection}:${data.order}`;
		const sameOrder = orders.get(orderKey);
		if (sameOrder) report(entry.file, 'order', `${data.order} is already used by ${sameOrder.file}`);
		else orders.set(orderKey, entry);

		// Every id becomes an anchor on the entry's page: one place per id.
		const anchors = new Map<string, string>(descriptor(entry.collection).sections.map((x) => [x.anchor, 'a section heading']));
		for (const { id, field } of collectIds(entry.data)) {
			const owner = anchors.get(id);
			if (owner) report(entry.file, field, `id "${id}" is already used on this page by ${owner}`);
			else anchors.set(id, formatPath(field));
		}

		// References, wherever the schema put them.
		for (const { value, field } of collectRefs(entry.data)) refCheck(field, value);

		if (entry.collection === 'risks') {
			(entry.data as RiskShape).mitigations.forEach((m, i) =>
				m.items.forEach((itemId, j) => {
					const item = items.get(itemId);
					if (!item && hasBrokenChecklist) return;
					if (!item) report(entry.file, ['mitigations', i, 'items', j], `no checklist item with id "${itemId}" exists in ${locale}`);
					else if (!item.mitigates.includes(entry.id)) {
						report(entry.file, ['mitigations', i, 'items', j], `checklist item "${itemId}" (${item.entry.file}) does not list "${entry.id}" in its "mitigates"`);
					}
				})
			);
		}

		checkTerms(entry.file, entry.data, [], glossary, report);
		checkFigures(entry.file, entry.data, [], figures, report);
		checkWording(entry.file, entry.data, [], locale, report);
		for (const heading of bodyHeadings(entry.body, entry.bodyLine)) {
			report(entry.file, `body line ${heading.line}`, `headings are not allowed in a ${descriptor(entry.collection).singular} body: the page template renders every section heading`);
		}
		checkBodyTerms(entry.file, entry.body, entry.bodyLine, glossary, report);
		checkBodyFigures(entry.file, entry.body, entry.bodyLine, figures, report);
		checkBodyWording(entry.file, entry.body, entry.bodyLine, locale, report);
	}
}

/** One term per concept (`terms.ts`), in every text field of an entry's frontmatter. */
function checkWording(file: string, data: unknown, path: Path, locale: LocaleFolder, report: Report) {
	if (typeof data === 'string') {
		for (const misuse of termMisuses(data, locale)) report(file, path, termMisuseMessage(misuse));
	} else if (Array.isArray(data)) {
		data.forEach((value, i) => checkWording(file, value, [...path, i], locale, report));
	} else if (data && typeof data === 'object' && !isRef(data)) {
		for (const [key, value] of Object.entries(data)) checkWording(file, value, [...path, key], locale, report);
	}
}

function checkBodyWording(file: string, body: string, bodyLine: number, locale: LocaleFolder, report: Report) {
	body.split('\n').forEach((line, index) => {
		for (const misuse of termMisuses(line, locale)) report(file, `body line ${bodyLine + index}`, termMisuseMessage(misuse));
	});
}

interface ChecklistShape {
	sections: { items: { id: string; mitigates: Ref[] }[] }[];
}
interface RiskShape {
	mitigations: { items: string[] }[];
}

/** Every reference (`{ collection, id }`) in parsed data, with its field. */
function collectRefs(data: unknown, path: Path = []): { value: Ref; field: Path }[] {
	if (isRef(data)) return [{ value: data, field: path }];
	if (Array.isArray(data)) return data.flatMap((value, index) => collectRefs(value, [...path, index]));
	if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => collectRefs(value, [...path, key]));
	return [];
}

function checkGlossary(glossary: LoadedList<GlossaryTerm> | undefined, figures: Set<string> | undefined, report: Report): Set<string> | undefined {
	if (!glossary) return undefined;
	const ids = new Set(glossary.items.map((t) => t.id));
	for (const { id, data } of glossary.items) {
		data?.see?.forEach((other, j) => {
			if (!ids.has(other)) report(glossary.file, [id, 'see', j], `no glossary term with id "${other}"`);
		});
		for (const locale of LOCALE_FOLDERS) if (data) checkFigures(glossary.file, inLocale(data, locale), [id, locale], figures, report);
	}
	return ids;
}

const TERMS_FILE = 'glossary/terms.yaml';

/** Reports `[[term]]` markup that names no glossary term, anywhere in frontmatter. */
function checkTerms(file: string, data: unknown, path: Path, glossary: Set<string> | undefined, report: Report) {
	if (typeof data === 'string') {
		for (const id of termIds(data)) {
			if (!glossary?.has(id)) report(file, path, `no glossary term with id "${id}" (${contentDirOf(file)}/${TERMS_FILE})`);
		}
	} else if (Array.isArray(data)) {
		data.forEach((value, i) => checkTerms(file, value, [...path, i], glossary, report));
	} else if (data && typeof data === 'object') {
		for (const [key, value] of Object.entries(data)) checkTerms(file, value, [...path, key], glossary, report);
	}
}

function contentDirOf(file: string) {
	return file.split('/')[0];
}

function checkBodyTerms(file: string, body: string, bodyLine: number, glossary: Set<string> | undefined, report: Report) {
	body.split('\n').forEach((line, index) => {
		for (const id of termIds(line)) {
			if (!glossary?.has(id)) report(file, `body line ${bodyLine + index}`, `no glossary term with id "${id}" (${contentDirOf(file)}/${TERMS_FILE})`);
		}
	});
}

const FIGURES_FILE = 'figures/figures.yaml';
const unknownFigure = (file: string, id: string) => `no figure with id "${id}" (${contentDirOf(file)}/${FIGURES_FILE})`;

/** Reports `{{figure}}` markup that names no figure, anywhere in frontmatter. */
function checkFigures(file: string, data: unknown, path: Path, figures: Set<string> | undefined, report: Report) {
	if (typeof data === 'string') {
		for (const id of figureIds(data)) if (!figures?.has(id)) report(file, path, unknownFigure(file, id));
	} else if (Array.isArray(data)) {
		data.forEach((value, i) => checkFigures(file, value, [...path, i], figures, report));
	} else if (data && typeof data === 'object') {
		for (const [key, value] of Object.entries(data)) checkFigures(file, value, [...path, key], figures, report);
	}
}

function checkBodyFigures(file: string, body: string, bodyLine: number, figures: Set<string> | undefined, report: Report) {
	body.split('\n').forEach((line, index) => {
		for (const id of figureIds(line)) if (!figures?.has(id)) report(file, `body line ${bodyLine + index}`, unknownFigure(file, id));
	});
}

/** Editorial pages: both languages exist, and every heading has the same explicit id in each. */
function checkDocs(content: LoadedContent, glossary: Set<string> | undefined, figures: Set<string> | undefined, report: Report) {
	const base = `${content.contentDir}/docs/`;
	const others = translations as string[];
	const bySlug = new Map<string, Map<LocaleFolder, LoadedDoc>>();
	for (const doc of content.docs) {
		const path = doc.file.slice(base.length).replace(/\.mdx?$/, '');
		const [first, ...rest] = path.split('/');
		const locale = (others.includes(first) ? first : root) as LocaleFolder;
		const slug = locale === root ? path : rest.join('/') || 'index';
		if (!bySlug.has(slug)) bySlug.set(slug, new Map());
		bySlug.get(slug)!.set(locale, doc);
		for (const heading of bodyHeadings(doc.body, doc.bodyLine)) {
			if (!heading.id) {
				report(doc.file, `body line ${heading.line}`, `heading "${heading.text}" needs a stable id that is the same in every language, e.g. "${'#'.repeat(heading.depth)} ${heading.text} { #some-id }"`);
			} else if (!SLUG_PATTERN.test(heading.id)) {
				report(doc.file, `body line ${heading.line}`, `heading id "${heading.id}" must be lower-case letters, digits and single hyphens`);
			}
		}
		checkBodyTerms(doc.file, doc.body, doc.bodyLine, glossary, report);
		checkBodyFigures(doc.file, doc.body, doc.bodyLine, figures, report);
		checkBodyWording(doc.file, doc.body, doc.bodyLine, locale, report);
	}
	for (const [slug, versions] of bySlug) {
		const [sourceLocale, source] = versions.has(root) ? [root, versions.get(root)!] : [...versions.entries()][0];
		for (const locale of LOCALE_FOLDERS) {
			if (versions.has(locale)) continue;
			const ext = extensionOf(source.file);
			const expected = locale === ROOT_LOCALE.folder ? `${base}${slug}${ext}` : `${base}${locale}/${slug}${ext}`;
			report(source.file, '(file)', `missing translation: ${expected} does not exist`);
		}
		if (sourceLocale !== root) continue;
		const baseIds = bodyHeadings(source.body).map((h) => h.id ?? '');
		for (const locale of translations) {
			const other = versions.get(locale);
			if (!other) continue;
			const otherIds = bodyHeadings(other.body).map((h) => h.id ?? '');
			if (isDeepStrictEqual(baseIds, otherIds)) continue;
			const missing = baseIds.filter((id) => id && !otherIds.includes(id));
			const extra = otherIds.filter((id) => id && !baseIds.includes(id));
			const detail = [
				missing.length ? `missing ${missing.map((id) => `"${id}"`).join(', ')}` : '',
				extra.length ? `not in ${root}: ${extra.map((id) => `"${id}"`).join(', ')}` : '',
			].filter(Boolean).join('; ');
			report(other.file, 'headings', `heading ids differ from ${source.file}${detail ? ` (${detail})` : ' (order differs)'}`);
		}
	}
}

/** Target profiles name checklists and items that must exist. */
function checkProfiles(profiles: LoadedList<Profile> | undefined, entries: PlacedEntry[], report: Report) {
	if (!profiles) return;
	const checklists = entries.filter((e) => e.collection === 'checklists' && e.locale === root);
	const checklistIds = new Set(checklists.map((e) => e.id));
	const itemIds = new Set(checklists.flatMap((e) => (e.data as ChecklistShape | undefined)?.sections.flatMap((s) => s.items.map((i) => i.id)) ?? []));
	const hasBrokenChecklist = checklists.some((e) => e.data === undefined);
	for (const { id, data } of profiles.items) {
		if (!data) continue;
		data.checklists.forEach((checklist, j) => {
			if (!checklistIds.has(checklist)) report(profiles.file, [id, 'checklists', j], `no checklist with id "${checklist}"`);
		});
		for (const item of Object.keys(data.items ?? {})) {
			if (!itemIds.has(item) && !hasBrokenChecklist) report(profiles.file, [id, 'items', item], `no checklist item with id "${item}"`);
		}
	}
}

/**
 * Regulations: each file sits directly in `<contentDir>/regulations/` under a valid id, its text uses
 * known glossary terms and the playbook's wording, every id a risk or checklist item names exists,
 * and every regulation is listed by at least one risk (its risk pages are where it is shown).
 */
function checkRegulations(regulations: LoadedRegulation[] | undefined, entries: PlacedEntry[], contentDir: string, glossary: Set<string> | undefined, figures: Set<string> | undefined, report: Report) {
	if (!regulations) return;
	const base = `${contentDir}/regulations/`;
	const ids = new Set(regulations.map((r) => r.id));
	for (const regulation of regulations) {
		const name = regulation.file.slice(base.length);
		if (!regulation.file.startsWith(base) || name.includes('/')) {
			report(regulation.file, '(file)', `must be stored as ${base}<id>.yaml`);
		} else if (!SLUG_PATTERN.test(regulation.id)) {
			report(regulation.file, '(file)', `file name "${regulation.id}" is not a valid id: use lower-case letters, digits and single hyphens`);
		}
		if (!regulation.data) continue;
		for (const locale of LOCALE_FOLDERS) {
			checkTerms(regulation.file, inLocale(regulation.data, locale), [locale], glossary, report);
			checkFigures(regulation.file, inLocale(regulation.data, locale), [locale], figures, report);
			checkWording(regulation.file, inLocale(regulation.data, locale), [locale], locale, report);
			regulation.data.dates.events.forEach((event, i) => {
				checkFigures(regulation.file, inLocale(event, locale), ['dates', 'events', i, locale], figures, report);
				checkWording(regulation.file, inLocale(event, locale), ['dates', 'events', i, locale], locale, report);
			});
		}
	}
	const missing = (regulationId: string) => `no regulation with id "${regulationId}" exists (expected ${base}${regulationId}.yaml)`;
	const cited = new Set<string>();
	for (const entry of entries) {
		if (!entry.data) continue;
		if (entry.collection === 'risks') {
			const risk = entry.data as RiskShape & { regulations: string[] };
			const anchors = new Set(collectIds(entry.data).map((x) => x.id));
			risk.regulations.forEach((regulationId, i) => {
				cited.add(regulationId);
				if (!ids.has(regulationId)) report(entry.file, ['regulations', i], missing(regulationId));
				// Each regulation is a row of the risk page, anchored by its id.
				if (anchors.has(regulationId)) report(entry.file, ['regulations', i], `id "${regulationId}" is already used on this page by another section`);
			});
		}
		if (entry.collection === 'checklists') {
			(entry.data as { sections: { items: { regulations?: string[] }[] }[] }).sections.forEach((section, s) =>
				section.items.forEach((item, i) =>
					item.regulations?.forEach((regulationId, j) => {
						if (!ids.has(regulationId)) report(entry.file, ['sections', s, 'items', i, 'regulations', j], missing(regulationId));
					})
				)
			);
		}
	}
	const risksLoaded = entries.some((e) => e.collection === 'risks') && entries.filter((e) => e.collection === 'risks').every((e) => e.data);
	if (!risksLoaded) return;
	for (const regulation of regulations) {
		if (!cited.has(regulation.id)) report(regulation.file, '(file)', `is not listed in any risk's "regulations", so no page shows it`);
	}
}
