/**
 * Interface strings of the self-assessment islands: the `assessment` section of each locale's table
 * (`content/i18n/<folder>.json`). Pages embed the strings of their language as JSON for the island
 * scripts, so every string still has one source.
 */
import type { LocaleFolder } from './locales';
import { localeTable, type SectionKey } from './tables';
import { format } from './format';

export type AssessmentKey = SectionKey<'assessment'>;

export function assessmentStrings(locale: LocaleFolder): Record<AssessmentKey, string> {
	return localeTable(locale).assessment;
}

/** The shared formatter, re-exported for the islands that already take it from here. */
export { format };

type Strings = Record<AssessmentKey, string>;

export type Island = 'checklist' | 'overview' | 'team' | 'facilitator' | 'planner';

/** Key prefixes each island never shows: the page inlines only the rest. */
const UNUSED: Record<Island, readonly string[]> = {
	checklist: ['dash.', 'team.', 'who.', 'fac.', 'import.', 'residual.', 'dashboard.', 'privacy', 'level.', 'answer.', 'erase.'],
	overview: ['team.', 'fac.', 'residual.', 'progress.', 'privacy', 'dashboard.', 'answer.more', 'answer.clear', 'answer.naReason'],
	facilitator: ['who.', 'team.', 'answer.', 'progress.', 'reminder.', 'residual.', 'privacy', 'dashboard.', 'dash.', 'import.', 'erase.'],
	planner: ['dash.', 'team.', 'who.', 'fac.', 'import.', 'residual.', 'dashboard.', 'answer.', 'progress.', 'reminder.', 'privacy', 'erase.'],
	team: ['erase.', 'who.', 'fac.', 'answer.', 'progress.', 'reminder.', 'version.', 'residual.', 'privacy', 'dashboard.', 'storage.', 'synced', 'saved', 'dash.'],
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

/** "2 MB", "64 KB": the limits in messages, from the byte counts the domain code uses. */
export function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Words an import or share-link error code, with its limit and, when known, where it failed. */
export function describeImportError(
	strings: Strings,
	error: { code: string; path?: string; limit?: number },
	source: 'file' | 'link'
): string {
	const key = (error.code === 'too-large' ? `import.too-large.${source}` : `import.${error.code}`) as AssessmentKey;
	const limit = error.limit === undefined ? '' : error.code === 'too-large' && source === 'file' ? formatBytes(error.limit) : error.limit.toLocaleString('en');
	const text = format(strings[key] ?? strings['import.internal'], { limit });
	return error.path ? text + format(strings['import.at'], { path: error.path }) : text;
}

/** "me-go-no-go (note too long), pc-x (invalid id)": answers left out, by item and field. */
export function describeRejected(strings: Strings, rejected: readonly { id: string; field: string; reason: string }[], max = 10): string {
	const words = rejected.slice(0, max).map(({ id, field, reason }) => {
		const fieldKey = `storage.field.${field.startsWith('seller') ? 'seller' : field}` as AssessmentKey;
		const label = strings[fieldKey] ?? strings['storage.field.other'];
		const why = format(strings[`storage.rejected.${reason}` as AssessmentKey] ?? strings['storage.rejected.invalid'], { field: label });
		return `${id || '—'} (${why})`;
	});
	return words.join(', ') + (rejected.length > max ? ', …' : '');
}
