/** A risk in the register: part 二 of the source article, completed. */
import { z } from 'astro/zod';
import {
	cadence,
	riskCategory,
	role,
	score1to5,
	id,
	keywords,
	neutral,
	order,
	ref,
	slug,
	text,
	uniqueList,
} from './common';

export const indicatorSchema = z.strictObject({
	id,
	name: text,
	/** The level at which someone acts, with its unit. */
	threshold: text,
	/** Where the figure comes from and how often it is read. */
	source: text,
});

export const mitigationSchema = z.strictObject({
	id,
	title: text,
	detail: text,
	strategy: ref('strategies'),
	/** Ids of the checklist items that verify this control (each must list this risk in `mitigates`). */
	items: neutral(uniqueList(slug, 'item').min(1, { error: 'must name at least one checklist item' })),
});

export const riskSchema = z.strictObject({
		title: text,
		category: riskCategory,
		/** Position in the register. */
		order: order(),
		summary: text,
		/** Search keywords in this language (see `keywords` in common.ts). */
		keywords,
		likelihood: score1to5,
		impact: score1to5,
		/** Why the inherent likelihood and impact are what they are. */
		rationale: text,
		indicators: z.array(indicatorSchema).min(1, { error: 'must list at least one early-warning indicator' }),
		mitigations: z.array(mitigationSchema).min(1, { error: 'must list at least one mitigation' }),
		response: z.strictObject({
			first24h: z.array(text).min(1, { error: 'must list at least one step' }),
			firstWeek: z.array(text).min(1, { error: 'must list at least one step' }),
		}),
		owner: role,
		review: cadence,
		/** Ids of the regulations behind this risk (`content/regulations/<id>.yaml`), in the order the page lists them. */
		regulations: neutral(uniqueList(slug, 'regulation')).default([]),
});

export type RiskData = z.output<typeof riskSchema>;
