/**
 * The model's outline: what the overview needs to figure a state without every item's id and statement
 * hash. Every checklist, section, pillar, risk and target profile is in it; each item only as its
 * weight, pillar and risks. An item no one has answered counts in figures by those alone (coverage
 * totals, risk and pillar weights, targets), so the overview stands it in for a placeholder and fetches
 * a checklist's share of the model (`sliceModel`) only once one of its items is answered.
 *
 * Answers are keyed by item id. Which checklist an answer belongs to is read from the id's first
 * segment ("ah-daily-health-check" → "ah"), which the outline maps to a checklist wherever exactly one
 * checklist's items use it; an answer it cannot place needs the whole model.
 *
 * `composeModel(outline, shares)` with every checklist's share equals the whole model (tests/unit/
 * assessment/outline.test.ts), and with the shares of the answered checklists gives the same figures.
 */
import { indexModel, resolveTargets, type ModelItem, type PlaybookModel, type ProfileInput } from './model';
import { CURRENT_STATE_VERSION, STATE_FORMAT } from './state';

/** An item as the outline has it: [weight, strategy index or -1, ...risk indexes]. */
type OutlineItem = [1 | 2 | 3, number, ...number[]];

export interface PackedOutline {
	/** The playbook version (the whole model's). */
	v: string;
	/** Checklists in order: [id, item-id prefix ('' when not its own), sections: [id, items][]]. */
	c: [string, string, [string, OutlineItem[]][]][];
	/** Strategies: [id, order]. */
	s: [string, number][];
	/** Risks in register order: [id, category, likelihood, impact]. */
	r: [string, string, number, number][];
	/** Target profiles' rules; an override of an item also names its placeholder. */
	p: ProfileInput[];
	/** The share files' hash: `shares/<checklist id>-<h>.json`. */
	h: string;
}

/** Stands in for the `n`th item of a checklist (item ids are slugs: "#" cannot clash with one). */
export const placeholderId = (checklistId: string, n: number) => `${checklistId}#${n}`;

/** The segment of an item id that names its checklist: "ah" in "ah-daily-health-check". */
export const itemPrefix = (itemId: string) => itemId.split('-', 1)[0];

export function packOutline(model: PlaybookModel, profiles: ProfileInput[], sharesHash: string): PackedOutline {
	const index = indexModel(model);
	const risk = new Map(model.risks.map((r, i) => [r.id, i]));
	const strategy = new Map(model.strategies.map((s, i) => [s.id, i]));
	// A prefix names a checklist when all its items carry it and no other checklist's item does.
	const owners = new Map<string, Set<string>>();
	for (const item of model.items) {
		const prefix = itemPrefix(item.id);
		if (!owners.has(prefix)) owners.set(prefix, new Set());
		owners.get(prefix)!.add(item.checklistId);
	}
	const prefixOf = (checklistId: string) => {
		const items = index.byChecklist.get(checklistId) ?? [];
		const prefix = items.length ? itemPrefix(items[0].id) : '';
		return prefix && items.every((item) => itemPrefix(item.id) === prefix) && owners.get(prefix)!.size === 1 ? prefix : '';
	};
	const placeholders = new Map<string, string>();
	for (const c of model.checklists) (index.byChecklist.get(c.id) ?? []).forEach((item, n) => placeholders.set(item.id, placeholderId(c.id, n)));
	const withPlaceholders = (items: Record<string, ProfileInput['byWeight']['1']>) =>
		Object.fromEntries(Object.entries(items).flatMap(([item, level]) => (placeholders.has(item) ? [[item, level], [placeholders.get(item)!, level]] : [[item, level]])));
	return {
		v: model.version,
		c: model.checklists.map((c) => [
			c.id,
			prefixOf(c.id),
			c.sections.map((s) => [
				s.id,
				s.items.map((id) => {
					const item = index.item.get(id)!;
					return [item.weight, item.implements === undefined ? -1 : strategy.get(item.implements)!, ...item.mitigates.map((r) => risk.get(r)!)];
				}),
			]),
		]),
		s: model.strategies.map((s) => [s.id, s.order]),
		r: model.risks.map((r) => [r.id, r.category, r.likelihood, r.impact]),
		p: profiles.map(({ id, checklists, byWeight, items }) => ({ id, checklists, byWeight, ...(items ? { items: withPlaceholders(items) } : {}) })),
		h: sharesHash,
	};
}

const prefixIndex = new WeakMap<PackedOutline, Map<string, string>>();

/**
 * The checklists whose shares figuring these answered items needs; undefined when one of them cannot
 * be placed (its id's prefix is no checklist's own): then only the whole model will do.
 */
export function checklistsOf(outline: PackedOutline, itemIds: Iterable<string>): Set<string> | undefined {
	let byPrefix = prefixIndex.get(outline);
	if (!byPrefix) prefixIndex.set(outline, (byPrefix = new Map(outline.c.filter(([, prefix]) => prefix).map(([id, prefix]) => [prefix, id]))));
	const checklists = new Set<string>();
	for (const id of itemIds) {
		const checklist = byPrefix.get(itemPrefix(id));
		if (checklist === undefined) return undefined;
		checklists.add(checklist);
	}
	return checklists;
}

/** The model the overview figures with: the shares' items where given, placeholders elsewhere. */
export function composeModel(outline: PackedOutline, shares: ReadonlyMap<string, PlaybookModel>): PlaybookModel {
	const items: ModelItem[] = [];
	const checklists = outline.c.map(([checklistId, , sections]) => {
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
		risks: outline.r.map(([id, category, likelihood, impact]) => ({ id, category, likelihood, impact })),
		strategies: outline.s.map(([id, order]) => ({ id, order })),
		checklists,
		profiles: outline.p.map((profile) => ({ id: profile.id, targets: resolveTargets(profile, items) })),
	};
}

/**
 * The item ids a stored value answers, when it is a current-format state of this playbook version;
 * undefined for anything else (another version, an older format, unreadable text): those are the
 * store's to read and report, with the whole model (`storage.ts`).
 */
export function storedItemIds(raw: string | null, version: string): string[] | undefined {
	if (raw === null) return [];
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return undefined;
		const { format, version: stateVersion, playbookVersion, answers } = value as Record<string, unknown>;
		if (format !== STATE_FORMAT || stateVersion !== CURRENT_STATE_VERSION || playbookVersion !== version) return undefined;
		return typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? Object.keys(answers) : undefined;
	} catch {
		return undefined;
	}
}
