/** The playbook model the assessment works on: built from content at build time, indexed once for fast lookups. */
import type { Level } from './state';

export interface ModelItem {
	id: string;
	checklistId: string;
	sectionId: string;
	weight: 1 | 2 | 3;
	mitigates: string[];
	implements?: string;
	/** Short hash of the item's statement text, to detect rewording between playbook versions. */
	textHash: string;
}

export interface ModelRisk {
	id: string;
	category: string;
	/** 1–5 each. */
	likelihood: number;
	impact: number;
}

export interface PlaybookModel {
	/** Playbook version, e.g. "2026.11-3f9a2c1b" (opaque). */
	version: string;
	/**
	 * True for one checklist's share of the model (`sliceModel`, what a checklist page carries): items
	 * elsewhere are unknown to it, so it cannot tell removed items from other checklists' answers.
	 */
	partial?: true;
	/** Every checklist item, in page order. */
	items: ModelItem[];
	risks: ModelRisk[];
	strategies: { id: string; order: number }[];
	checklists: { id: string; sections: { id: string; items: string[] }[] }[];
	/** Item id → target level; a missing item has no target. */
	profiles: { id: string; targets: Record<string, Level> }[];
}

/** Plain content data, shaped like src/schemas (only the fields the assessment needs). */
export interface PlaybookInput {
	checklists: {
		id: string;
		order?: number;
		sections: {
			id: string;
			items: { id: string; statement: string; weight: 1 | 2 | 3; mitigates?: string[]; implements?: string }[];
		}[];
	}[];
	risks: { id: string; order?: number; category: string; likelihood: number; impact: number }[];
	strategies: { id: string; order: number }[];
	/** As in src/schemas/profile.ts, or already resolved to `targets`. */
	profiles?: (ProfileInput | { id: string; targets: Record<string, Level> })[];
}

/** A reference profile as written in content (src/schemas/profile.ts). */
export interface ProfileInput {
	id: string;
	/** Checklists in scope; items elsewhere get no target. */
	checklists: string[];
	/** Target by item weight; 0 = no target. */
	byWeight: Record<'1' | '2' | '3', Level>;
	/** Per-item overrides of `byWeight`. */
	items?: Record<string, Level>;
}

/** An item's target under a profile: its override, else the target for its weight; 0 means none. */
export function resolveTargets(profile: ProfileInput, items: ModelItem[]): Record<string, Level> {
	const scope = new Set(profile.checklists);
	const targets: Record<string, Level> = {};
	for (const item of items) {
		if (!scope.has(item.checklistId)) continue;
		const override = profile.items && Object.hasOwn(profile.items, item.id) ? profile.items[item.id] : undefined;
		const target = override ?? profile.byWeight[String(item.weight) as '1' | '2' | '3'];
		if (target > 0) targets[item.id] = target;
	}
	return targets;
}

/** 32-bit FNV-1a over the UTF-8 bytes of `text`, as 8 lower-case hex digits. */
export function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Hash of a statement. Whitespace is collapsed so re-wrapping a YAML line does not count as rewording. */
export function statementHash(statement: string): string {
	return fnv1a(statement.trim().replace(/\s+/g, ' '));
}

// Array sort is stable: entries with equal or missing orders keep their input order.
const byOrder = <T extends { order?: number }>(list: T[]) => [...list].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

/**
 * Builds the model from content. Pass the Chinese (source-language) statements: the hash, and so the
 * playbook version, follows the text the answers were given against. Throws on a duplicate item id
 * (saved answers are keyed by id, so two items sharing one would share an answer).
 */
export function buildPlaybookModel(input: PlaybookInput, versionPrefix: string): PlaybookModel {
	const items: ModelItem[] = [];
	const seen = new Set<string>();
	const checklists = byOrder(input.checklists).map((checklist) => ({
		id: checklist.id,
		sections: checklist.sections.map((section) => ({
			id: section.id,
			items: section.items.map((item) => {
				if (seen.has(item.id)) throw new Error(`duplicate checklist item id "${item.id}"`);
				seen.add(item.id);
				items.push({
					id: item.id,
					checklistId: checklist.id,
					sectionId: section.id,
					weight: item.weight,
					mitigates: [...(item.mitigates ?? [])],
					...(item.implements === undefined ? {} : { implements: item.implements }),
					textHash: statementHash(item.statement),
				});
				return item.id;
			}),
		})),
	}));
	const fingerprint = items
		.map((item) => `${item.id}:${item.textHash}`)
		.sort()
		.join('\n');
	return {
		version: `${versionPrefix}-${fnv1a(fingerprint)}`,
		items,
		risks: byOrder(input.risks).map(({ id, category, likelihood, impact }) => ({ id, category, likelihood, impact })),
		strategies: byOrder(input.strategies).map(({ id, order }) => ({ id, order })),
		checklists,
		profiles: (input.profiles ?? []).map((profile) => ({
			id: profile.id,
			targets: 'targets' in profile ? { ...profile.targets } : resolveTargets(profile, items),
		})),
	};
}

export interface ModelIndex {
	item: Map<string, ModelItem>;
	/** Page position of each item, for stable tie-breaking. */
	position: Map<string, number>;
	risk: Map<string, ModelRisk>;
	byChecklist: Map<string, ModelItem[]>;
	/** Keyed by `${checklistId}/${sectionId}` (ids are slugs, so "/" cannot clash). */
	bySection: Map<string, ModelItem[]>;
	byStrategy: Map<string, ModelItem[]>;
	byRisk: Map<string, ModelItem[]>;
}

const indexCache = new WeakMap<PlaybookModel, ModelIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Maps from ids to items, computed once per model object (models are treated as immutable). */
export function indexModel(model: PlaybookModel): ModelIndex {
	const cached = indexCache.get(model);
	if (cached) return cached;
	const index: ModelIndex = {
		item: new Map(),
		position: new Map(),
		risk: new Map(model.risks.map((risk) => [risk.id, risk])),
		byChecklist: new Map(),
		bySection: new Map(),
		byStrategy: new Map(),
		byRisk: new Map(),
	};
	model.items.forEach((item, position) => {
		index.item.set(item.id, item);
		index.position.set(item.id, position);
		push(index.byChecklist, item.checklistId, item);
		push(index.bySection, `${item.checklistId}/${item.sectionId}`, item);
		if (item.implements !== undefined) push(index.byStrategy, item.implements, item);
		for (const risk of item.mitigates) push(index.byRisk, risk, item);
	});
	indexCache.set(model, index);
	return index;
}

/** The targets of a profile, or undefined when there is no such profile. */
export function profileTargets(model: PlaybookModel, profileId: string): Record<string, Level> | undefined {
	return model.profiles.find((profile) => profile.id === profileId)?.targets;
}

/**
 * The model as the island data files carry it: positional arrays with short keys, references as
 * indexes, and target profiles as their rules (resolved by `unpackModel`), so the file stays small.
 * `unpackModel(packModel(m, rules))` equals `m` (tests/unit/assessment/model-state.test.ts).
 */
export interface PackedModel {
	/** version */
	v: string;
	/** Checklists in order: [id, section ids]. */
	c: [string, string[]][];
	/** Strategies. */
	s: PackedStrategy[];
	/** Risks in register order. */
	r: PackedRisk[];
	/** Items in page order: [id, checklist index, section index, weight, risk indexes, strategy index or -1, text hash]. */
	i: [string, number, number, 1 | 2 | 3, number[], number, string][];
	/** Target profiles: their rules, or resolved targets. */
	p: (ProfileInput | { id: string; targets: Record<string, Level> })[];
	/** Present (1) for one checklist's share. */
	x?: 1;
}

/** Strategies as the data files carry them: [id, order]. */
export type PackedStrategy = [string, number];
/** Risks as the data files carry them: [id, category, likelihood, impact]. */
export type PackedRisk = [string, string, number, number];

export const packStrategies = (strategies: PlaybookModel['strategies']): PackedStrategy[] => strategies.map((s) => [s.id, s.order]);
export const unpackStrategies = (packed: PackedStrategy[]): PlaybookModel['strategies'] => packed.map(([id, order]) => ({ id, order }));
export const packRisks = (risks: ModelRisk[]): PackedRisk[] => risks.map((r) => [r.id, r.category, r.likelihood, r.impact]);
export const unpackRisks = (packed: PackedRisk[]): ModelRisk[] => packed.map(([id, category, likelihood, impact]) => ({ id, category, likelihood, impact }));

export function packModel(model: PlaybookModel, profileRules?: ProfileInput[]): PackedModel {
	const at = <T extends { id: string }>(list: T[]) => new Map(list.map((entry, i) => [entry.id, i]));
	const checklist = at(model.checklists);
	const risk = at(model.risks);
	const strategy = at(model.strategies);
	const section = new Map(model.checklists.flatMap((c) => c.sections.map((s, i) => [`${c.id}/${s.id}`, i] as const)));
	return {
		v: model.version,
		c: model.checklists.map((c) => [c.id, c.sections.map((s) => s.id)]),
		s: packStrategies(model.strategies),
		r: packRisks(model.risks),
		i: model.items.map((item) => [
			item.id,
			checklist.get(item.checklistId)!,
			section.get(`${item.checklistId}/${item.sectionId}`)!,
			item.weight,
			item.mitigates.map((id) => {
				const index = risk.get(id);
				if (index === undefined) throw new Error(`item "${item.id}" mitigates "${id}", which the model has no risk for`);
				return index;
			}),
			item.implements === undefined ? -1 : strategy.get(item.implements)!,
			item.textHash,
		]),
		p: profileRules
			? profileRules.map(({ id, checklists, byWeight, items }) => ({ id, checklists, byWeight, ...(items ? { items } : {}) }))
			: model.profiles,
		...(model.partial ? { x: 1 as const } : {}),
	};
}

export function unpackModel(packed: PackedModel): PlaybookModel {
	// Each section's item ids in page order, gathered in one pass (a playbook has hundreds of sections).
	const bySection = new Map<string, string[]>();
	for (const [id, c, s] of packed.i) {
		const key = `${c}/${s}`;
		const list = bySection.get(key);
		if (list) list.push(id);
		else bySection.set(key, [id]);
	}
	const items: ModelItem[] = packed.i.map(([id, c, s, weight, risks, strategy, textHash]) => ({
		id,
		checklistId: packed.c[c][0],
		sectionId: packed.c[c][1][s],
		weight,
		mitigates: risks.map((r) => packed.r[r][0]),
		...(strategy === -1 ? {} : { implements: packed.s[strategy][0] }),
		textHash,
	}));
	return {
		version: packed.v,
		...(packed.x ? { partial: true as const } : {}),
		items,
		risks: unpackRisks(packed.r),
		strategies: unpackStrategies(packed.s),
		checklists: packed.c.map(([id, sections], c) => ({
			id,
			sections: sections.map((sectionId, s) => ({ id: sectionId, items: bySection.get(`${c}/${s}`) ?? [] })),
		})),
		profiles: packed.p.map((profile) => ({ id: profile.id, targets: 'targets' in profile ? { ...profile.targets } : resolveTargets(profile, items) })),
	};
}

/** The name of the file holding one section's item statements (ids are slugs: "." cannot clash). */
export const itemFile = (checklistId: string, sectionId: string) => `${checklistId}.${sectionId}`;
/** The `bySection` key of the section an `itemFile` name is of. */
export const itemFileSection = (name: string) => name.replace('.', '/');
/** The file with every item statement (no "." in it: no section's name). */
export const ALL_ITEMS_FILE = 'all';

/**
 * The share of the model of some checklists (one: a checklist page's): their items, and the risks and
 * pillars they name; no profiles. Marked `partial`.
 */
export function sliceModel(model: PlaybookModel, checklistIds: string | readonly string[]): PlaybookModel {
	const ids = new Set(typeof checklistIds === 'string' ? [checklistIds] : checklistIds);
	const items = model.items.filter((item) => ids.has(item.checklistId));
	const risks = new Set(items.flatMap((item) => item.mitigates));
	const strategies = new Set(items.flatMap((item) => (item.implements === undefined ? [] : [item.implements])));
	return {
		version: model.version,
		partial: true,
		items,
		risks: model.risks.filter((risk) => risks.has(risk.id)),
		strategies: model.strategies.filter((s) => strategies.has(s.id)),
		checklists: model.checklists.filter((c) => ids.has(c.id)),
		profiles: [],
	};
}
