/**
 * One descriptor per entry collection: its schema, the sections its page renders (in order, with
 * their language-neutral anchors and the condition under which they appear), and its labels in
 * navigation and search. Anchors (`anchors.ts`), the table of contents (`entryHeadings`), the
 * content rules, the sidebar and the entry route are all derived from these. Adding a collection is
 * one descriptor here plus its view component (registered in `src/pages/[...lang]/[collection]/[id].astro`).
 */
import type { z } from 'astro/zod';
import type { MarkdownHeading } from 'astro';
import type { Translator, UiKey } from '../../i18n/ui';
import type { CollectionName, RiskCategory } from '../../schemas/common';
import { strategySchema, type StrategyData } from '../../schemas/strategy';
import { riskSchema, type RiskData } from '../../schemas/risk';
import { checklistSchema, type ChecklistData } from '../../schemas/checklist';
import { figureSchema } from '../../schemas/figure';
import { stripInline } from '../inline';

export interface Section<D> {
	/** The anchor, identical in every language: `/risks/x/#indicators`. */
	anchor: string;
	label: UiKey;
	/** 2 for a section, 3 for a fixed sub-heading inside the previous section. */
	level: 2 | 3;
	/** Rendered only when this holds (default: always). */
	when?: (data: D) => boolean;
	/** Shown in the table of contents (default: level-2 sections only). */
	toc?: boolean;
	/** Headings generated from the data after this section's own (practices, checklist sections). */
	children?: (data: D) => { depth: 2 | 3; id: string; text: string }[];
}

export interface CollectionDescriptor<C extends CollectionName, D> {
	name: C;
	/** The word used in messages: "a risk body". */
	singular: string;
	schema: z.ZodType<D, any>;
	sections: Section<D>[];
	/** Search result type and filter value. */
	searchType: UiKey;
	/** Risk categories the page is filed under in search, given a risk's category by id. */
	categories?: (data: D, riskCategory: (id: string) => RiskCategory | undefined) => RiskCategory[];
	sidebar: {
		group: UiKey;
		index: UiKey;
		/** Further links listed after the index, before the entries. */
		extra?: { label: UiKey; path: string }[];
		/** Strategies carry the article's numbering in their labels. */
		numbered?: boolean;
	};
}

const s = <D>(anchor: string, label: UiKey, more: Partial<Section<D>> = {}): Section<D> => ({ anchor, label, level: 2, ...more });
const sub = <D>(anchor: string, label: UiKey): Section<D> => ({ anchor, label, level: 3 });

export const strategies: CollectionDescriptor<'strategies', StrategyData> = {
	name: 'strategies',
	singular: 'strategy',
	schema: strategySchema,
	sections: [
		s('why-now', 'strategy.whyNow'),
		s('objectives', 'strategy.objectives'),
		s('practices', 'strategy.practices', {
			children: (data) => data.practices.map((p, i) => ({ depth: 3, id: p.id, text: `${i + 1}. ${p.title}` })),
		}),
		s('kpis', 'strategy.kpis'),
		s('maturity', 'strategy.maturity'),
		s('mistakes', 'strategy.mistakes', { when: (data) => data.mistakes.length > 0 }),
		s('related', 'strategy.related'),
		sub('related-risks', 'related.risks'),
		sub('related-checklists', 'related.checklists'),
		sub('related-items', 'related.items'),
	],
	searchType: 'type.strategy',
	sidebar: { group: 'nav.strategies', index: 'nav.allStrategies', numbered: true },
};

export const risks: CollectionDescriptor<'risks', RiskData> = {
	name: 'risks',
	singular: 'risk',
	schema: riskSchema,
	sections: [
		s('scenario', 'risk.scenario'),
		s('assessment', 'risk.assessment'),
		s('indicators', 'risk.indicators'),
		s('mitigations', 'risk.mitigations'),
		s('response', 'risk.response'),
		sub('first-24h', 'risk.first24h'),
		sub('first-week', 'risk.firstWeek'),
		s('regulations', 'risk.regulations', { when: (data) => data.regulations.length > 0 }),
		s('related', 'risk.related'),
		sub('related-strategies', 'related.strategies'),
		sub('related-checklists', 'related.checklists'),
	],
	searchType: 'type.risk',
	categories: (data) => [data.category],
	sidebar: { group: 'nav.risks', index: 'nav.allRisks' },
};

export const checklists: CollectionDescriptor<'checklists', ChecklistData> = {
	name: 'checklists',
	singular: 'checklist',
	schema: checklistSchema,
	sections: [
		s('how-to-use', 'checklist.howToUse', {
			children: (data) => data.sections.map((section) => ({ depth: 2, id: section.id, text: section.title })),
		}),
	],
	searchType: 'type.checklist',
	// A checklist is found under the categories of the risks its items reduce.
	categories: (data, riskCategory) => [
		...new Set(data.sections.flatMap((x) => x.items.flatMap((i) => i.mitigates.map((r) => riskCategory(r.id))))),
	].filter((c) => c !== undefined),
	sidebar: {
		group: 'nav.checklists',
		index: 'nav.allChecklists',
		extra: [
			{ label: 'nav.assessment', path: '/assessment/' },
			{ label: 'nav.team', path: '/assessment/team/' },
			{ label: 'nav.planner', path: '/planner/' },
			{ label: 'nav.calendar', path: '/planner/calendar/' },
		],
	},
};

/**
 * The figures list: one YAML file (`content/figures/figures.yaml`), one item per id. Not an entry
 * collection: it has no pages of its own; its values are written into other pages as `{{id}}`
 * (`src/lib/figures.ts`), and its dates feed the stale-fact report (`stale.ts`).
 */
export const figures = { name: 'figures', file: 'figures/figures.yaml', singular: 'figure', schema: figureSchema } as const;

/** Every entry collection, in sidebar order. */
export const DESCRIPTORS = { strategies, risks, checklists } as const;

type AnyDescriptor = CollectionDescriptor<CollectionName, any>;
export function descriptor(name: CollectionName): AnyDescriptor {
	return DESCRIPTORS[name] as AnyDescriptor;
}

/** Whether `anchor` is a section of this collection's page that shows for `data`; throws on an unknown anchor. */
export function shows(name: CollectionName, anchor: string, data: unknown): boolean {
	const section = descriptor(name).sections.find((x) => x.anchor === anchor);
	if (!section) throw new Error(`"${anchor}" is not a section of ${name} (see src/lib/content/collections.ts)`);
	return section.when?.(data) ?? true;
}

/** The table of contents of an entry page: the sections that show, and the headings they generate. */
export function entryHeadings(name: CollectionName, data: unknown, t: Translator): MarkdownHeading[] {
	return descriptor(name).sections.flatMap((section) => {
		if (section.when && !section.when(data)) return [];
		const own = section.toc ?? section.level === 2 ? [{ depth: section.level, slug: section.anchor, text: t(section.label) }] : [];
		const children = (section.children?.(data) ?? []).map((h) => ({ depth: h.depth, slug: h.id, text: stripInline(h.text) }));
		return [...own, ...children];
	});
}
