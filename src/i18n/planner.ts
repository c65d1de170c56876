/**
 * Interface strings of the "what applies to me" planner, the regulatory calendar and the tailored
 * assessment (the `planner` section of each locale's table, `content/i18n/<folder>.json`), with the
 * labels of every seller-profile code (sections `market` and `code`). Pages render what they can as
 * HTML and embed the rest as JSON for the islands, so every string has one source.
 */
import type { LocaleFolder } from './locales';
import { format } from './format';
import { localeTable, type SectionKey } from './tables';
import {
	CATEGORIES,
	CHANNELS,
	EU_MEMBER_STATES,
	FULFILMENT,
	HEADCOUNT_BANDS,
	INCOTERMS,
	MARKETS,
	PARCEL_VALUE_BANDS,
	TURNOVER_BANDS,
} from '../lib/obligations/profile';
import type { ConditionField, EventKind, RegulationStatus } from '../lib/obligations/engine';

/** The calendar's name is the feed's (`feeds.calendarName`), kept once. */
export type PlannerKey = SectionKey<'planner'> | 'cal.calendarName';

type CodeLabels = Record<string, string>;

export function plannerStrings(locale: LocaleFolder): Record<PlannerKey, string> {
	const table = localeTable(locale);
	return { ...table.planner, 'cal.calendarName': table.feeds.calendarName };
}

/** Every code's label in one language: markets (with `eu`), channels, categories, fulfilment, bands. */
export function codeLabels(locale: LocaleFolder): CodeLabels {
	const table = localeTable(locale);
	return { ...table.market, ...table.code };
}

/** The option lists of the profile form, in the order the codes are defined. */
export const PROFILE_FORM = {
	eu: EU_MEMBER_STATES,
	otherMarkets: MARKETS.filter((m) => !(EU_MEMBER_STATES as readonly string[]).includes(m)),
	channels: CHANNELS,
	categories: CATEGORIES,
	fulfilment: FULFILMENT,
	incoterm: INCOTERMS,
	parcelValues: PARCEL_VALUE_BANDS,
	turnover: TURNOVER_BANDS,
	headcount: HEADCOUNT_BANDS,
} as const;

/** Everything an island needs to word the planner in one language (strings and code labels). */
export interface PlannerWords {
	strings: Record<PlannerKey, string>;
	codes: CodeLabels;
}

export function plannerWords(locale: LocaleFolder): PlannerWords {
	return { strings: plannerStrings(locale), codes: codeLabels(locale) };
}

export type PlannerTranslate = (key: PlannerKey, vars?: Record<string, string | number>) => string;

export function plannerTranslator(words: PlannerWords): PlannerTranslate {
	return (key, vars) => format(words.strings[key] ?? key, vars);
}

/** A code's label; a US state scope (`us-ca`) reads "United States (CA)"; an unknown code shows as itself. */
export function codeLabel(words: PlannerWords, code: string): string {
	const state = /^us-([a-z]{2})$/.exec(code);
	if (state) return `${words.codes.us} (${state[1].toUpperCase()})`;
	return words.codes[code] ?? code;
}

export const fieldKey = (field: ConditionField): PlannerKey => `field.${field}`;
export const kindKey = (kind: EventKind): PlannerKey => `kind.${kind}`;
export const regStatusKey = (status: RegulationStatus): PlannerKey => `regstatus.${status}`;
