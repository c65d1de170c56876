/**
 * The data an assessment island works from: inlined strings and settings, plus the model (inlined on a
 * checklist page: its share only; else the shared packed file) and, for the islands that list items,
 * the titles file and the item statements of the items a view shows (`loadItemTitles`, one small file
 * per checklist section).
 */
import { ALL_ITEMS_FILE, indexModel, itemFile, unpackModel, type PackedModel, type PlaybookModel } from '../../lib/assessment/model';
import type { AssessmentKey } from '../../i18n/assessment';
import type { AssessmentTitles } from '../../utils/assessment-titles';
import type { TitlesAsset } from '../../utils/assessment-assets';

export interface PageData {
	model: PlaybookModel;
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	/**
	 * Present for the islands that list items (overview, team, facilitator). `items` fills in as
	 * `loadItemTitles` brings each checklist's statements; links are known from the start.
	 */
	titles?: AssessmentTitles;
	/** Fetches the statements of these items (their sections' files, each once) into `titles.items`. */
	loadItemTitles: (itemIds: Iterable<string>) => Promise<void>;
	/** Fetches every statement (one file), for views of all items. */
	loadAllItemTitles: () => Promise<void>;
}

interface Inline {
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	/** A checklist page's share of the model, inlined. */
	model?: PackedModel;
	modelUrl?: string;
	titlesUrl?: string;
	/** Prefix of the item statement files: `${itemsBase}${itemFile(checklist, section)}-<hash>.json`. */
	itemsBase?: string;
}

/** Content-hashed files: any cached copy is the right one, so the visit downloads each once. */
const getJson = async <T>(url: string): Promise<T> => {
	const response = await fetch(url, { cache: 'force-cache' });
	if (!response.ok) throw new Error(`${response.status} for ${url}`);
	return response.json() as Promise<T>;
};

let loading: Promise<PageData> | undefined;

export function loadPageData(): Promise<PageData> {
	loading ??= (async () => {
		const inline: Inline = JSON.parse(document.getElementById('pb-assessment-data')!.textContent!);
		const [packed, asset] = await Promise.all([
			inline.model ?? getJson<PackedModel>(inline.modelUrl!),
			inline.titlesUrl ? getJson<TitlesAsset>(inline.titlesUrl) : undefined,
		]);
		const model = unpackModel(packed);
		const base = { model, strings: inline.strings, storageKey: inline.storageKey, dashboard: inline.dashboard };
		if (!asset) return { ...base, loadItemTitles: async () => {}, loadAllItemTitles: async () => {} };
		const link = (prefix: string, ids: Iterable<string>) => Object.fromEntries([...ids].map((id) => [id, `${prefix}${id}/`]));
		const titles: AssessmentTitles = {
			lang: asset.lang,
			items: {},
			itemLinks: Object.fromEntries(model.items.map((item) => [item.id, `${asset.links.checklists}${item.checklistId}/#${item.id}`])),
			checklists: asset.checklists,
			checklistLinks: link(asset.links.checklists, Object.keys(asset.checklists)),
			risks: asset.risks,
			riskLinks: link(asset.links.risks, Object.keys(asset.risks)),
			strategies: asset.strategies,
			strategyLinks: link(asset.links.strategies, Object.keys(asset.strategies)),
			profiles: asset.profiles,
		};
		const files = new Map<string, Promise<void>>();
		const index = indexModel(model);
		// Which items each file holds, in its order: a section's items, or all of them.
		const order = new Map<string, string[]>([[ALL_ITEMS_FILE, model.items.map((item) => item.id)]]);
		for (const c of model.checklists) for (const s of c.sections) order.set(itemFile(c.id, s.id), s.items);
		const load = async (wanted: Set<string>) => {
			for (const name of wanted)
				if (!files.has(name))
					files.set(
						name,
						getJson<string[]>(`${inline.itemsBase}${name}-${asset.itemsHash}.json`).then(
							(statements) => order.get(name)!.forEach((id, i) => (titles.items[id] = statements[i])),
							// Offline without the file: the views show item ids; a later call tries again.
							() => void files.delete(name)
						)
					);
			await Promise.all([...wanted].map((name) => files.get(name)));
		};
		const loadItemTitles = async (itemIds: Iterable<string>) => {
			if (files.has(ALL_ITEMS_FILE)) return load(new Set([ALL_ITEMS_FILE]));
			const wanted = new Set<string>();
			for (const id of itemIds) {
				const item = index.item.get(id);
				if (item) wanted.add(itemFile(item.checklistId, item.sectionId));
			}
			return load(wanted);
		};
		return { ...base, titles, loadItemTitles, loadAllItemTitles: () => load(new Set([ALL_ITEMS_FILE])) };
	})();
	return loading;
}
