/** Merges two assessment states item by item, last write wins (two tabs, import-merge). */
import type { Answer, AssessmentState } from './state';

function newest(state: AssessmentState): number {
	let max = -Infinity;
	for (const answer of Object.values(state.answers)) max = Math.max(max, answer.updatedAt);
	return max;
}

function pickVersion(a: AssessmentState, b: AssessmentState): string {
	const [ta, tb] = [newest(a), newest(b)];
	if (ta !== tb) return ta > tb ? a.playbookVersion : b.playbookVersion;
	return a.playbookVersion >= b.playbookVersion ? a.playbookVersion : b.playbookVersion;
}

/**
 * Per item, the answer with the larger `updatedAt` wins; on a tie `a` is kept. `lastExportedAt` is the
 * later of the two. `playbookVersion` comes from the state holding the newest answer (on a tie, e.g. two states
 * without answers, the larger version string), so the version never depends on argument order.
 */
export function mergeStates(a: AssessmentState, b: AssessmentState): AssessmentState {
	// A Map, then fromEntries: ids are data, and an id like "__proto__" must stay an ordinary key.
	const answers = new Map<string, Answer>(Object.entries(a.answers));
	for (const [id, answer] of Object.entries(b.answers)) {
		const mine = answers.get(id);
		if (!mine || answer.updatedAt > mine.updatedAt) answers.set(id, answer);
	}
	const exported = [a.lastExportedAt, b.lastExportedAt].filter((t): t is number => t !== undefined);
	return {
		format: a.format,
		version: a.version,
		playbookVersion: pickVersion(a, b),
		answers: Object.fromEntries(answers),
		...(exported.length > 0 ? { lastExportedAt: Math.max(...exported) } : {}),
	};
}
