/** A self-assessment checklist: sections of verifiable items with stable ids. */
import { z } from 'astro/zod';
import { role, slug, text, uniqueList, type RefFactory } from './common';

export function checklistItemSchema(ref: RefFactory) {
	return z
		.strictObject({
			/** Unique across the whole playbook; used in deep links and saved answers. Never reuse one. */
			id: slug,
			/** One verifiable statement in the present tense. */
			statement: text,
			/** What shows it is done. */
			evidence: text,
			/** 1 good practice · 2 important · 3 critical. */
			weight: z.literal([1, 2, 3]),
			mitigates: uniqueList(ref('risks'), 'risk').default([]),
			implements: ref('strategies').optional(),
			/** Optional item-specific descriptions of answer levels 0–3. */
			levels: z.array(text).length(4, { error: 'must describe exactly four levels (0–3)' }).optional(),
		})
		.refine((item) => item.mitigates.length > 0 || item.implements !== undefined, {
			error: 'must mitigate a risk or implement a strategy (set "mitigates" or "implements")',
		});
}

export function checklistSchema(ref: RefFactory) {
	return z.strictObject({
		title: text,
		order: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1),
		summary: text,
		audience: uniqueList(role, 'role').min(1, { error: 'must list at least one role' }),
		sections: z
			.array(
				z.strictObject({
					id: slug,
					title: text,
					items: z.array(checklistItemSchema(ref)).min(1, { error: 'must list at least one item' }),
				})
			)
			.min(1, { error: 'must have at least one section' }),
	});
}

export type ChecklistData = z.output<ReturnType<typeof checklistSchema>>;
export type ChecklistItem = ChecklistData['sections'][number]['items'][number];
