/**
 * The one runtime validator of an assessment state: saved answers, imported files, share links and
 * snapshots all go through it. No zod: the checklist island loads it too. Text limits count UTF-16
 * units (`LIMITS` in state.ts), the same unit as every input's `maxlength`.
 *
 * `salvageState` never throws away a valid answer because another one is bad: it keeps every answer
 * that passes and lists the others by item and field. `guardState` is the strict form (all or nothing).
 */
import {
	ANSWER_FIELDS,
	CURRENT_STATE_VERSION,
	isIsoDate,
	ITEM_ID_PATTERN,
	LIMITS,
	STATE_FORMAT,
	type Answer,
	type AnswerField,
	type AnswerValue,
	type AssessmentState,
	type Respondent,
	type StoredSeller,
} from './state';
import { CATEGORIES, CHANNELS, FULFILMENT, HEADCOUNT_BANDS, INCOTERMS, MARKETS, PARCEL_VALUE_BANDS, TURNOVER_BANDS } from '../obligations/profile';

/** Why one answer (or one field of the header) could not be read. */
export type RejectReason = 'bad-id' | 'too-long' | 'invalid';

export interface Rejected {
	/** The item id as found (cut to 100 units); '' for the state's own fields. */
	id: string;
	/** The field that failed, e.g. "note", "value", "updatedAt"; '' when the answer is not an object. */
	field: string;
	reason: RejectReason;
}

export type SalvageResult =
	| { ok: true; state: AssessmentState; rejected: Rejected[] }
	/** Not a state at all: `path` names the part that is missing or malformed. */
	| { ok: false; path: string };

export type GuardResult = { ok: true; state: AssessmentState } | { ok: false; path: string };

export interface SalvageOptions {
	/** Timestamps later than this are clamped to it (a far-future time would beat every later edit). */
	now?: number;
	/** Keep only answers for these item ids; the others are listed with reason 'bad-id'. */
	knownIds?: ReadonlySet<string>;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
	if (!isRecord(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === null || proto === Object.prototype;
};
export const isTimestamp = (value: unknown): value is number =>
	typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
export const isItemId = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= LIMITS.id && ITEM_ID_PATTERN.test(value);
const ANSWER_VALUES: readonly unknown[] = [0, 1, 2, 3, 'na', 'unknown'];
export const isAnswerValue = (value: unknown): value is AnswerValue => ANSWER_VALUES.includes(value);

/** Checks one text field: a string within `max` UTF-16 units. */
function textProblem(value: unknown, max: number): RejectReason | undefined {
	if (typeof value !== 'string') return 'invalid';
	return value.length > max ? 'too-long' : undefined;
}

const TEXT_FIELDS = [
	['naReason', LIMITS.naReason],
	['note', LIMITS.note],
	['owner', LIMITS.owner],
	['textHash', LIMITS.textHash],
] as const;

const clamp = (time: number, now: number | undefined) => (now !== undefined && time > now ? now : time);

/** Reads one answer; returns the failing field and reason instead when it is malformed. */
export function readAnswer(raw: unknown, now?: number): Answer | { field: string; reason: RejectReason } {
	if (!isRecord(raw)) return { field: '', reason: 'invalid' };
	const answer: Answer = { updatedAt: 0 };
	if (raw.value !== undefined) {
		if (!isAnswerValue(raw.value)) return { field: 'value', reason: 'invalid' };
		answer.value = raw.value;
	}
	for (const [key, max] of TEXT_FIELDS) {
		if (raw[key] === undefined) continue;
		const problem = textProblem(raw[key], max);
		if (problem) return { field: key, reason: problem };
		answer[key] = raw[key] as string;
	}
	if (raw.due !== undefined) {
		if (typeof raw.due !== 'string' || !isIsoDate(raw.due)) return { field: 'due', reason: 'invalid' };
		answer.due = raw.due;
	}
	if (!isTimestamp(raw.updatedAt)) return { field: 'updatedAt', reason: 'invalid' };
	answer.updatedAt = clamp(raw.updatedAt, now);
	if (raw.fieldTimes !== undefined) {
		if (!isPlainObject(raw.fieldTimes)) return { field: 'fieldTimes', reason: 'invalid' };
		const times: Partial<Record<AnswerField, number>> = {};
		for (const [field, time] of Object.entries(raw.fieldTimes)) {
			if (!(ANSWER_FIELDS as readonly string[]).includes(field) || !isTimestamp(time)) return { field: 'fieldTimes', reason: 'invalid' };
			times[field as AnswerField] = clamp(time, now);
		}
		answer.fieldTimes = times;
	}
	return answer;
}

/** Reads who answered: `{ name?, role? }`, each a string within its limit. */
export function readRespondent(raw: unknown): Respondent | { field: string; reason: RejectReason } {
	if (!isPlainObject(raw)) return { field: '', reason: 'invalid' };
	const respondent: Respondent = {};
	for (const field of ['name', 'role'] as const) {
		if (raw[field] === undefined) continue;
		const problem = textProblem(raw[field], LIMITS[field]);
		if (problem) return { field, reason: problem };
		if ((raw[field] as string).trim()) respondent[field] = raw[field] as string;
	}
	return respondent;
}

const SELLER_LISTS = { markets: MARKETS, channels: CHANNELS, categories: CATEGORIES, fulfilment: FULFILMENT } as const;
/** Lists the seller may leave unanswered: absent (not said) differs from empty (none). */
const SELLER_OPTIONAL_LISTS = { stockIn: MARKETS, parcelValues: PARCEL_VALUE_BANDS } as const;
const SELLER_CHOICES = { incoterm: INCOTERMS, turnover: TURNOVER_BANDS, headcount: HEADCOUNT_BANDS } as const;

/**
 * Reads the seller profile, keeping every known code: an unknown code (a newer playbook's market, a typo in
 * a hand-edited file) is left out and reported by field, never failing the rest of the profile or the state.
 * A list longer than its table of codes, or a field of the wrong type, is reported and read as empty.
 * Undefined `profile` when the value is not a profile at all (not an object, no valid `updatedAt`).
 */
export function readSeller(raw: unknown, now?: number): { profile?: StoredSeller; problems: Rejected[] } {
	const problems: Rejected[] = [];
	const problem = (field: string, reason: RejectReason = 'invalid') => problems.push({ id: '', field: field ? `seller.${field}` : 'seller', reason });
	if (!isPlainObject(raw)) {
		problem('');
		return { problems };
	}
	if (!isTimestamp(raw.updatedAt)) {
		problem('updatedAt');
		return { problems };
	}
	const profile: StoredSeller = { markets: [], channels: [], categories: [], fulfilment: [], updatedAt: clamp(raw.updatedAt, now) };
	const lists = { ...SELLER_LISTS, ...SELLER_OPTIONAL_LISTS };
	for (const [field, codes] of Object.entries(lists) as [keyof typeof lists, readonly string[]][]) {
		const list = raw[field];
		if (list === undefined) continue;
		if (!Array.isArray(list)) problem(field);
		else if (list.length > codes.length) problem(field, 'too-long');
		else {
			const known = list.filter((code): code is string => codes.includes(code as string));
			if (known.length < list.length) problem(field);
			(profile as unknown as Record<string, string[]>)[field] = [...new Set(known)];
		}
	}
	for (const [field, codes] of Object.entries(SELLER_CHOICES) as [keyof typeof SELLER_CHOICES, readonly string[]][]) {
		const value = raw[field];
		if (value === undefined) continue;
		if (codes.includes(value as string)) (profile as unknown as Record<string, unknown>)[field] = value;
		else problem(field);
	}
	return { profile, problems };
}

/**
 * Reads a current-version state, keeping every valid answer. Unknown keys are dropped. Fails only when
 * the value is not a state of this format and version at all (then `path` says which part).
 */
export function salvageState(raw: unknown, { now, knownIds }: SalvageOptions = {}): SalvageResult {
	if (!isRecord(raw)) return { ok: false, path: '' };
	if (raw.format !== STATE_FORMAT) return { ok: false, path: 'format' };
	if (raw.version !== CURRENT_STATE_VERSION) return { ok: false, path: 'version' };
	if (!isPlainObject(raw.answers)) return { ok: false, path: 'answers' };
	const rejected: Rejected[] = [];
	let playbookVersion = '';
	const versionProblem = textProblem(raw.playbookVersion, LIMITS.version);
	if (versionProblem) rejected.push({ id: '', field: 'playbookVersion', reason: versionProblem });
	else playbookVersion = raw.playbookVersion as string;
	// A Map, then fromEntries: ids are data, and an id like "constructor" must stay an ordinary key.
	const answers = new Map<string, Answer>();
	for (const id of Object.keys(raw.answers)) {
		if (!isItemId(id) || (knownIds && !knownIds.has(id))) {
			rejected.push({ id: id.slice(0, LIMITS.id), field: '', reason: 'bad-id' });
			continue;
		}
		const answer = readAnswer(raw.answers[id], now);
		if ('field' in answer) rejected.push({ id, ...answer });
		else answers.set(id, answer);
	}
	const state: AssessmentState = { format: STATE_FORMAT, version: CURRENT_STATE_VERSION, playbookVersion, answers: Object.fromEntries(answers) };
	if (raw.respondent !== undefined) {
		const respondent = readRespondent(raw.respondent);
		if ('reason' in respondent) rejected.push({ id: '', field: `respondent${respondent.field ? '.' + respondent.field : ''}`, reason: respondent.reason });
		else if (respondent.name || respondent.role) state.respondent = respondent;
	}
	if (raw.seller !== undefined) {
		const seller = readSeller(raw.seller, now);
		rejected.push(...seller.problems);
		if (seller.profile) state.seller = seller.profile;
	}
	if (raw.lastExportedAt !== undefined) {
		if (isTimestamp(raw.lastExportedAt)) state.lastExportedAt = clamp(raw.lastExportedAt, now);
		else rejected.push({ id: '', field: 'lastExportedAt', reason: 'invalid' });
	}
	return { ok: true, state, rejected };
}

/** The strict form: the state only when every part of it is valid, else the path of the first problem. */
export function guardState(raw: unknown, options: SalvageOptions = {}): GuardResult {
	const result = salvageState(raw, options);
	if (!result.ok) return result;
	const first = result.rejected[0];
	if (first) return { ok: false, path: [first.id ? `answers.${first.id}` : '', first.field].filter(Boolean).join('.') };
	return { ok: true, state: result.state };
}

/** The rejected answers' item ids, without duplicates (header fields are not answers). */
export function rejectedItems(rejected: readonly Rejected[]): Rejected[] {
	return rejected.filter((entry) => entry.id !== '');
}
