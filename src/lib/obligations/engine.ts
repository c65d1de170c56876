/**
 * The obligations engine: which regulations a seller profile triggers, where, since when and what is
 * due next; and which do not apply, with the rule that excluded them so a reviewer can check the
 * reasoning. Framework-free and pure: regulations come in as plain data (one language's version of the
 * `regulations` collection), "today" is a parameter.
 *
 * Applicability of a regulation is a list of rules; the regulation applies when any rule matches. A
 * rule is a set of conditions that must all hold; a condition lists the values of one profile field
 * of which the profile must have at least one. A condition left out places no limit.
 */
import {
	EU_MEMBER_STATES,
	MARKETS,
	type Category,
	type Channel,
	type Fulfilment,
	type HeadcountBand,
	type Incoterm,
	type Market,
	type ParcelValueBand,
	type SellerProfile,
	type TurnoverBand,
} from './profile';

// ─── Regulations as the engine sees them ────────────────────────────────────────────────────────

/**
 * Where a rule applies: `eu` (every member state), a market code (`de`, `gb`, `us`…), or a US state
 * as `us-` plus its postal code (`us-ca`), which a profile selling into `us` is taken to reach.
 */
export type MarketScope = 'eu' | Market | `us-${string}`;

/** A US state code: `us-` and the two-letter postal code, lower case. */
export const US_STATE_SCOPE = /^us-[a-z]{2}$/;

/** The profile fields a condition can test, in the order reasons are given. */
export const CONDITION_FIELDS = [
	'markets',
	'stockIn',
	'channels',
	'categories',
	'fulfilment',
	'incoterm',
	'parcelValue',
	'turnover',
	'headcount',
] as const;
export type ConditionField = (typeof CONDITION_FIELDS)[number];

/** One rule: every condition it states must hold (each: the profile has at least one listed value). */
export interface ApplicabilityRule {
	/** Where the seller sells to. Left out: wherever the seller sells (platform policies, Chinese law). */
	markets?: MarketScope[];
	/** Where the seller holds stock (own overseas warehouse or marketplace fulfilment centre). */
	stockIn?: MarketScope[];
	channels?: Channel[];
	categories?: Category[];
	fulfilment?: Fulfilment[];
	incoterm?: Incoterm[];
	/** Value of a single consignment, for low-value rules (EU €150, UK £135). */
	parcelValue?: ParcelValueBand[];
	/** Annual turnover bands the law's threshold covers. */
	turnover?: TurnoverBand[];
	/** Headcount bands the law's threshold covers. */
	headcount?: HeadcountBand[];
}

/** The kinds of dated events a regulation has. */
export const EVENT_KINDS = ['in-force', 'applies-from', 'transition-ends', 'reporting-deadline', 'review'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A dated event beyond the main dates: a reporting deadline, a review, a later phase. */
export interface RegulationEvent {
	kind: EventKind;
	/** YYYY-MM-DD; for an annual event, its first occurrence. */
	date: string;
	/** Repeats every year on the same day and month (annual reports). */
	recurs?: 'annual';
	/** What happens on that date, in the regulation's language. */
	label: string;
}

export interface RegulationDates {
	/** Entry into force (may precede application). */
	inForce?: string;
	/** When its duties apply to sellers. */
	appliesFrom?: string;
	/** When a transition period ends (old stock, old labels, grace periods). */
	transitionEnds?: string;
	/** Reporting deadlines, reviews and later phases. */
	events: RegulationEvent[];
}

export type RegulationStatus = 'in-force' | 'upcoming' | 'proposed';

/** One regulation in one language, as the `regulations` collection holds it. */
export interface Regulation {
	id: string;
	name: string;
	jurisdiction: string;
	status: RegulationStatus;
	dates: RegulationDates;
	/** Official source (https). */
	url: string;
	/** When the record was last checked against the source. */
	asOf: string;
	/** What it requires of a seller. */
	requires: string;
	/** What to do about it: the first concrete step. */
	todo: string;
	/** The regulation applies when any rule matches. */
	applicability: ApplicabilityRule[];
}

// ─── What the engine returns ────────────────────────────────────────────────────────────────────

/** A condition that held: the field, what the rule asked for, and the profile's values that met it. */
export interface MatchedCondition {
	field: ConditionField;
	expected: readonly string[];
	matched: string[];
}

/**
 * A condition that failed. The page words it from the field and the expected values: `markets` with
 * `['eu']` reads "does not apply because you do not sell in the EU".
 */
export interface FailedCondition {
	field: ConditionField;
	expected: readonly string[];
	/** The profile's values for the field (empty when the seller chose none). */
	actual: string[];
}

export interface DueEvent {
	kind: EventKind;
	date: string;
	label?: string;
	/** Whole days from `today` (0 = today). */
	daysUntil: number;
}

export interface Obligation {
	regulation: string;
	/** The seller's markets where it applies (member states listed one by one; US states as `us-xx`). */
	markets: MarketScope[];
	/** The conditions that held, over every rule that matched. */
	matched: MatchedCondition[];
	/**
	 * Optional profile fields the seller has not answered that a matching rule tests: the obligation is
	 * listed, and the page says it depends on them ("applies unless your turnover is below …").
	 */
	assumed: ConditionField[];
	status: RegulationStatus;
	dates: RegulationDates;
	/** True when its application date is after `today`. */
	upcoming: boolean;
	/** The next dated event on or after `today` (annual events rolled forward), if any. */
	nextDeadline?: DueEvent;
}

export interface Exclusion {
	regulation: string;
	/**
	 * Why no rule matched: the failed conditions of the rule that came closest (fewest failures),
	 * first the one to show as the headline.
	 */
	because: FailedCondition[];
}

export interface Evaluation {
	applies: Obligation[];
	excluded: Exclusion[];
}

export interface EvaluateOptions {
	/** YYYY-MM-DD; deadlines are computed relative to it. */
	today: string;
}

// ─── Evaluation ────────────────────────────────────────────────────────────────────────────────

const EU = EU_MEMBER_STATES as readonly string[];
const DAY_MS = 86_400_000;

/** The markets a scope stands for among the seller's markets (`eu` → the member states the seller sells to). */
function scopeMarkets(scope: MarketScope, sellerMarkets: readonly string[]): MarketScope[] {
	if (scope === 'eu') return sellerMarkets.filter((m) => EU.includes(m)) as MarketScope[];
	if (US_STATE_SCOPE.test(scope)) return sellerMarkets.includes('us') ? [scope] : [];
	return sellerMarkets.includes(scope) ? [scope] : [];
}

function expandScopes(scopes: readonly MarketScope[], sellerMarkets: readonly string[]): MarketScope[] {
	return [...new Set(scopes.flatMap((scope) => scopeMarkets(scope, sellerMarkets)))];
}

/** Fulfilment models in which the seller holds stock in the destination market. */
const STOCK_HOLDING: readonly Fulfilment[] = ['overseas-warehouse', 'marketplace-fulfilment'];

/** The profile's values for a field, or `undefined` when an optional field is unanswered. */
function profileValues(profile: SellerProfile, field: ConditionField): string[] | undefined {
	switch (field) {
		case 'markets':
			return profile.markets;
		case 'stockIn':
			if (profile.stockIn) return profile.stockIn;
			// Direct post only: no stock abroad. Warehousing without saying where: unknown.
			return profile.fulfilment.some((f) => STOCK_HOLDING.includes(f)) ? undefined : [];
		case 'channels':
			return profile.channels;
		case 'categories':
			return profile.categories;
		case 'fulfilment':
			return profile.fulfilment;
		case 'incoterm':
			if (profile.incoterm) return [profile.incoterm];
			// Incoterms only matter for direct-post parcels; without them nothing is shipped DDP or DAP.
			return profile.fulfilment.includes('direct-post') ? undefined : [];
		case 'parcelValue':
			if (profile.parcelValues) return profile.parcelValues;
			return profile.fulfilment.includes('direct-post') ? undefined : [];
		case 'turnover':
			return profile.turnover ? [profile.turnover] : undefined;
		case 'headcount':
			return profile.headcount ? [profile.headcount] : undefined;
	}
}

/** Values of `actual` that meet `expected` (market scopes expanded; a US state is met by `us`). */
function meets(field: ConditionField, expected: readonly string[], actual: readonly string[]): string[] {
	if (field === 'markets' || field === 'stockIn') {
		return expandScopes(expected as MarketScope[], actual);
	}
	return actual.filter((value) => expected.includes(value));
}

interface RuleResult {
	matched: MatchedCondition[];
	failed: FailedCondition[];
	assumed: ConditionField[];
	markets: MarketScope[];
}

function checkRule(rule: ApplicabilityRule, profile: SellerProfile): RuleResult {
	const result: RuleResult = { matched: [], failed: [], assumed: [], markets: [] };
	for (const field of CONDITION_FIELDS) {
		const expected = rule[field] as readonly string[] | undefined;
		if (!expected) continue;
		const actual = profileValues(profile, field);
		if (actual === undefined) {
			result.assumed.push(field);
			continue;
		}
		const met = meets(field, expected, actual);
		if (met.length > 0) result.matched.push({ field, expected, matched: met });
		else result.failed.push({ field, expected, actual: [...actual] });
	}
	// Where it applies: the rule's markets among the seller's; for a rule about stock (VAT registration
	// where goods are stored), the countries where the seller holds stock, even if it sells elsewhere.
	let markets: MarketScope[] = rule.markets ? expandScopes(rule.markets, profile.markets) : [...profile.markets];
	const stock = rule.stockIn ? profileValues(profile, 'stockIn') : undefined;
	if (rule.stockIn && stock) {
		const held = expandScopes(rule.stockIn, stock);
		markets = rule.markets ? held.filter((m) => expandScopes(rule.markets!, stock).includes(m)) : held;
	}
	result.markets = markets;
	return result;
}

/** Days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The first occurrence of an annual event on or after `today`. */
function rollForward(date: string, today: string): string {
	if (date >= today) return date;
	const monthDay = date.slice(5);
	const year = Number(today.slice(0, 4));
	let next = `${year}-${monthDay}`;
	if (monthDay === '02-29') next = `${year}-02-28`;
	if (next < today) next = `${year + 1}-${monthDay === '02-29' ? '02-28' : monthDay}`;
	return next;
}

/** Every dated event of a regulation's dates, main dates first, as listed (annual events at their first date). */
export function datedEvents(dates: RegulationDates): { kind: EventKind; date: string; label?: string; recurs?: 'annual' }[] {
	const main: { kind: EventKind; date: string }[] = [];
	if (dates.inForce) main.push({ kind: 'in-force', date: dates.inForce });
	if (dates.appliesFrom) main.push({ kind: 'applies-from', date: dates.appliesFrom });
	if (dates.transitionEnds) main.push({ kind: 'transition-ends', date: dates.transitionEnds });
	return [...main, ...dates.events];
}

/** The next event on or after `today`, annual events rolled forward; ties go to the first listed. */
export function nextDeadline(dates: RegulationDates, today: string): DueEvent | undefined {
	let best: DueEvent | undefined;
	for (const event of datedEvents(dates)) {
		const date = event.recurs === 'annual' ? rollForward(event.date, today) : event.date;
		if (date < today) continue;
		if (!best || date < best.date) {
			best = { kind: event.kind, date, daysUntil: daysBetween(today, date), ...(event.label ? { label: event.label } : {}) };
		}
	}
	return best;
}

/** Merge matched conditions of several rules, one per field, values unioned. */
function mergeMatched(all: MatchedCondition[]): MatchedCondition[] {
	const byField = new Map<ConditionField, MatchedCondition>();
	for (const c of all) {
		const seen = byField.get(c.field);
		if (!seen) byField.set(c.field, { field: c.field, expected: [...c.expected], matched: [...c.matched] });
		else {
			seen.expected = [...new Set([...seen.expected, ...c.expected])];
			seen.matched = [...new Set([...seen.matched, ...c.matched])];
		}
	}
	return CONDITION_FIELDS.flatMap((f) => (byField.has(f) ? [byField.get(f)!] : []));
}

/**
 * The obligations a profile triggers and the regulations it does not, in the order given.
 * An empty profile (no markets) triggers nothing: every regulation is excluded with its first rule's
 * reasons, so the page can say what to answer.
 */
export function evaluate(profile: SellerProfile, regulations: readonly Regulation[], options: EvaluateOptions): Evaluation {
	const applies: Obligation[] = [];
	const excluded: Exclusion[] = [];
	for (const regulation of regulations) {
		const results = regulation.applicability.map((rule) => checkRule(rule, profile));
		// A rule without a markets condition still needs the seller to sell somewhere.
		const hits = results.filter((r) => r.failed.length === 0 && r.markets.length > 0);
		if (hits.length === 0) {
			const closest = results.reduce<RuleResult | undefined>(
				(best, r) => (!best || r.failed.length < best.failed.length ? r : best),
				undefined
			);
			const because = closest && closest.failed.length > 0
				? closest.failed
				: [{ field: 'markets' as const, expected: [] as string[], actual: [...profile.markets] }];
			excluded.push({ regulation: regulation.id, because });
			continue;
		}
		const applyDate = regulation.dates.appliesFrom ?? regulation.dates.inForce;
		applies.push({
			regulation: regulation.id,
			markets: [...new Set(hits.flatMap((r) => r.markets))].sort(byMarketOrder),
			matched: mergeMatched(hits.flatMap((r) => r.matched)),
			// A rule that holds on answered fields alone settles it; otherwise list what the answer hangs on.
			assumed: hits.some((r) => r.assumed.length === 0) ? [] : [...new Set(hits.flatMap((r) => r.assumed))],
			status: regulation.status,
			dates: regulation.dates,
			upcoming: applyDate !== undefined && applyDate > options.today,
			nextDeadline: nextDeadline(regulation.dates, options.today),
		});
	}
	return { applies, excluded };
}

/** Markets in the profile's code order (member states, then gb, us, …), US states after `us`. */
function byMarketOrder(a: MarketScope, b: MarketScope): number {
	const rank = (m: MarketScope) => {
		const base = US_STATE_SCOPE.test(m) ? 'us' : m;
		const i = (MARKETS as readonly string[]).indexOf(base);
		return i === -1 ? MARKETS.length : i + (base === m ? 0 : 0.5);
	};
	return rank(a) - rank(b) || a.localeCompare(b);
}

// ─── Calendar ──────────────────────────────────────────────────────────────────────────────────

/** One dated event of one regulation, ready for the calendar page and the .ics file. */
export interface CalendarEvent {
	/** Stable across builds and editions: `<regulation>/<kind>/<first date>`. */
	uid: string;
	regulation: string;
	/** The regulation's name, in the language of the regulations given. */
	title: string;
	kind: EventKind;
	/** YYYY-MM-DD (an all-day event). */
	date: string;
	recurs?: 'annual';
	label?: string;
	jurisdiction: string;
	url: string;
}

export interface CalendarFilter {
	/** Only regulations this profile triggers. */
	profile?: SellerProfile;
	/** Only events of these kinds. */
	kinds?: EventKind[];
	/** Only these regulations. */
	regulations?: string[];
	/** Inclusive YYYY-MM-DD bounds (annual events are kept if any occurrence falls inside). */
	from?: string;
	to?: string;
	/** Needed with `profile` (evaluation is relative to a day); defaults to 1970-01-01. */
	today?: string;
}

export { calendarEvents } from './calendar';
export { toICalendar, type ICalendarOptions } from './ical';
export { toAtomFeed, type AtomFeed, type AtomEntry } from './atom';
