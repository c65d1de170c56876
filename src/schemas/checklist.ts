/** A self-assessment checklist: sections of verifiable items with stable ids. */
import { z } from 'astro/zod';
import { id, keywords, neutral, order, ref, role, slug, text, uniqueList } from './common';

export const checklistItemSchema = z
		.strictObject({
			/** Unique across the whole playbook; used in deep links and saved answers. Never reuse one. */
			id,
			/** One verifiable statement in the present tense. */
			statement: text,
			/** What shows it is done. */
			evidence: text,
			/** 1 good practice · 2 important · 3 critical. */
			weight: neutral(z.literal([1, 2, 3])),
			mitigates: neutral(uniqueList(ref('risks'), 'risk')).default([]),
			implements: ref('strategies').optional(),
			/** Regulations this item evidences (`content/regulations/<id>.yaml`): the obligations planner shows its answer. */
			regulations: neutral(uniqueList(slug, 'regulation')).optional(),
			/** Optional item-specific descriptions of answer levels 0–3. */
			levels: z.array(text).length(4, { error: 'must describe exactly four levels (0–3)' }).optional(),
		})
		.refine((item) => item.mitigates.length > 0 || item.implements !== undefined, {
			error: 'must mitigate a risk or implement a strategy (set "mitigates" or "implements")',
		});

export const checklistSchema = z.strictObject({
	title: text,
	order: order(),
	summary: text,
	/** Search keywords in this language (see `keywords` in common.ts). */
	keywords,
	audience: neutral(uniqueList(role, 'role').min(1, { error: 'must list at least one role' })),
	sections: z
		.array(
			z.strictObject({
				id,
				title: text,
				items: z.array(checklistItemSchema).min(1, { error: 'must list at least one item' }),
			})
		)
		.min(1, { error: 'must have at least one section' }),
});

export type ChecklistData = z.output<typeof checklistSchema>;
export type ChecklistItem = ChecklistData['sections'][number]['items'][number];
