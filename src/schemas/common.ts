/**
 * Building blocks shared by the strategy, risk and checklist schemas.
 * Every enum here is the single source of truth for its values; labels live in `src/i18n/ui.ts`.
 */
import { z } from 'astro/zod';

/** Collections whose entries can be referenced from other entries. */
export type CollectionName = 'strategies' | 'risks' | 'checklists';

/** Lower-case words joined by single hyphens: the form of every id and anchor in the playbook. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
	.string({ error: 'must be a text id' })
	.regex(SLUG_PATTERN, { error: 'must be lower-case letters, digits and single hyphens (for example "eu-vat-oss")' });

/** A reference to another entry, stored as Astro stores references: `{ collection, id }`. */
export interface Ref<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * A reference to an entry of `collection`, written in content as the bare id. Whether the entry
 * exists (in the same language) is checked over the loaded collections by `src/lib/content/rules.ts`,
 * which can name the file and field.
 */
export function ref<C extends CollectionName>(collection: C) {
	return neutral(slug.transform((id): Ref<C> => ({ collection, id })));
}

/**
 * Marks a field as language-neutral: both language versions of an entry must hold the same value
 * (ids, numbers, enums, dates, URLs, references). Read back with `isNeutral`.
 */
export function neutral<T extends z.ZodType>(schema: T): T {
	return schema.meta({ neutral: true }) as T;
}

/** True when `schema` or a wrapper around it (optional, default, pipe) carries `meta({ [key]: true })`. */
function hasMetaFlag(schema: z.ZodType | undefined, key: 'neutral' | 'perLanguage'): boolean {
	for (let current: any = schema, guard = 0; current && guard < 10; guard++) {
		if (z.globalRegistry.get(current)?.[key] === true) return true;
		const def = current._zod?.def;
		current = def?.innerType ?? (def?.type === 'pipe' ? def.in : undefined);
	}
	return false;
}

/** True when `schema` (or a wrapper around it) was marked with `neutral()`. */
export function isNeutral(schema: z.ZodType | undefined): boolean {
	return hasMetaFlag(schema, 'neutral');
}

/**
 * Marks a list as written separately in each language (search keywords): its versions need not
 * have the same length or order. Read back with `isPerLanguage`.
 */
export function perLanguage<T extends z.ZodType>(schema: T): T {
	return schema.meta({ perLanguage: true }) as T;
}

/** True when `schema` (or a wrapper around it) was marked with `perLanguage()`. */
export function isPerLanguage(schema: z.ZodType | undefined): boolean {
	return hasMetaFlag(schema, 'perLanguage');
}

/** Non-empty prose. */
export const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match.map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date kept as its `YYYY-MM-DD` string. YAML turns unquoted dates into Date objects,
 * so those are folded back into the same string form before checking.
 */
export const isoDate = neutral(z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'must be a date written as YYYY-MM-DD' })
		.refine(isRealIsoDate, { error: 'must be a real calendar date written as YYYY-MM-DD' })
));

/** An absolute https:// address (official sources are always served over TLS). */
export const httpsUrl = neutral(z
	.string({ error: 'must be a URL' })
	.refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
		error: 'must be an absolute https:// URL',
	}));

/** Who in a seller's team owns a practice, a risk or reads a checklist. */
export const ROLES = [
	'general-manager',
	'operations',
	'supply-chain',
	'compliance',
	'finance',
	'marketing',
	'customer-service',
	'it-security',
] as const;
export const role = neutral(z.enum(ROLES));
export type Role = (typeof ROLES)[number];

/** How often a practice is carried out or a risk is reviewed. */
export const CADENCES = [
	'daily',
	'weekly',
	'monthly',
	'quarterly',
	'semiannual',
	'annual',
	'per-launch',
	'per-shipment',
	'on-event',
] as const;
export const cadence = neutral(z.enum(CADENCES));
export type Cadence = (typeof CADENCES)[number];

/** Risk families, in the order the register lists them. */
export const RISK_CATEGORIES = [
	'compliance',
	'market',
	'platform',
	'logistics',
	'finance',
	'ip',
	'data',
	'reputation',
] as const;
export const riskCategory = neutral(z.enum(RISK_CATEGORIES));
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** Where a regulation applies. */
export const JURISDICTIONS = ['EU', 'UK', 'US', 'CN', 'DE', 'FR', 'IT', 'ES', 'CA', 'AU', 'JP', 'global'] as const;
export const jurisdiction = neutral(z.enum(JURISDICTIONS));
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Whether a regulation is in force, adopted but not yet applying, or only proposed. */
export const REGULATION_STATUSES = ['in-force', 'upcoming', 'proposed'] as const;
export const regulationStatus = neutral(z.enum(REGULATION_STATUSES));

/** 1 (rare / minor) to 5 (almost certain / severe). */
export const score1to5 = neutral(z
	.number({ error: 'must be a whole number from 1 to 5' })
	.int({ error: 'must be a whole number from 1 to 5' })
	.min(1, { error: 'must be at least 1' })
	.max(5, { error: 'must be at most 5' }));

/** An id of something inside an entry (a section, item, practice…): also its anchor on the page. */
export const id = neutral(slug);

/** A whole number from `min`, used for `order`. */
export function order(min = 1, max?: number) {
	const error = max === undefined ? 'must be a whole number' : `must be a whole number from ${min} to ${max}`;
	let schema = z.number({ error }).int({ error }).min(min, { error: `must be at least ${min}` });
	if (max !== undefined) schema = schema.max(max, { error: `must be at most ${max}` });
	return neutral(schema);
}

/** A list of distinct items. */
export function uniqueList<T extends z.ZodType>(item: T, what: string) {
	return z.array(item).refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, {
		error: `must not list the same ${what} twice`,
	});
}

/**
 * Search keywords: the words sellers type (封号, 扣钱; account suspended, TRO) even where the text
 * uses the formal term. Indexed by Pagefind with extra weight, never shown on the page.
 */
export const keywords = perLanguage(
	z
		.array(text)
		.min(1, { error: 'must list at least one keyword, or leave "keywords" out' })
		.refine((list) => new Set(list.map((k) => k.toLowerCase())).size === list.length, { error: 'must not repeat a keyword' })
		.optional()
);
