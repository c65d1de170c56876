/**
 * The planner's and calendar's data for one language, read from the collections: the regulations as the
 * engine sees them, which checklist items evidence each and which risks each is behind. Astro glue only:
 * the logic is in src/lib/obligations.
 */
import { createHash } from 'node:crypto';
import { localizePath, type LocaleFolder } from '../i18n/locales';
import { plannerWords, type PlannerWords } from '../i18n/planner';
import type { Regulation } from '../lib/obligations/engine';
import { regulationsFor } from './regulations';
import { plainRegulation } from '../lib/obligations/regulations';
import { stripInline } from '../lib/inline';
import { pageContext } from './entries';
import type { Asset } from './hashed-asset';

export interface PlannerData {
	regulations: Regulation[];
	/** Item id → the regulations it evidences (only items that list some). */
	itemRegulations: Record<string, string[]>;
	/** Regulation id → evidencing item ids, in page order. */
	regulationItems: Record<string, string[]>;
	/** Regulation id → risk ids that list it. */
	regulationRisks: Record<string, string[]>;
}

const cache = new Map<LocaleFolder, Promise<PlannerData>>();

export function plannerData(locale: LocaleFolder): Promise<PlannerData> {
	if (!cache.has(locale)) cache.set(locale, load(locale));
	return cache.get(locale)!;
}

async function load(locale: LocaleFolder): Promise<PlannerData> {
	const ctx = await pageContext(locale);
	const regulations = (await regulationsFor(locale)).sort((a, b) => a.name.localeCompare(b.name, locale));
	const known = new Set(regulations.map((r) => r.id));
	const itemRegulations: Record<string, string[]> = {};
	const regulationItems: Record<string, string[]> = Object.fromEntries(regulations.map((r) => [r.id, []]));
	for (const [itemId, ref] of ctx.items) {
		const ids = (ref.item.regulations ?? []).filter((id) => known.has(id));
		if (ids.length === 0) continue;
		itemRegulations[itemId] = ids;
		for (const id of ids) regulationItems[id].push(itemId);
	}
	const regulationRisks: Record<string, string[]> = Object.fromEntries(regulations.map((r) => [r.id, []]));
	for (const [riskId, risk] of ctx.risks) {
		for (const id of risk.data.regulations) if (known.has(id)) regulationRisks[id].push(riskId);
	}
	return { regulations, itemRegulations, regulationItems, regulationRisks };
}

/**
 * What the islands fetch (planner, calendar, and the checklist island once a seller profile exists): the
 * rules and dates without the long texts (the pages render those), which item evidences what, and the words.
 */
export interface PlannerAsset {
	regulations: Regulation[];
	itemRegulations: Record<string, string[]>;
	words: PlannerWords;
}

const assets = new Map<LocaleFolder, Promise<Asset>>();

export function plannerAsset(locale: LocaleFolder): Promise<Asset> {
	if (!assets.has(locale)) {
		assets.set(
			locale,
			Promise.all([plannerData(locale), pageContext(locale)]).then(([{ regulations, itemRegulations }, ctx]) => {
				// The islands show names and event labels as text: figures and terms written out.
				const plain = (text: string) => stripInline(text, ctx.termLabel, ctx.figure);
				const value: PlannerAsset = {
					regulations: regulations.map((r) => ({ ...plainRegulation(r, plain), requires: '', todo: '' })),
					itemRegulations,
					words: plannerWords(locale),
				};
				const body = JSON.stringify(value);
				return { body, hash: createHash('sha256').update(body).digest('hex').slice(0, 12) };
			})
		);
	}
	return assets.get(locale)!;
}

export async function plannerAssetUrl(locale: LocaleFolder): Promise<string> {
	return localizePath(`/planner/rules-${(await plannerAsset(locale)).hash}.json`, locale);
}
