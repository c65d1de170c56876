/**
 * The overview's model: it starts from the outline with the shares its saved answers need
 * (lib/assessment/outline.ts), fetched beside the outline rather than after it; it fetches more
 * shares as answers arrive, and the whole model once a view needs any item (`complete`). The model
 * only grows: each new one is told to the listeners.
 * Passed to `loadPageData` by the overview only: no other page carries this code.
 */
import { unpackModel, type PackedModel, type PlaybookModel } from '../../lib/assessment/model';
import { composeModel, sharesOf, storedAnswers, type PackedOutline } from '../../lib/assessment/outline';
import { noticeKeyOf, type StorageLike } from '../../lib/assessment/storage-raw';
import { browserStorage } from './browser';
import type { ModelSource } from './page-data';

/** Where the overview's files are, and the storage key of the answers (the page's inline data). */
export interface OutlineUrls {
	outlineUrl: string;
	/** `${sharesBase}<item-id prefix>.json` */
	sharesBase: string;
	/** The prefixes shares are named by. */
	sharePrefixes: string[];
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
	{ outlineUrl, sharesBase, sharePrefixes, modelUrl, storageKey: key, version }: OutlineUrls,
	getJson: GetJson,
	storage: StorageLike | undefined = browserStorage()
): Promise<ModelSource> {
	/** Shares fetched, by prefix; the model's checklists they carry, by checklist id. */
	const fetched = new Set<string>();
	const shares = new Map<string, PlaybookModel>();
	const listeners: ((model: PlaybookModel) => void)[] = [];
	let isWhole = false;
	let whole: Promise<boolean> | undefined;
	const named = new Set(sharePrefixes);
	/**
	 * The shares still missing for these items; 'whole' past half of them: then they weigh about what the
	 * whole model does, in more requests. An id no share is named for is no item of this edition (an
	 * answer kept from a checklist since retired): the whole model does not have it either.
	 */
	const missing = (itemIds: Iterable<string>): string[] | 'whole' => {
		if (isWhole) return [];
		const needed = [...sharesOf(itemIds)].filter((prefix) => named.has(prefix) && !fetched.has(prefix));
		return (fetched.size + needed.length) * 2 > named.size ? 'whole' : needed;
	};
	const fetchShares = (prefixes: string[]) =>
		Promise.all(prefixes.map((prefix) => getJson<PackedModel>(`${sharesBase}${prefix}.json`).then((packed) => [prefix, unpackModel(packed)] as const)));

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
		for (const [prefix, share] of files) {
			fetched.add(prefix);
			for (const c of share.checklists) shares.set(c.id, share);
		}
		return set(composeModel(outline, shares));
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
