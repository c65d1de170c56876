/**
 * The data an assessment island works from: inlined strings and settings, plus the model (inlined on a
 * checklist page: its share only; on the overview, what its saved answers need (outline-model.ts); else
 * the shared packed file) and, for the islands that list items, the titles file and the item statements
 * of the items a view shows (page-titles.ts).
 */
import { unpackModel, type PackedModel, type PlaybookModel } from '../../lib/assessment/model';
import type { OutlineUrls, outlineModel } from './outline-model';
import type { AssessmentKey } from '../../i18n/assessment';
import type { AssessmentTitles } from '../../utils/assessment-titles';
import type { TitlesAsset } from '../../utils/assessment-assets';
import { notice } from './dom';

export interface PageData {
	/** The model now (the overview's grows: see `models`). */
	readonly model: PlaybookModel;
	models: ModelSource;
	/** The strings of the code loaded with the island; `withStrings` adds those of the code it loads later. */
	strings: Record<AssessmentKey, string>;
	/**
	 * A module the island imports later, with the strings only such code shows (utils/island-strings.ts),
	 * fetched into `strings` the first time: `withStrings(import(…))`. A failed fetch rejects, as a
	 * module that did not load does, and is tried again next time.
	 */
	withStrings: <T>(module: Promise<T>) => Promise<T>;
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
	laterStringsUrl?: string;
	storageKey: string;
	dashboard: string;
	/** A checklist page's share of the model, inlined. */
	model?: PackedModel;
	modelUrl?: string;
	/** The overview's: the model's outline, where the share buckets are and how many, and the playbook version. */
	outlineUrl?: string;
	sharesBase?: string;
	shareBuckets?: number;
	version?: string;
	titlesUrl?: string;
	plannerUrl?: string;
	/** Prefix of the item statement files: `${itemsBase}${itemFile(checklist, section)}-<hash>.json`. */
	itemsBase?: string;
}

/**
 * Where an island's model comes from: one model for the page (inlined, a checklist's share, or the whole
 * model's file), or the overview's, which grows as answers arrive and views need more (outline-model.ts).
 */
export interface ModelSource {
	readonly model: PlaybookModel;
	/** Whether the model knows these items (those of checklists it has no share of need more of it). */
	covers(itemIds: Iterable<string>): boolean;
	/** Brings what figuring these answered items needs; true when the model changed. */
	cover(itemIds: Iterable<string>): Promise<boolean>;
	/** Brings the whole model (views of any item: exports, imports, share links, snapshots); true when the model changed. */
	complete(): Promise<boolean>;
	onChange(listener: (model: PlaybookModel) => void): void;
}

/** A page's one model. */
const fixedModel = (model: PlaybookModel): ModelSource => ({ model, covers: () => true, cover: async () => false, complete: async () => false, onChange: () => {} });

/** A data file that could not be fetched (offline, or gone with an old edition): the session reports it. */
export class DataLoadError extends Error {}

/** Content-hashed files: any cached copy is the right one, so the visit downloads each once. */
export const getJson = async <T>(url: string): Promise<T> => {
	const response = await fetch(url, { cache: 'force-cache' }).catch((error: unknown) => {
		throw new DataLoadError(`${url}: ${String(error)}`);
	});
	if (!response.ok) throw new DataLoadError(`${response.status} for ${url}`);
	return response.json() as Promise<T>;
};

let loading: Promise<PageData> | undefined;

/** The titles and item statements of the islands that list items (page-titles.ts): only they carry its code. */
export type TitlesReader = (models: ModelSource, asset: TitlesAsset, itemsBase: string) => Pick<PageData, 'titles' | 'loadItemTitles' | 'loadAllItemTitles'>;

/** The readers only some islands carry: titles (page-titles.ts) and, the overview's, the outline (outline-model.ts). */
export interface Readers {
	readTitles?: TitlesReader;
	outlineModel?: typeof outlineModel;
}

let inlineData: Inline | undefined;
const readInline = (): Inline => (inlineData ??= JSON.parse(document.getElementById('pb-assessment-data')!.textContent!));

/**
 * The page's data for an island starting; undefined once `notices` says that a file it needs could
 * not be fetched (a first visit offline, or an edition since replaced): the island then stays as the
 * page rendered it, instead of silently doing nothing.
 */
export async function startData(notices: Element, readers?: Readers): Promise<PageData | undefined> {
	try {
		return await loadPageData(readers);
	} catch (error) {
		if (!(error instanceof DataLoadError)) throw error;
		notice(notices, readInline().strings['load.failed'], 'alert').dataset.notice = 'load-failed';
		return undefined;
	}
}

/** The page's data; with `readTitles`, and a page that names a titles file, its titles too (read once per page: the first call decides). */
export function loadPageData({ readTitles, outlineModel }: Readers = {}): Promise<PageData> {
	loading ??= (async () => {
		const inline = readInline();
		const [models, asset] = await Promise.all([
			inline.outlineUrl && outlineModel
				? outlineModel(inline as OutlineUrls, getJson)
				: (inline.model ? Promise.resolve(inline.model) : getJson<PackedModel>(inline.modelUrl!)).then((packed) => fixedModel(unpackModel(packed))),
			inline.titlesUrl && readTitles ? getJson<TitlesAsset>(inline.titlesUrl) : undefined,
		]);
		let later: Promise<void> | undefined;
		const loadLaterStrings = () =>
			inline.laterStringsUrl
				? (later ??= getJson<Record<AssessmentKey, string>>(inline.laterStringsUrl).then(
						(strings) => void Object.assign(inline.strings, strings),
						(error: unknown) => {
							later = undefined;
							throw error;
						}
					))
				: undefined;
		const withStrings = <T>(module: Promise<T>) => Promise.all([module, loadLaterStrings()]).then(([loaded]) => loaded);
		const base = {
			get model() {
				return models.model;
			},
			models,
			strings: inline.strings,
			withStrings,
			storageKey: inline.storageKey,
			dashboard: inline.dashboard,
			...(inline.plannerUrl ? { plannerUrl: inline.plannerUrl } : {}),
		};
		if (!asset || !readTitles) return Object.assign(base, { loadItemTitles: async () => {}, loadAllItemTitles: async () => {} });
		return Object.assign(base, readTitles(models, asset, inline.itemsBase!));
	})();
	return loading;
}
