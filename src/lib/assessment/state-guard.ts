/**
 * Reads a saved state without zod, for the checklist island whose script budget zod would break.
 * It accepts exactly what `stateSchema` (state-schema.ts) accepts and returns the same cleaned copy
 * (unknown keys dropped): `tests/unit/assessment/state-guard.test.ts` checks this on 10,000
 * generated inputs. Change both together.
 */
import { CURRENT_STATE_VERSION, isIsoDate, ITEM_ID_PATTERN, LIMITS, STATE_FORMAT, type Answer, type AssessmentState } from './state';

export type GuardResult = { ok: true; state: AssessmentState } | { ok: false; path: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
	if (!isObject(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === null || proto === Object.prototype;
};
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isTimestamp = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const VALUES: readonly unknown[] = [0, 1, 2, 3, 'na', 'unknown'];
const TEXT_FIELDS = [
	['naReason', LIMITS.naReason],
	['note', LIMITS.note],
	['owner', LIMITS.owner],
	['textHash', LIMITS.textHash],
] as const;

function readAnswer(raw: unknown): Answer | string {
	if (!isObject(raw)) return '';
	const answer: Answer = { updatedAt: 0 };
	if (raw.value !== undefined) {
		if (!VALUES.includes(raw.value)) return 'value';
		answer.value = raw.value as Answer['value'];
	}
	for (const [key, max] of TEXT_FIELDS) {
		if (raw[key] === undefined) continue;
		if (!isText(raw[key], max)) return key;
		answer[key] = raw[key] as string;
	}
	if (raw.due !== undefined) {
		if (typeof raw.due !== 'string' || !isIsoDate(raw.due)) return 'due';
		answer.due = raw.due;
	}
	if (!isTimestamp(raw.updatedAt)) return 'updatedAt';
	answer.updatedAt = raw.updatedAt;
	return answer;
}

export function guardState(raw: unknown): GuardResult {
	if (!isObject(raw)) return { ok: false, path: '' };
	if (raw.format !== STATE_FORMAT) return { ok: false, path: 'format' };
	if (raw.version !== CURRENT_STATE_VERSION) return { ok: false, path: 'version' };
	if (!isText(raw.playbookVersion, LIMITS.version)) return { ok: false, path: 'playbookVersion' };
	if (!isPlainObject(raw.answers)) return { ok: false, path: 'answers' };
	const answers: Record<string, Answer> = {};
	for (const id of Object.keys(raw.answers)) {
		// zod skips this key in records (prototype-pollution guard); so does the guard.
		if (id === '__proto__') continue;
		if (id.length > LIMITS.id || !ITEM_ID_PATTERN.test(id)) return { ok: false, path: `answers.${id.slice(0, 100)}` };
		const answer = readAnswer(raw.answers[id]);
		if (typeof answer === 'string') return { ok: false, path: `answers.${id}${answer ? `.${answer}` : ''}` };
		answers[id] = answer;
	}
	const state: AssessmentState = { format: STATE_FORMAT, version: CURRENT_STATE_VERSION, playbookVersion: raw.playbookVersion, answers };
	if (raw.lastExportedAt !== undefined) {
		if (!isTimestamp(raw.lastExportedAt)) return { ok: false, path: 'lastExportedAt' };
		state.lastExportedAt = raw.lastExportedAt;
	}
	return { ok: true, state };
}
