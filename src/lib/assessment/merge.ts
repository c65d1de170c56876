/** Merges two assessment states field by field, last write wins (two tabs, import-merge). */
import { ANSWER_FIELDS, fieldTime, withFieldTimes, type Answer, type AnswerField, type AssessmentState, type StoredSeller } from './state';

/**
 * The seller profile written last wins; on a tie (e.g. profiles from share links, which carry no time)
 * the first argument's, so merging someone's file or link into my answers keeps my profile and theirs
 * only fills a blank, like `respondent`.
 */
export function mergeSeller(a: StoredSeller | undefined, b: StoredSeller | undefined): StoredSeller | undefined {
	if (!a || !b) return a ?? b;
	return b.updatedAt > a.updatedAt ? b : a;
}

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

/** On equal times, a value beats no value, and the larger of two values wins: the merge never depends on argument order. */
function tieGoesTo(a: unknown, b: unknown): boolean {
	if (b === undefined) return false;
	if (a === undefined) return true;
	return JSON.stringify(b) > JSON.stringify(a);
}

/**
 * One item's two answers merged: each field (value, N/A reason, note, owner, due) comes from the answer
 * that wrote it last, a removed field included. The statement hash travels with the value.
 */
export function mergeAnswers(a: Answer, b: Answer): Answer {
	const merged: Answer = { updatedAt: Math.max(a.updatedAt, b.updatedAt) };
	const times = {} as Record<AnswerField, number>;
	for (const field of ANSWER_FIELDS) {
		const [ta, tb] = [fieldTime(a, field), fieldTime(b, field)];
		const from = tb > ta || (tb === ta && tieGoesTo(a[field], b[field])) ? b : a;
		times[field] = Math.max(ta, tb);
		if (from[field] !== undefined) (merged as unknown as Record<string, unknown>)[field] = from[field];
		if (field === 'value' && from.textHash !== undefined) merged.textHash = from.textHash;
	}
	return withFieldTimes(merged, times);
}

/**
 * Per item and field, the later write wins (see `mergeAnswers`). `lastExportedAt` is the later of the two.
 * `playbookVersion` comes from the state holding the newest answer (on a tie, e.g. two states without
 * answers, the larger version string), so the version never depends on argument order.
 */
export function mergeStates(a: AssessmentState, b: AssessmentState): AssessmentState {
	// A Map, then fromEntries: ids are data, and an id like "__proto__" must stay an ordinary key.
	const answers = new Map<string, Answer>(Object.entries(a.answers));
	for (const [id, answer] of Object.entries(b.answers)) {
		const mine = answers.get(id);
		answers.set(id, mine ? mergeAnswers(mine, answer) : answer);
	}
	const exported = [a.lastExportedAt, b.lastExportedAt].filter((t): t is number => t !== undefined);
	const seller = mergeSeller(a.seller, b.seller);
	return {
		format: a.format,
		version: a.version,
		playbookVersion: pickVersion(a, b),
		answers: Object.fromEntries(answers),
		// Merging someone's file into my answers keeps my name; theirs only fills a blank.
		...(a.respondent ?? b.respondent ? { respondent: a.respondent ?? b.respondent } : {}),
		...(seller ? { seller } : {}),
		...(exported.length > 0 ? { lastExportedAt: Math.max(...exported) } : {}),
	};
}

/** True when `ours` holds a write (the seller profile, any field of any answer) that `theirs` lacks or has an older version of. */
export function hasNewer(ours: AssessmentState, theirs: AssessmentState): boolean {
	if (ours.seller && (!theirs.seller || ours.seller.updatedAt > theirs.seller.updatedAt)) return true;
	return Object.entries(ours.answers).some(([id, answer]) => {
		if (!Object.hasOwn(theirs.answers, id)) return true;
		const other = theirs.answers[id];
		return ANSWER_FIELDS.some((field) => fieldTime(answer, field) > fieldTime(other, field));
	});
}
