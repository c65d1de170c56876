/**
 * The two browser helpers every island needs, without the session: pages that only read (the team
 * comparison) import these and not the store, so they do not download it.
 */
import type { AssessmentKey } from '../../i18n/assessment';
import { format } from '../../i18n/format';

export type Translate = (key: AssessmentKey, vars?: Record<string, string | number>) => string;

export function translator(strings: Record<AssessmentKey, string>): Translate {
	// A key the page did not inline shows as itself rather than breaking the island.
	return (key, vars) => format(strings[key] ?? key, vars);
}

/** localStorage, or undefined where even touching it throws (some private modes, sandboxed frames). */
export function browserStorage(): Storage | undefined {
	try {
		return window.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}
