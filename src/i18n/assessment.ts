/**
 * Interface strings of the self-assessment islands: the `assessment` section of each locale's table
 * (`content/i18n/<folder>.json`). Pages embed the strings of their language as JSON for the island
 * scripts, so every string still has one source.
 */
import type { LocaleFolder } from './locales';
import { localeTable, type SectionKey } from './tables';

export type AssessmentKey = SectionKey<'assessment'>;

export function assessmentStrings(locale: LocaleFolder): Record<AssessmentKey, string> {
	return localeTable(locale).assessment;
}

type Strings = Record<AssessmentKey, string>;

export type Island = 'checklist' | 'overview' | 'team' | 'facilitator' | 'planner';

/** Key prefixes each island never shows: the page inlines only the rest. */
const UNUSED: Record<Island, readonly string[]> = {
	checklist: ['dash.', 'team.', 'who.', 'fac.', 'import.', 'residual.', 'dashboard.', 'privacy', 'level.', 'answer.', 'erase.', 'bars.', 'bar.', 'legend.', 'list.', 'print.answer'],
	overview: ['team.', 'fac.', 'residual.', 'progress.', 'privacy', 'dashboard.', 'answer.more', 'answer.clear', 'answer.naReason'],
	facilitator: ['who.', 'team.', 'answer.', 'progress.', 'reminder.', 'residual.', 'privacy', 'dashboard.', 'dash.', 'import.', 'erase.', 'list.'],
	planner: ['dash.', 'team.', 'who.', 'fac.', 'import.', 'residual.', 'dashboard.', 'answer.', 'progress.', 'reminder.', 'privacy', 'erase.', 'list.'],
	team: ['erase.', 'who.', 'fac.', 'answer.', 'progress.', 'reminder.', 'version.', 'residual.', 'privacy', 'dashboard.', 'storage.', 'synced', 'saved', 'dash.', 'list.'],
};
/** Strings an island takes from another island's set. */
const KEEP: Partial<Record<Island, readonly string[]>> = { checklist: ['fac.title', 'answer.naMissing'], team: ['dash.empty'], facilitator: ['team.unansweredMark', 'team.disagreement'] };

/** The strings one island uses (an unused string costs every page load of that island). */
export function islandStrings(strings: Strings, island: Island): Strings {
	const unused = UNUSED[island];
	return Object.fromEntries(
		Object.entries(strings).filter(([key]) => KEEP[island]?.includes(key) || !unused.some((prefix) => key.startsWith(prefix)))
	) as Strings;
}
