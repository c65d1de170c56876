/**
 * From the `regulations` collection (both languages in each record) to the one-language records the
 * engine, the calendar and the pages read. Framework-free: callers pass `getCollection('regulations')`.
 */
import type { LocaleFolder } from '../../i18n/locales';
import type { RegulationData } from '../../schemas/regulation';
import { inLocale } from '../../schemas/glossary';
import type { Regulation } from './engine';

/** One regulation in one language. */
export function regulationIn(id: string, data: RegulationData, locale: LocaleFolder): Regulation {
	const text = inLocale(data, locale);
	return {
		id,
		name: text.name,
		jurisdiction: data.jurisdiction,
		status: data.status,
		dates: {
			...(data.dates.inForce ? { inForce: data.dates.inForce } : {}),
			...(data.dates.appliesFrom ? { appliesFrom: data.dates.appliesFrom } : {}),
			...(data.dates.transitionEnds ? { transitionEnds: data.dates.transitionEnds } : {}),
			events: data.dates.events.map((event) => ({
				kind: event.kind,
				date: event.date,
				...(event.recurs ? { recurs: event.recurs } : {}),
				label: inLocale(event, locale),
			})),
		},
		url: data.url,
		asOf: data.asOf,
		requires: text.requires,
		todo: text.todo,
		applicability: data.applicability,
	};
}

/**
 * The regulation with every text (name, requirement, what to do, event labels) passed through
 * `plain`, for outputs that carry no markup: the .ics calendar, the Atom feed and the islands' data,
 * where `{{figure}}` becomes "€3 (as of Nov 2026)" and `[[term]]` its label.
 */
export function plainRegulation(regulation: Regulation, plain: (text: string) => string): Regulation {
	return {
		...regulation,
		name: plain(regulation.name),
		requires: plain(regulation.requires),
		todo: plain(regulation.todo),
		dates: {
			...regulation.dates,
			events: regulation.dates.events.map((event) => (event.label === undefined ? event : { ...event, label: plain(event.label) })),
		},
	};
}

/** Every regulation in one language, sorted by id (stable output for feeds and calendars). */
export function regulationsIn(entries: readonly { id: string; data: RegulationData }[], locale: LocaleFolder): Regulation[] {
	return [...entries].sort((a, b) => a.id.localeCompare(b.id)).map((entry) => regulationIn(entry.id, entry.data, locale));
}
