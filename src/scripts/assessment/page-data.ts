/**
 * The data an assessment island works from: inlined strings and settings, plus the model (inlined on a
 * checklist page: its share only; else the shared packed file) and, for the islands that list items,
 * the titles file and the item statements of the items a view shows (page-titles.ts).
 */
import { unpackModel, type PackedModel, type PlaybookModel } from '../../lib/assessment/model';
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
	/** The planner's rules asset (checklist and planner islands): fetched only when needed. */
	plannerUrl?: string;
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
	plannerUrl?: string;
	/** Prefix of the item statement files: `${itemsBase}${itemFile(checklist, section)}-<hash>.json`. */
	itemsBase?: string;
}

/** Content-hashed files: any cached copy is the right one, so the visit downloads each once. */
export const getJson = async <T>(url: string): Promise<T> => {
	const response = await fetch(url, { cache: 'force-cache' });
	if (!response.ok) throw new Error(`${response.status} for ${url}`);
	return response.json() as Promise<T>;
};

let loading: Promise<PageData> | undefined;

/** The titles and item statements of the islands that list items (page-titles.ts): only they carry its code. */
export type TitlesReader = (model: PlaybookModel, asset: TitlesAsset, itemsBase: string) => Pick<PageData, 'titles' | 'loadItemTitles' | 'loadAllItemTitles'>;

/** The page's data; with `readTitles`, and a page that names a titles file, its titles too (read once per page: the first call decides). */
export function loadPageData(readTitles?: TitlesReader): Promise<PageData> {
	loading ??= (async () => {
		const inline: Inline = JSON.parse(document.getElementById('pb-assessment-data')!.textContent!);
		const [packed, asset] = await Promise.all([
			inline.model ?? getJson<PackedModel>(inline.modelUrl!),
			inline.titlesUrl && readTitles ? getJson<TitlesAsset>(inline.titlesUrl) : undefined,
		]);
		const model = unpackModel(packed);
		const base = {
			model,
			strings: inline.strings,
			storageKey: inline.storageKey,
			dashboard: inline.dashboard,
			...(inline.plannerUrl ? { plannerUrl: inline.plannerUrl } : {}),
		};
		if (!asset || !readTitles) return { ...base, loadItemTitles: async () => {}, loadAllItemTitles: async () => {} };
		return { ...base, ...readTitles(model, asset, inline.itemsBase!) };
	})();
	return loading;
}
