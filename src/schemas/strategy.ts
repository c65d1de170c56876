/** A strategy: one of the five pillars of part 一 of the source article. */
import { z } from 'astro/zod';
import { cadence, id, keywords, neutral, order, ref, role, text, uniqueList } from './common';

export const practiceSchema = z.strictObject({
	id,
	title: text,
	owner: role,
	/** The data, tool or document the owner starts from. */
	input: text,
	/** What exists once the step is done. */
	output: text,
	cadence,
	/** How to do it, in concrete steps. */
	detail: text,
});

export const kpiSchema = z
	.strictObject({
		id,
		name: text,
		/** Target range; give one or both ends. */
		min: neutral(z.number({ error: 'must be a number' })).optional(),
		max: neutral(z.number({ error: 'must be a number' })).optional(),
		unit: text,
		/** How the figure is measured: source, formula, period. */
		how: text,
	})
	.refine((kpi) => kpi.min !== undefined || kpi.max !== undefined, {
		error: 'needs a target: give "min", "max" or both',
	})
	.refine((kpi) => kpi.min === undefined || kpi.max === undefined || kpi.min <= kpi.max, {
		error: '"min" must not be larger than "max"',
	});

export const maturityLevelSchema = z.strictObject({
	level: neutral(z.literal([0, 1, 2, 3])),
	/** What an observer would see in a team at this level. */
	observable: text,
});

export const mistakeSchema = z.strictObject({
	id,
	title: text,
	detail: text,
});

export const strategySchema = z.strictObject({
		title: text,
		/** Position in part 一 of the article: 1 = (一) … 5 = (五). */
		order: order(1, 5),
		summary: text,
		/** Search keywords in this language (see `keywords` in common.ts). */
		keywords,
		objectives: z.array(text).min(1, { error: 'must list at least one objective' }),
		roles: neutral(uniqueList(role, 'role').min(1, { error: 'must list at least one role' })),
		practices: z.array(practiceSchema).min(1, { error: 'must list at least one practice' }),
		kpis: z.array(kpiSchema).min(1, { error: 'must list at least one KPI' }),
		maturity: z
			.array(maturityLevelSchema)
			.length(4, { error: 'must describe exactly the four levels 0, 1, 2 and 3' })
			.refine((levels) => levels.every((entry, index) => entry.level === index), {
				error: 'must list levels 0, 1, 2 and 3 in that order',
			}),
		mistakes: z.array(mistakeSchema).default([]),
		risks: neutral(uniqueList(ref('risks'), 'risk')),
		checklists: neutral(uniqueList(ref('checklists'), 'checklist')),
});

export type StrategyData = z.output<typeof strategySchema>;
