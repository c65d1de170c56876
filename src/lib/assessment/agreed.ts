/**
 * Agreed answers recorded in facilitator mode: the value goes into this browser's own assessment (the
 * team's), with who agreed written into the note; a small log keyed by item feeds the workshop minutes.
 */
import type { PlaybookModel } from './model';
import { getAnswer, LIMITS, setAnswer, truncate, type AnswerValue, type AssessmentState } from './state';
import { isAnswerValue, isItemId, isRecord, isTimestamp } from './validate';

export interface Agreement {
	value: AnswerValue;
	/** Who agreed, as typed ("Anna, Li Wei"); may be empty. */
	by?: string;
	at: number;
}

/** Stored next to the user's own answers: `${storageKey}:agreed`. */
export const agreedKey = (storageKey: string) => `${storageKey}:agreed`;

/**
 * Records the agreed answer in the state. `byLine` words the note line (e.g. "Agreed in the workshop by {by}");
 * an earlier agreement line is replaced, any other note text is kept above it.
 */
export function recordAgreement(
	state: AssessmentState,
	itemId: string,
	value: AnswerValue,
	byLine: string,
	now: number,
	model: PlaybookModel
): AssessmentState {
	const previous = getAnswer(state, itemId)?.note ?? '';
	const kept = previous
		.split('\n')
		.filter((line) => !line.startsWith(AGREED_MARK))
		.join('\n')
		.trimEnd();
	const note = truncate([kept, `${AGREED_MARK}${byLine}`].filter(Boolean).join('\n'), LIMITS.note);
	return setAnswer(state, itemId, { value, note }, now, model);
}

/** Marks the note line a recorded agreement wrote, so recording again replaces it. */
export const AGREED_MARK = '✔ ';

export function encodeAgreed(log: Record<string, Agreement>): string {
	return JSON.stringify(log);
}

/** The readable entries of a stored log; {} for anything else. Never throws. */
export function decodeAgreed(text: string | null): Record<string, Agreement> {
	if (!text) return {};
	try {
		const raw: unknown = JSON.parse(text);
		if (!isRecord(raw)) return {};
		const log = new Map<string, Agreement>();
		for (const [id, entry] of Object.entries(raw)) {
			if (!isItemId(id) || !isRecord(entry) || !isAnswerValue(entry.value) || !isTimestamp(entry.at)) continue;
			const by = typeof entry.by === 'string' && entry.by ? entry.by.slice(0, LIMITS.owner) : undefined;
			log.set(id, { value: entry.value, at: entry.at, ...(by ? { by } : {}) });
		}
		return Object.fromEntries(log);
	} catch {
		return {};
	}
}
