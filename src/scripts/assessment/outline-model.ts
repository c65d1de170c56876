/**
 * The overview's model: it starts from the outline with the shares its saved answers need
 * (lib/assessment/outline.ts), fetched beside the outline rather than after it; it fetches more
 * shares as answers arrive, and the whole model once a view needs any item (`complete`). The model
 * only grows: each new one is told to the listeners.
 * Passed to `loadPageData` by the overview only: no other page carries this code.
 */
import { unpackModel, type PackedModel, type PlaybookModel } from '../../lib/assessment/model';
import { composeModel, shareBucket, sharesOf, storedAnswers, type PackedOutline, type PackedShare } from '../../lib/assessment/outline';
import { noticeKeyOf, type StorageLike } from '../../lib/assessment/storage-raw';
import { browserStorage } from './browser';
import type { ModelSource } from './page-data';

/** Where the overview's files are, and the storage key of the answers (the page's inline data). */
export interface OutlineUrls {
	outlineUrl: string;
	/** `${sharesBase}<bucket>.json` */
	sharesBase: string;
	/** How many buckets the shares are filed in. */
	shareBuckets: number;
	modelUrl: string;
	storageKey: string;
	/** The playbook version (the outline's and the model's). */
	version: string;
}

type GetJson = <T>(url: string) => Promise<T>;

/**
 * The item ids of the answers storage holds for this version; undefined when only the store can read
 * them and report on them (another version or format, unreadable text, a notice waiting).
 */
function storedIds(storage: StorageLike | undefined, key: string, version: string): string[] | undefined {
	try {
		if (storage?.getItem(noticeKeyOf(key)) != null) return undefined;
		const stored = storedAnswers(storage?.getItem(key) ?? null);
		return stored && (stored.version ?? version) === version ? stored.ids : undefined;
	} catch {
		// Storage that throws holds nothing the page can read (the store reports it).
		return [];
	}
}

/**
 * The overview's model, covering what `storage` holds under `key`: the outline and the shares of the
 * answered items, or the whole model when the stored answers are of another version, another format,
 * unreadable or waiting with a notice (the store reports those, and needs every item to).
 */
export async function outlineModel(
	{ outlineUrl, sharesBase, shareBuckets, modelUrl, storageKey: key, version }: OutlineUrls,
	getJson: GetJson,
	storage: StorageLike | undefined = browserStorage()
): Promise<ModelSource> {
	/** Buckets fetched; the model's checklists their shares carry, by checklist id. */
	const fetched = new Set<number>();
	const shares = new Map<string, PlaybookModel>();
	const listeners: ((model: PlaybookModel) => void)[] = [];
	let isWhole = false;
	let whole: Promise<boolean> | undefined;
	/**
	 * The buckets still missing for these items; 'whole' past a quarter of the buckets (about half the
	 * shares: there are at least twice as many buckets): then they weigh about what the whole model does,
	 * in more requests. A fetched bucket covers its prefixes, and those no checklist has: an id of such a
	 * prefix is no item of this edition (an answer kept from a checklist since retired), nor of the whole model.
	 */
	const missing = (itemIds: Iterable<string>): number[] | 'whole' => {
		if (isWhole) return [];
		const needed = [...new Set([...sharesOf(itemIds)].map((prefix) => shareBucket(prefix, shareBuckets)))].filter((bucket) => !fetched.has(bucket));
		return (fetched.size + needed.length) * 4 > shareBuckets ? 'whole' : needed;
	};
	const fetchShares = (buckets: number[]) =>
		Promise.all(buckets.map((bucket) => getJson<PackedShare>(`${sharesBase}${bucket}.json`).then((file) => [bucket, file.m && unpackModel(file.m)] as const)));

	// The shares the saved answers need come with the outline (the page preloads it), not after it.
	const stored = storedIds(storage, key, version);
	const early = stored && missing(stored);
	const [outline, earlyShares] = await Promise.all([getJson<PackedOutline>(outlineUrl), Array.isArray(early) && early.length ? fetchShares(early) : []]);
	let model = composeModel(outline, shares);

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
	const add = (files: Awaited<ReturnType<typeof fetchShares>>) => {
		// The whole model may have come meanwhile: it has every share.
		if (isWhole) return false;
		// A bucket of retired prefixes only brings nothing.
		let grown = false;
		for (const [bucket, share] of files) {
			fetched.add(bucket);
			if (!share) continue;
			for (const c of share.checklists) shares.set(c.id, share);
			grown = true;
		}
		return grown && set(composeModel(outline, shares));
	};
	const source: ModelSource = {
		get model() {
			return model;
		},
		covers: (itemIds) => missing(itemIds).length === 0,
		async cover(itemIds) {
			const needed = missing(itemIds);
			if (needed === 'whole') return complete();
			return needed.length ? add(await fetchShares(needed)) : false;
		},
		complete,
		onChange: (listener) => void listeners.push(listener),
	};
	if (!Array.isArray(early)) await complete();
	else if (early.length) await add(earlyShares);
	return source;
}
