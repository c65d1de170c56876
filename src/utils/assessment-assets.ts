/**
 * The island data assets, each at a URL carrying a hash of its content (a host may cache them for ever;
 * the offline worker stores them):
 * - the model (`model-<hash>.json`, one file for both languages, packed: `packModel`), shared by the
 *   team and facilitator pages and downloaded once per visit;
 * - its outline (`outline-<hash>.json`: `packOutline`), what the overview starts from, and the shares
 *   of the model by item-id prefix, filed in buckets by a hash of the prefix (`shares/<hash>/<bucket>.json`:
 *   the checklists with items of the bucket's prefixes, as a checklist page inlines its own), which the
 *   overview fetches once an item of such a prefix has an answer; it fetches the whole model only for
 *   views of any item (lib/assessment/outline.ts);
 * - the titles of one language (`titles-<hash>.json`): checklist, pillar and risk titles and profile
 *   names, with the link prefixes the islands build links from;
 * - the item statements of one checklist section in one language (`items/<checklist>.<section>-<hash>.json`:
 *   an array in the section's item order; `items/all-<hash>.json`: every item, in model order; one hash
 *   for the set, named in the titles file), fetched only for the items a view shows.
 * A checklist page fetches none of these: its share of the model is inlined (`checklistModel`).
 */
import { getCollection } from 'astro:content';
import { localeByFolder, localizePath, type LocaleFolder } from '../i18n/locales';
import { inLocale } from '../schemas/glossary';
import { stripInline } from '../lib/inline';
import { entryPath } from '../lib/site/paths';
import { ALL_ITEMS_FILE, itemFile, packModel, sliceModel, type PackedModel } from '../lib/assessment/model';
import { packOutline, shareBucketFiles } from '../lib/assessment/outline';
import { playbookModel } from './assessment-model';
import { asset, sha, type Asset } from './hashed-asset';
import { pageContext } from './entries';

/** The titles file of one language (see `src/scripts/assessment/page-data.ts`, which reads it). */
export interface TitlesAsset {
	/** The locale `Intl` formats dates in (`content/i18n/locales.json`), e.g. `zh-CN`, `en-GB`. */
	lang: string;
	/** Titles in the model's order (its checklists, risks and strategies): the islands pair them with its ids. */
	checklists: string[];
	risks: string[];
	strategies: string[];
	profiles: { id: string; name: string }[];
	/** Link prefixes: an entry's page is `<prefix><id>/`, an item's `<checklist page>#<item id>`. */
	links: { checklists: string; risks: string; strategies: string };
	/** `items/<checklist id>.<section id>-<itemsHash>.json` under the language's assessment folder. */
	itemsHash: string;
}

let model: Promise<Asset> | undefined;
const titles = new Map<LocaleFolder, Promise<{ titles: Asset; items: Map<string, string> }>>();

/** The packed model with the profiles' rules (targets are resolved in the browser). */
export function modelAsset(): Promise<Asset> {
	model ??= Promise.all([playbookModel(), getCollection('profiles')]).then(([m, profiles]) => asset(packModel(m, profiles.map((p) => p.data))));
	return model;
}

/** One checklist's share of the model, packed, for its page to inline. */
export async function checklistModel(checklistId: string): Promise<PackedModel> {
	return packModel(sliceModel(await playbookModel(), checklistId));
}

let shares: Promise<{ hash: string; files: string[] }> | undefined;

/** Every share bucket's file as JSON text, in bucket order, with one hash for the set. */
export function shareFiles(): Promise<{ hash: string; files: string[] }> {
	shares ??= (async () => {
		const files = shareBucketFiles(await playbookModel()).map((file) => JSON.stringify(file));
		return { hash: sha(files.join('\n')), files };
	})();
	return shares;
}

let outline: Promise<Asset> | undefined;

/** The model's outline (what the overview figures from). */
export function outlineAsset(): Promise<Asset> {
	outline ??= Promise.all([playbookModel(), getCollection('profiles')]).then(([m, profiles]) => asset(packOutline(m, profiles.map((p) => p.data))));
	return outline;
}

function titlesAndItems(locale: LocaleFolder) {
	if (!titles.has(locale)) {
		titles.set(
			locale,
			(async () => {
				const ctx = await pageContext(locale);
				const plain = (text: string) => stripInline(text, ctx.termLabel, ctx.figure);
				const links = {
					checklists: localizePath('/checklists/', locale),
					risks: localizePath('/risks/', locale),
					strategies: localizePath('/strategies/', locale),
				};
				// The islands build links from the prefixes: they must be the pages' real paths.
				for (const collection of ['checklists', 'risks', 'strategies'] as const)
					for (const id of ctx[collection].keys())
						if (entryPath(collection, id, locale) !== `${links[collection]}${id}/`) throw new Error(`${collection}/${id}: page path is not ${links[collection]}${id}/`);
				// Statements as arrays in the model's item order (the island knows the ids from the model).
				const statement = (id: string) => {
					const ref = ctx.items.get(id);
					if (!ref) throw new Error(`item ${id} has no ${locale} text`);
					if (ref.href !== `${links.checklists}${ref.checklistId}/#${id}`) throw new Error(`item ${id}: link ${ref.href} is not ${links.checklists}${ref.checklistId}/#${id}`);
					return plain(ref.item.statement);
				};
				const m = await playbookModel();
				const items = new Map<string, string>();
				for (const c of m.checklists) for (const s of c.sections) items.set(itemFile(c.id, s.id), JSON.stringify(s.items.map(statement)));
				// Every statement in one file, for views of all items (team comparison, exports).
				items.set(ALL_ITEMS_FILE, JSON.stringify(m.items.map((item) => statement(item.id))));
				const itemsHash = sha([...items].map(([id, body]) => `${id}\n${body}`).join('\n'));
				const value: TitlesAsset = {
					lang: localeByFolder(locale).intl,
					checklists: m.checklists.map((c) => plain(ctx.checklists.get(c.id)!.data.title)),
					risks: m.risks.map((r) => plain(ctx.risks.get(r.id)!.data.title)),
					strategies: m.strategies.map((st) => plain(ctx.strategies.get(st.id)!.data.title)),
					profiles: (await getCollection('profiles')).map((p) => ({ id: p.id, name: inLocale(p.data, locale).name })),
					links,
					itemsHash,
				};
				return { titles: asset(value), items, itemsHash };
			})()
		);
	}
	return titles.get(locale)!;
}

export async function titlesAsset(locale: LocaleFolder): Promise<Asset> {
	return (await titlesAndItems(locale)).titles;
}

/** Item statements of each checklist section in one language: `itemFile` name → JSON text. */
export async function itemTitleFiles(locale: LocaleFolder): Promise<{ hash: string; files: Map<string, string> }> {
	const { titles: t, items } = await titlesAndItems(locale);
	return { hash: (JSON.parse(t.body) as TitlesAsset).itemsHash, files: items };
}

/** Site paths of the assets (the model lives at the root: it is the same in every language). */
export async function modelUrl(): Promise<string> {
	return `/assessment/model-${(await modelAsset()).hash}.json`;
}

export async function outlineUrl(): Promise<string> {
	return `/assessment/outline-${(await outlineAsset()).hash}.json`;
}

/** Where the share buckets live: `${await sharesBase()}<bucket>.json`; the folder changes with any of them. */
export async function sharesBase(): Promise<string> {
	return `/assessment/shares/${(await shareFiles()).hash}/`;
}

export async function titlesUrl(locale: LocaleFolder): Promise<string> {
	return localizePath(`/assessment/titles-${(await titlesAsset(locale)).hash}.json`, locale);
}

/** Where a language's item files live: `${itemsBase(locale)}${itemFile(checklist, section)}-<hash>.json`. */
export function itemsBase(locale: LocaleFolder): string {
	return localizePath('/assessment/items/', locale);
}
