/**
 * Reference target profiles: the answer level a kind of seller should reach on each item, instead
 * of invented benchmarks. Both languages side by side, like the glossary.
 */
import { z } from 'astro/zod';
import { slug, text, uniqueList } from './common';
import { byLocale } from './glossary';

const level = z.literal([0, 1, 2, 3]);
const profileText = z.strictObject({ name: text, description: text });

export const profileSchema = z.strictObject({
	id: slug,
	...byLocale(profileText).shape,
	/** Checklists the profile covers; items elsewhere have no target. */
	checklists: uniqueList(slug, 'checklist').min(1, { error: 'must cover at least one checklist' }),
	/** Target level by item weight (1, 2, 3); 0 means "no target". */
	byWeight: z.strictObject({ '1': level, '2': level, '3': level }),
	/** Item-specific targets that override `byWeight` (resolved in src/lib/assessment/model.ts). */
	items: z.record(slug, level).optional(),
});

export const profilesSchema = z.array(profileSchema).min(1, { error: 'must define at least one profile' });

export type Profile = z.output<typeof profileSchema>;
