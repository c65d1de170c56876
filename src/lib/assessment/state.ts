/** The saved self-assessment: types, limits and immutable updates (the one validator is in validate.ts). */
import { indexModel, type PlaybookModel } from './model';
import type { SellerProfile } from '../obligations/profile';

/** 0 not started · 1 ad hoc · 2 defined · 3 measured. */
export type Level = 0 | 1 | 2 | 3;
export type AnswerValue = Level | 'na' | 'unknown';

export interface Answer {
	/** Undefined = not answered yet (the answer may still carry a note, owner or due date). */
	value?: AnswerValue;
	/** Why the item does not apply. Required: N/A without it is flagged and does not count as answered (scoring.ts). */
	naReason?: string;
	note?: string;
	owner?: string;
	/** YYYY-MM-DD. */
	due?: string;
	/** Hash of the statement the value was given against (see model.ts), to spot rewording. */
	textHash?: string;
	/** Ms since epoch: the latest write to any field of this answer. */
	updatedAt: number;
	/**
	 * When each field was last written (set or cleared), where that differs from `updatedAt`: merges pick
	 * the newer write field by field, so two tabs editing different fields of one item both keep theirs.
	 */
	fieldTimes?: Partial<Record<AnswerField, number>>;
}

/** The fields a user writes; each carries its own time (see `fieldTimes`). */
export const ANSWER_FIELDS = ['value', 'naReason', 'note', 'owner', 'due'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Who answered: optional, asked once, shown to the team (file names, comparison columns, minutes). */
export interface Respondent {
	name?: string;
	role?: string;
}

/** The seller profile as saved: the profile plus when it was last written (the newer one wins a merge). */
export type StoredSeller = SellerProfile & { updatedAt: number };

export interface AssessmentState {
	format: 'cbp-assessment';
	/** 2 added `respondent`, 3 the seller profile `seller`; version 1 and 2 files and links still read (migrations.ts). */
	version: 3;
	playbookVersion: string;
	respondent?: Respondent;
	/** What the team sells, where and how (the planner page asks it); drives the obligations and N/A suggestions. */
	seller?: StoredSeller;
	/** Keyed by stable item id. An answer with only `updatedAt` is a cleared answer (kept so merges do not revive it). */
	answers: Record<string, Answer>;
	lastExportedAt?: number;
}

export const STATE_FORMAT = 'cbp-assessment';
export const CURRENT_STATE_VERSION = 3;
/**
 * Text limits, counted in UTF-16 code units (`string.length`), the unit HTML's `maxlength` counts: an input
 * can never hold more than the validator accepts. An emoji such as 👍 counts 2; a CJK character 1.
 */
export const LIMITS = { note: 2000, naReason: 200, owner: 200, id: 100, version: 100, textHash: 64, name: 100, role: 100 } as const;
/** The `maxlength` of each answer input, from the one table above. */
export const INPUT_MAXLENGTH = { note: LIMITS.note, naReason: LIMITS.naReason, owner: LIMITS.owner, name: LIMITS.name, role: LIMITS.role } as const;

export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function emptyState(model: PlaybookModel): AssessmentState {
	return { format: STATE_FORMAT, version: CURRENT_STATE_VERSION, playbookVersion: model.version, answers: {} };
}

/** The answer for an item, ignoring inherited properties (an item could be called "constructor"). */
export function getAnswer(state: AssessmentState, itemId: string): Answer | undefined {
	return Object.hasOwn(state.answers, itemId) ? state.answers[itemId] : undefined;
}

export function isAnswered(answer: Answer | undefined): boolean {
	return answer?.value !== undefined;
}

/** N/A without a reason: answered, but the UI should ask for the reason. */
export function needsNaReason(answer: Answer | undefined): boolean {
	return answer?.value === 'na' && !answer.naReason?.trim();
}

/** Whether an answer holds anything a user typed or chose (a cleared answer does not). */
export function hasContent(answer: Answer | undefined): boolean {
	if (!answer) return false;
	return CONTENT_FIELDS.some((field) => answer[field] !== undefined);
}

/** The fields a user writes; timestamps and text hashes are bookkeeping. */
const CONTENT_FIELDS = ['value', 'naReason', 'note', 'owner', 'due'] as const;

/** Same user-visible content. */
export function sameContent(a: Answer | undefined, b: Answer | undefined): boolean {
	return CONTENT_FIELDS.every((field) => a?.[field] === b?.[field]);
}

/**
 * When a field was last written: its own time when recorded; else `updatedAt` for a field that holds a
 * value or for a cleared answer (no field at all: a tombstone for every field); else 0 (never written).
 */
export function fieldTime(answer: Answer, field: AnswerField): number {
	return answer.fieldTimes?.[field] ?? defaultTime(answer, field);
}

function defaultTime(answer: Answer, field: AnswerField): number {
	const cleared = ANSWER_FIELDS.every((f) => answer[f] === undefined);
	return cleared || answer[field] !== undefined ? answer.updatedAt : 0;
}

/** Writes `times` into an answer, keeping only the entries that differ from what `fieldTime` would infer. */
export function withFieldTimes(answer: Answer, times: Record<AnswerField, number>): Answer {
	const { fieldTimes: _old, ...rest } = answer;
	const own = ANSWER_FIELDS.filter((field) => times[field] !== defaultTime(rest, field)).map((field) => [field, times[field]]);
	return own.length ? { ...rest, fieldTimes: Object.fromEntries(own) } : rest;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair; lone surrogates become U+FFFD. */
export function truncate(value: string, max: number): string {
	value = value.toWellFormed();
	if (value.length <= max) return value;
	const cut = value.slice(0, max);
	const last = cut.charCodeAt(cut.length - 1);
	return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

export type AnswerPatch = Partial<Pick<Answer, 'value' | 'naReason' | 'note' | 'owner' | 'due'>>;

/**
 * Returns a new state with the patch applied and `updatedAt = now`. A key present with `undefined` or ""
 * removes that field; text is truncated to the schema limits; a `due` that is not a real date is dropped.
 * With a model, a new `value` (or a first write) records the statement's textHash: re-answering confirms
 * the answer against the current wording, while editing only a note does not.
 */
export function setAnswer(
	state: AssessmentState,
	itemId: string,
	patch: AnswerPatch,
	now: number,
	model?: PlaybookModel
): AssessmentState {
	const previous = getAnswer(state, itemId);
	const times = Object.fromEntries(
		ANSWER_FIELDS.map((field) => [field, field in patch ? now : previous ? fieldTime(previous, field) : 0])
	) as Record<AnswerField, number>;
	let next: Answer = { ...previous, updatedAt: Math.max(now, previous?.updatedAt ?? 0) };
	if ('value' in patch) {
		if (patch.value === undefined) delete next.value;
		else next.value = patch.value;
	}
	for (const field of ['naReason', 'note', 'owner'] as const) {
		if (!(field in patch)) continue;
		const value = patch[field];
		if (value === undefined || value === '') delete next[field];
		else next[field] = truncate(value, LIMITS[field]);
	}
	if ('due' in patch) {
		if (patch.due !== undefined && isIsoDate(patch.due)) next.due = patch.due;
		else delete next.due;
	}
	const textHash = model ? indexModel(model).item.get(itemId)?.textHash : undefined;
	if (textHash !== undefined && ('value' in patch || next.textHash === undefined)) next.textHash = textHash;
	next = withFieldTimes(next, times);
	return { ...state, answers: { ...state.answers, [itemId]: next } };
}

/** Clears an item. Keeps a timestamped empty answer so that merging with an older copy does not bring it back. */
export function clearAnswer(state: AssessmentState, itemId: string, now: number): AssessmentState {
	return { ...state, answers: { ...state.answers, [itemId]: { updatedAt: now } } };
}

/** Records a successful export, for the "last backup" reminder. */
export function markExported(state: AssessmentState, now: number): AssessmentState {
	return { ...state, lastExportedAt: now };
}

/** Marks the state as reviewed against the current playbook version (after the user has seen the diff). */
export function acceptPlaybookVersion(state: AssessmentState, model: PlaybookModel): AssessmentState {
	return { ...state, playbookVersion: model.version };
}

/** Sets or clears who answered (blank fields are removed; text is trimmed and cut to its limit). */
export function setRespondent(state: AssessmentState, patch: Respondent): AssessmentState {
	const respondent: Respondent = { ...state.respondent };
	for (const field of ['name', 'role'] as const) {
		if (!(field in patch)) continue;
		const value = truncate(patch[field]?.trim() ?? '', LIMITS[field]);
		if (value) respondent[field] = value;
		else delete respondent[field];
	}
	const { respondent: _old, ...rest } = state;
	return respondent.name || respondent.role ? { ...rest, respondent } : rest;
}

/**
 * Sets the seller profile, stamped `now`. Clearing it means saving the empty profile (never removing the
 * field), so that a merge with an older copy in another tab does not bring the old profile back.
 */
export function setSeller(state: AssessmentState, profile: SellerProfile, now: number): AssessmentState {
	const seller: StoredSeller = {
		markets: [...profile.markets],
		channels: [...profile.channels],
		categories: [...profile.categories],
		fulfilment: [...profile.fulfilment],
		...(profile.incoterm ? { incoterm: profile.incoterm } : {}),
		...(profile.stockIn ? { stockIn: [...profile.stockIn] } : {}),
		...(profile.parcelValues ? { parcelValues: [...profile.parcelValues] } : {}),
		...(profile.turnover ? { turnover: profile.turnover } : {}),
		...(profile.headcount ? { headcount: profile.headcount } : {}),
		updatedAt: Math.max(now, state.seller?.updatedAt ?? 0),
	};
	return { ...state, seller };
}

/** "Li Wei (buyer)", "Li Wei", "(buyer)" or '' : how a person is shown to the team. */
export function respondentLabel(respondent: Respondent | undefined): string {
	const name = respondent?.name ?? '';
	const role = respondent?.role ? `(${respondent.role})` : '';
	return [name, role].filter(Boolean).join(' ');
}

/** A file-name-safe form of the name ("li-wei", "李伟"), '' without a name. */
export function respondentSlug(respondent: Respondent | undefined): string {
	return (respondent?.name ?? '')
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
}
