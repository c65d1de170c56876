/**
 * Strings of the regulatory calendar (.ics) and the change feed (Atom): the `feeds` section of each
 * locale's table (`content/i18n/<folder>.json`). The calendar page can reuse `eventKind` for the same words.
 */
import type { EventKind } from '../lib/obligations/engine';
import type { LocaleFolder } from './locales';
import { localeTable } from './tables';

export interface FeedStrings {
	calendarName: string;
	feedTitle: string;
	feedSubtitle: string;
	author: string;
	eventKind: Record<EventKind, string>;
	/** `{name}` is the regulation's name. */
	regulationEntry: string;
	/** `{version}` is the playbook version. */
	editionEntry: string;
	/** `{strategies}`, `{risks}`, `{checklists}`, `{items}`, `{regulations}`, `{asOf}`. */
	editionSummary: string;
}

export function feedStrings(locale: LocaleFolder): FeedStrings {
	const table: Record<string, string> = localeTable(locale).feeds;
	const eventKind = Object.fromEntries(
		Object.entries(table).flatMap(([key, value]) => (key.startsWith('eventKind.') ? [[key.slice('eventKind.'.length), value]] : []))
	) as Record<EventKind, string>;
	const { calendarName, feedTitle, feedSubtitle, author, regulationEntry, editionEntry, editionSummary } = table;
	return { calendarName, feedTitle, feedSubtitle, author, eventKind, regulationEntry, editionEntry, editionSummary };
}
