/**
 * The overview's model: it starts from the outline with the shares of the checklists its saved answers
 * belong to (lib/assessment/outline.ts), fetches more shares as answers arrive, and the whole model
 * once a view needs any item (`complete`). The model only grows: each new one is told to the listeners.
 * Passed to `loadPageData` by the overview only: no other page carries this code.
 */
import { unpackModel, type PackedModel, type PlaybookModel } from '../../lib/assessment/model';
import { checklistsOf, composeModel, storedItemIds, type PackedOutline } from '../../lib/assessment/outline';
import { noticeKeyOf, type StorageLike } from '../../lib/assessment/storage-raw';
import { browserStorage } from './browser';
import type { ModelSource } from './page-data';

/** Where the overview's files are, and the storage key of the answers (the page's inline data). */
export interface OutlineUrls {
	outlineUrl: string;
	/** `${sharesBase}<checklist>-<hash>.json` */
	sharesBase: string;
	modelUrl: string;
	storageKey: string;
}

/**
 * The overview's model, covering what `storage` holds under `key`: the outline and the shares of the
 * answered checklists, or the whole model when the stored answers are of another version, another
 * format, unreadable or waiting with a notice (the store reports those, and needs every item to).
 */
export async function outlineModel(
	{ outlineUrl, sharesBase, modelUrl, storageKey: key }: OutlineUrls,
	getJson: <T>(url: string) => Promise<T>,
	storage: StorageLike | undefined = browserStorage()
): Promise<ModelSource> {
	const outline = await getJson<PackedOutline>(outlineUrl);
	const shares = new Map<string, PlaybookModel>();
	const listeners: ((model: PlaybookModel) => void)[] = [];
	let model = composeModel(outline, shares);
	let isWhole = false;
	let whole: Promise<boolean> | undefined;
	const set = (next: PlaybookModel) => {
		model = next;
		for (const listener of listeners) listener(next);
		return true;
	};
	const complete = async () => {
		if (isWhole) return false;
		whole ??= getJson<PackedModel>(modelUrl).then(
			(packed) => ((isWhole = true), set(unpackModel(packed))),
			(error: unknown) => {
				// A later call tries again.
				whole = undefined;
				throw error;
			}
		);
		return whole;
	};
	/** The checklists still missing for these items; 'whole' when only the whole model can place them. */
	const missing = (itemIds: Iterable<string>) => {
		if (isWhole) return [];
		const checklists = checklistsOf(outline, itemIds);
		return checklists ? [...checklists].filter((id) => !shares.has(id)) : 'whole';
	};
	const source: ModelSource = {
		get model() {
			return model;
		},
		covers: (itemIds) => missing(itemIds).length === 0,
		async cover(itemIds) {
			const needed = missing(itemIds);
			if (!needed.length) return false;
			// Past half the checklists, their shares weigh about what the whole model does, in more requests.
			if (needed === 'whole' || (shares.size + needed.length) * 2 > outline.c.length) return complete();
			const packed = await Promise.all(needed.map((id) => getJson<PackedModel>(`${sharesBase}${id}-${outline.h}.json`)));
			// The whole model may have come meanwhile: it has every share.
			if (isWhole) return false;
			needed.forEach((id, i) => shares.set(id, unpackModel(packed[i])));
			return set(composeModel(outline, shares));
		},
		complete,
		onChange: (listener) => void listeners.push(listener),
	};
	let stored: string[] | undefined;
	try {
		stored = storage?.getItem(noticeKeyOf(key)) != null ? undefined : storedItemIds(storage?.getItem(key) ?? null, outline.v);
	} catch {
		// Storage that throws holds nothing the page can read (the store reports it).
		stored = [];
	}
	await (stored ? source.cover(stored) : complete());
	return source;
}
