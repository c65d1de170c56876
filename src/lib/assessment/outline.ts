/**
 * The model's outline: what the overview needs to figure a state without every item's id and statement
 * hash. Every checklist, section, pillar, risk and target profile is in it; each item only as its
 * weight, pillar and risks. An item no one has answered counts in figures by those alone (coverage
 * totals, risk and pillar weights, targets), so the overview stands it in for a placeholder and fetches
 * a share of the model (`sliceModel`) only once an item it covers is answered.
 *
 * Answers are keyed by item id, and shares by the first segment of their items' ids ("ah" of
 * "ah-daily-health-check"). The share of a prefix carries every checklist with an item that has it
 * (`shareGroups`), so it replaces each of them whole. Shares are filed in buckets by a hash of their
 * prefix (`shares/<hash>/<bucket>.json`), so the page names only how many buckets there are, a number
 * whatever the playbook's size, and the overview asks for the buckets its saved answers need while
 * the outline is still on its way. A bucket lists the prefixes it holds: an id with any other prefix
 * is no item of this edition (an answer kept from a checklist since retired), and needs nothing more.
 *
 * `composeModel(outline, shares)` with every checklist's share equals the whole model (tests/unit/
 * assessment/outline.test.ts), and with the shares of the answered checklists gives the same figures.
 */
import { fnv1a, indexModel, packModel, packRisks, packStrategies, resolveTargets, sliceModel, unpackRisks, unpackStrategies, type ModelItem, type PackedModel, type PackedRisk, type PackedStrategy, type PlaybookModel, type ProfileInput } from './model';
import { CURRENT_STATE_VERSION, STATE_FORMAT } from './state';

/** An item as the outline has it: [weight, strategy index or -1, ...risk indexes]. */
type OutlineItem = [1 | 2 | 3, number, ...number[]];

export interface PackedOutline {
	/** The playbook version (the whole model's). */
	v: string;
	/** Checklists in order: [id, sections: [id, items][]]. */
	c: [string, [string, OutlineItem[]][]][];
	s: PackedStrategy[];
	/** Risks in register order. */
	r: PackedRisk[];
	/** Target profiles' rules; an override of an item also names its placeholder. */
	p: ProfileInput[];
}

/** Stands in for the `n`th item of a checklist (item ids are slugs: "#" cannot clash with one). */
export const placeholderId = (checklistId: string, n: number) => `${checklistId}#${n}`;

/** The segment of an item id that names its share: "ah" in "ah-daily-health-check". */
export const itemPrefix = (itemId: string) => itemId.split('-', 1)[0];

export function packOutline(model: PlaybookModel, profiles: ProfileInput[]): PackedOutline {
	const index = indexModel(model);
	const risk = new Map(model.risks.map((r, i) => [r.id, i]));
	const strategy = new Map(model.strategies.map((s, i) => [s.id, i]));
	const placeholders = new Map<string, string>();
	for (const c of model.checklists) (index.byChecklist.get(c.id) ?? []).forEach((item, n) => placeholders.set(item.id, placeholderId(c.id, n)));
	const withPlaceholders = (items: Record<string, ProfileInput['byWeight']['1']>) =>
		Object.fromEntries(Object.entries(items).flatMap(([item, level]) => (placeholders.has(item) ? [[item, level], [placeholders.get(item)!, level]] : [[item, level]])));
	return {
		v: model.version,
		c: model.checklists.map((c) => [
			c.id,
			c.sections.map((s) => [
				s.id,
				s.items.map((id) => {
					const item = index.item.get(id)!;
					return [item.weight, item.implements === undefined ? -1 : strategy.get(item.implements)!, ...item.mitigates.map((r) => risk.get(r)!)];
				}),
			]),
		]),
		s: packStrategies(model.strategies),
		r: packRisks(model.risks),
		p: profiles.map(({ id, checklists, byWeight, items }) => ({ id, checklists, byWeight, ...(items ? { items: withPlaceholders(items) } : {}) })),
	};
}

/** Each share's prefix and the checklists it carries: every checklist with an item whose id has that prefix. */
export function shareGroups(model: PlaybookModel): Map<string, string[]> {
	const groups = new Map<string, Set<string>>();
	for (const item of model.items) {
		const prefix = itemPrefix(item.id);
		if (!groups.has(prefix)) groups.set(prefix, new Set());
		groups.get(prefix)!.add(item.checklistId);
	}
	return new Map([...groups].map(([prefix, checklists]) => [prefix, [...checklists]]));
}

/** The shares figuring these answered items needs, by prefix. */
export const sharesOf = (itemIds: Iterable<string>): Set<string> => new Set([...itemIds].map(itemPrefix));

/** Buckets for this many shares: a power of two, at least twice as many, so most buckets hold one share or none. */
export function shareBucketCount(shares: number): number {
	let buckets = 1;
	while (buckets < shares * 2) buckets *= 2;
	return buckets;
}

/** The bucket of a prefix: its FNV-1a hash (the model's `fnv1a`), modulo the number of buckets (the same in the build and the browser). */
export const shareBucket = (prefix: string, buckets: number): number => parseInt(fnv1a(prefix), 16) % buckets;

/** A bucket's file: the prefixes it holds, and the share of the model they carry (none for an empty bucket). */
export interface PackedShare {
	p: string[];
	m?: PackedModel;
}

/** Every bucket's file, empty ones included (asked for only by a prefix no checklist has). */
export function shareBucketFiles(model: PlaybookModel): PackedShare[] {
	const groups = shareGroups(model);
	const files: PackedShare[] = Array.from({ length: shareBucketCount(groups.size) }, () => ({ p: [] }));
	for (const prefix of groups.keys()) files[shareBucket(prefix, files.length)].p.push(prefix);
	for (const file of files) if (file.p.length) file.m = packModel(sliceModel(model, [...new Set(file.p.flatMap((prefix) => groups.get(prefix)!))]));
	return files;
}

/** The model the overview figures with: the shares' items where given, placeholders elsewhere. */
export function composeModel(outline: PackedOutline, shares: ReadonlyMap<string, PlaybookModel>): PlaybookModel {
	const items: ModelItem[] = [];
	const checklists = outline.c.map(([checklistId, sections]) => {
		const bySection = shares.has(checklistId) ? indexModel(shares.get(checklistId)!).bySection : undefined;
		let n = 0;
		return {
			id: checklistId,
			sections: sections.map(([sectionId, outlined]) => {
				const sectionItems: ModelItem[] = bySection
					? (bySection.get(`${checklistId}/${sectionId}`) ?? [])
					: outlined.map(([weight, strategy, ...risks]) => ({
							id: placeholderId(checklistId, n++),
							checklistId,
							sectionId,
							weight,
							mitigates: risks.map((r) => outline.r[r][0]),
							...(strategy === -1 ? {} : { implements: outline.s[strategy][0] }),
							textHash: '',
						}));
				items.push(...sectionItems);
				return { id: sectionId, items: sectionItems.map((item) => item.id) };
			}),
		};
	});
	return {
		version: outline.v,
		items,
		risks: unpackRisks(outline.r),
		strategies: unpackStrategies(outline.s),
		checklists,
		profiles: outline.p.map((profile) => ({ id: profile.id, targets: resolveTargets(profile, items) })),
	};
}

/**
 * The playbook version and item ids of a stored value, when it is a current-format state ({ ids: [] }
 * when nothing is stored); undefined for anything else (an older format, unreadable text): those are
 * the store's to read and report, with the whole model (`storage.ts`), as are states of another version.
 */
export function storedAnswers(raw: string | null): { version?: string; ids: string[] } | undefined {
	if (raw === null) return { ids: [] };
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return undefined;
		const { format, version: stateVersion, playbookVersion, answers } = value as Record<string, unknown>;
		if (format !== STATE_FORMAT || stateVersion !== CURRENT_STATE_VERSION || typeof playbookVersion !== 'string') return undefined;
		return typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? { version: playbookVersion, ids: Object.keys(answers) } : undefined;
	} catch {
		return undefined;
	}
}
