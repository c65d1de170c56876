/**
 * A regulation: one file per law or platform rule (`content/regulations/<id>.yaml`), both languages
 * side by side like the glossary, so ids, dates, URLs and applicability rules cannot differ between
 * them. Risks and checklist items reference regulations by id; the obligations engine
 * (`src/lib/obligations/engine.ts`) reads the applicability rules against a seller profile.
 */
import { z } from 'astro/zod';
import { CATEGORIES, CHANNELS, FULFILMENT, HEADCOUNT_BANDS, INCOTERMS, MARKETS, PARCEL_VALUE_BANDS, TURNOVER_BANDS } from '../lib/obligations/profile';
import { EVENT_KINDS, US_STATE_SCOPE, type ApplicabilityRule, type MarketScope } from '../lib/obligations/engine';
import { httpsUrl, isoDate, jurisdiction, neutral, regulationStatus, text, uniqueList } from './common';
import { byLocale } from './glossary';

const marketScope = z.custom<MarketScope>(
	(value) => typeof value === 'string' && (value === 'eu' || (MARKETS as readonly string[]).includes(value) || US_STATE_SCOPE.test(value)),
	{ error: `must be "eu", a market (${MARKETS.join(', ')}) or a US state as us-<postal code> (for example "us-ca")` }
);

/** A condition: the profile must have at least one of these values. */
function condition<T extends z.ZodType>(value: T, what: string) {
	return uniqueList(value, what).min(1, { error: `must list at least one ${what}, or leave the condition out` }).optional();
}

export const applicabilityRuleSchema = z.strictObject({
	markets: condition(marketScope, 'market'),
	stockIn: condition(marketScope, 'market'),
	channels: condition(z.enum(CHANNELS), 'channel'),
	categories: condition(z.enum(CATEGORIES), 'category'),
	fulfilment: condition(z.enum(FULFILMENT), 'fulfilment model'),
	incoterm: condition(z.enum(INCOTERMS), 'incoterm'),
	parcelValue: condition(z.enum(PARCEL_VALUE_BANDS), 'parcel value band'),
	turnover: condition(z.enum(TURNOVER_BANDS), 'turnover band'),
	headcount: condition(z.enum(HEADCOUNT_BANDS), 'headcount band'),
}) satisfies z.ZodType<ApplicabilityRule>;

export const regulationEventSchema = z.strictObject({
	kind: neutral(z.enum(EVENT_KINDS)),
	date: isoDate,
	/** Repeats every year on the same day (annual reports); `date` is the first occurrence. */
	recurs: neutral(z.literal('annual')).optional(),
	/** What happens on that date, in each language. */
	...byLocale(text).shape,
});

const regulationText = z.strictObject({
	name: text,
	/** What it requires of a seller, in one or a few sentences. */
	requires: text,
	/** What to do about it: the first concrete step. */
	todo: text,
});

export const regulationSchema = z
	.strictObject({
		jurisdiction,
		status: regulationStatus,
		dates: z.strictObject({
			inForce: isoDate.optional(),
			/**
			 * When its duties apply (or applied) to sellers. Only a rule already in force whose start was
			 * never published (some platform policies) may leave it out; the page says so.
			 */
			appliesFrom: isoDate.optional(),
			transitionEnds: isoDate.optional(),
			events: z.array(regulationEventSchema).default([]),
		}),
		/** The official source: regulator, legislature or platform help page. */
		url: httpsUrl,
		/** The date this record was last checked against the source. */
		asOf: isoDate,
		/** The regulation applies when any rule matches (see the engine). */
		applicability: z.array(applicabilityRuleSchema).min(1, { error: 'must list at least one rule ({} applies to every seller)' }),
		...byLocale(regulationText).shape,
	})
	.refine((regulation) => regulation.dates.appliesFrom !== undefined || regulation.status === 'in-force', {
		error: 'is required unless "status" is in-force: only a rule already in force may leave its start date out',
		path: ['dates', 'appliesFrom'],
	});

export type RegulationData = z.output<typeof regulationSchema>;
