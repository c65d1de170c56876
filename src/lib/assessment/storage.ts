/**
 * Keeps the assessment in a Storage-like object (localStorage). Never wipes: an unreadable value is
 * backed up before anything is written over it, a state with some bad answers keeps all the good ones,
 * a state from a newer format version is opened read-only, and every failed write is reported.
 */
import { hasNewer, mergeAnswers, mergeStates } from './merge';
import { MIGRATIONS, readState, type Migrations, type ReadFailure, type ReadResult } from './migrations';
import type { PlaybookModel } from './model';
import { emptyState, sameContent, truncate, CURRENT_STATE_VERSION, LIMITS, isIsoDate, type Answer, type AssessmentState } from './state';
import { isAnswerValue, isItemId, isRecord, isTimestamp, readAnswer, salvageState, type Rejected } from './validate';
import { diffPlaybook, emptyDiff, type PlaybookDiff } from './version-diff';
import { backupRaw, noticeKeyOf, writeRaw, type SaveStatus, type StorageLike } from './storage-raw';

export { backupRaw, hasStoredValue, isQuotaError, writeRaw, type SaveStatus, type StorageLike } from './storage-raw';

export { MIGRATIONS, type Migration, type Migrations } from './migrations';

/** Cap on the answers listed in a stored notice (the backup holds them all). */
export const MAX_NOTICE_ITEMS = 50;

/** A problem found when loading, kept in storage so every page shows it until the user acts on it. */
export interface StoredNotice {
	kind: 'corrupt' | 'salvaged';
	/** Where the original value was copied. */
	backupKey: string;
	/** For 'salvaged': the answers left out (at most MAX_NOTICE_ITEMS), and how many there were. */
	rejected: Rejected[];
	rejectedCount: number;
	/** For 'corrupt': why the value could not be read at all. */
	reason?: ReadFailure | 'not-json';
	at: number;
}

export type LoadStatus =
	| 'fresh'
	| 'loaded'
	| 'migrated'
	/** No storage, or it throws on read: this tab works in memory. */
	| 'unavailable'
	/** Some answers could not be read: the rest are loaded, the original is backed up (`notice`). */
	| 'salvaged'
	/** Nothing could be read: the original is backed up (`notice`), or kept untouched when that failed. */
	| 'corrupt'
	/** Saved by a newer format version: shown as far as it can be read, never overwritten. */
	| 'newer';

export interface LoadResult {
	state: AssessmentState;
	status: LoadStatus;
	/** The notice waiting for the user: from this load or an earlier one, until dismissed. */
	notice?: StoredNotice;
	/** A corrupt value that could not even be backed up (so nothing was overwritten). */
	backupFailed?: boolean;
	/** The saved state was made against another playbook version (not an error: see `diff`). */
	playbookVersionChanged: boolean;
	diff: PlaybookDiff;
	/**
	 * Whether the user must be told something (a notice, a problem, a migration, a newer version, items
	 * removed or reworded since they were answered): the page loads its reports only then.
	 */
	toReport: boolean;
}

/**
 * Best-effort repair of one unreadable answer from a backup: every valid field is kept, over-long text is
 * cut to its limit, an invalid value, date or time is left out. Undefined when nothing can be kept.
 */
export function repairAnswer(raw: unknown, now: number): Answer | undefined {
	if (!isRecord(raw)) return undefined;
	const answer: Answer = { updatedAt: isTimestamp(raw.updatedAt) ? Math.min(raw.updatedAt, now) : now };
	if (isAnswerValue(raw.value)) answer.value = raw.value;
	for (const field of ['naReason', 'note', 'owner'] as const) {
		if (typeof raw[field] === 'string' && raw[field] !== '') answer[field] = truncate(raw[field] as string, LIMITS[field]);
	}
	if (typeof raw.due === 'string' && isIsoDate(raw.due)) answer.due = raw.due;
	return Object.keys(answer).length > 1 ? answer : undefined;
}

export interface StoreOptions {
	/** localStorage, or undefined where there is none; every access is guarded. */
	storage: StorageLike | undefined;
	key: string;
	model: PlaybookModel;
	now?: () => number;
	/** For tests of the migration mechanism; defaults to the real table. */
	migrations?: Migrations;
}

export interface Store {
	readonly key: string;
	/** Where the pending notice is kept. */
	readonly noticeKey: string;
	/** True once a newer version's state was found: nothing is written until the page is reloaded. */
	readonly readOnly: boolean;
	load(): LoadResult;
	save(state: AssessmentState): SaveStatus;
	/**
	 * Merges the value another tab wrote (a `storage` event's newValue); unreadable or null values change
	 * nothing. When this tab holds newer writes than that value, the merge is written back, so storage
	 * never keeps a state that lost one tab's edit (and the tabs stop writing once they agree).
	 */
	mergeFromStorageEvent(current: AssessmentState, newValue: string | null): AssessmentState;
	/** The raw text of a backup (or of the main key), null when missing or unreadable. */
	readRaw(key: string): string | null;
	/**
	 * Brings back, field by field, what the backup of a 'salvaged' notice holds: the answers that could be
	 * read and the repaired rest (see `repairAnswer`), merged so newer writes in `current` win.
	 */
	restoreBackup(current: AssessmentState, notice: StoredNotice): { state: AssessmentState; restored: number } | undefined;
	/** Forgets the pending notice (the backup itself stays). */
	dismissNotice(): void;
}

export function createStore({ storage, key, model, now = Date.now, migrations = MIGRATIONS }: StoreOptions): Store {
	const noticeKey = noticeKeyOf(key);
	// Set when storage is missing, throws on read, or holds a value we could not back up.
	let memoryOnly = storage === undefined;
	let readOnly = false;
	// The last state loaded or saved, so a memory-only session keeps its edits across load() calls.
	let memory: AssessmentState | undefined;

	const readRaw = (which: string): string | null => {
		try {
			return storage?.getItem(which) ?? null;
		} catch {
			return null;
		}
	};

	const storedNotice = (): StoredNotice | undefined => {
		try {
			const parsed: unknown = JSON.parse(readRaw(noticeKey) ?? 'null');
			if (!isRecord(parsed) || typeof parsed.backupKey !== 'string' || !Array.isArray(parsed.rejected)) return undefined;
			return parsed as unknown as StoredNotice;
		} catch {
			return undefined;
		}
	};

	const result = (state: AssessmentState, status: LoadStatus, extra: Partial<LoadResult> = {}): LoadResult => {
		memory = state;
		const notice = extra.notice ?? storedNotice();
		const playbookVersionChanged = status !== 'newer' && state.playbookVersion !== model.version;
		const diff = status === 'newer' ? emptyDiff() : diffPlaybook(state, model);
		return {
			state,
			status,
			...extra,
			...(notice ? { notice } : {}),
			playbookVersionChanged,
			diff,
			// A checklist page's partial model cannot tell removed items from other checklists' answers.
			toReport: notice !== undefined || (status !== 'fresh' && status !== 'loaded') || (playbookVersionChanged && (diff.reworded.length > 0 || (!model.partial && diff.removed.length > 0))),
		};
	};

	/** Backs up `raw`, then writes `state` over it and records the notice; memory only when the backup fails. */
	const replaceWithBackup = (raw: string, state: AssessmentState, notice: Omit<StoredNotice, 'backupKey' | 'at'>, status: LoadStatus) => {
		const at = now();
		const backupKey = backupRaw(storage!, key, raw, at);
		if (backupKey === undefined) {
			memoryOnly = true;
			return result(state, status, { backupFailed: true });
		}
		const record: StoredNotice = { ...notice, backupKey, at };
		writeRaw(storage!, noticeKey, JSON.stringify(record));
		writeRaw(storage!, key, JSON.stringify(state));
		return result(state, status, { notice: record });
	};

	const load = (): LoadResult => {
		if (memoryOnly || !storage) return result(memory ?? emptyState(model), 'unavailable');
		let raw: string | null;
		try {
			raw = storage.getItem(key);
		} catch {
			memoryOnly = true;
			return result(memory ?? emptyState(model), 'unavailable');
		}
		if (raw === null) return result(emptyState(model), 'fresh');
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return replaceWithBackup(raw, emptyState(model), { kind: 'corrupt', reason: 'not-json', rejected: [], rejectedCount: 0 }, 'corrupt');
		}
		const read = readState(parsed, migrations, { now: now() });
		if (read.ok) {
			if (read.rejected.length === 0) return result(read.state, read.migrated ? 'migrated' : 'loaded');
			const rejected = read.rejected.slice(0, MAX_NOTICE_ITEMS);
			return replaceWithBackup(raw, read.state, { kind: 'salvaged', rejected, rejectedCount: read.rejected.length }, 'salvaged');
		}
		if (read.reason === 'future-version') {
			// Never written over: show what this version can read of it.
			readOnly = true;
			const view = salvageState({ ...(parsed as object), version: CURRENT_STATE_VERSION }, { now: now() });
			return result(view.ok ? view.state : emptyState(model), 'newer');
		}
		return replaceWithBackup(raw, emptyState(model), { kind: 'corrupt', reason: read.reason, rejected: [], rejectedCount: 0 }, 'corrupt');
	};

	const save = (state: AssessmentState): SaveStatus => {
		memory = state;
		if (readOnly) return 'read-only';
		if (memoryOnly || !storage) return 'unavailable';
		return writeRaw(storage, key, JSON.stringify(state));
	};

	const mergeFromStorageEvent = (current: AssessmentState, newValue: string | null): AssessmentState => {
		if (newValue === null) return current;
		let read: ReadResult;
		try {
			read = readState(JSON.parse(newValue), migrations, { now: now() });
		} catch {
			return current;
		}
		if (!read.ok) return current;
		memory = mergeStates(current, read.state);
		if (hasNewer(memory, read.state)) save(memory);
		return memory;
	};

	const restoreBackup = (current: AssessmentState, notice: StoredNotice) => {
		const raw = readRaw(notice.backupKey);
		if (raw === null) return undefined;
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return undefined;
		}
		const answers = isRecord(parsed) && isRecord(parsed.answers) ? parsed.answers : undefined;
		if (!answers) return undefined;
		const next = new Map(Object.entries(current.answers));
		let restored = 0;
		for (const [id, value] of Object.entries(answers)) {
			// Valid answers were loaded already; only the unreadable ones are repaired.
			if (!isItemId(id) || !('field' in readAnswer(value))) continue;
			const answer = repairAnswer(value, now());
			if (!answer) continue;
			const mine = next.get(id);
			const merged = mine ? mergeAnswers(mine, answer) : answer;
			if (sameContent(merged, mine)) continue;
			next.set(id, merged);
			restored++;
		}
		return { state: { ...current, answers: Object.fromEntries(next) }, restored };
	};

	const dismissNotice = () => {
		try {
			storage?.removeItem?.(noticeKey);
		} catch {
			// Nothing to do: the notice shows again next time.
		}
	};

	return {
		key,
		noticeKey,
		get readOnly() {
			return readOnly;
		},
		load,
		save,
		mergeFromStorageEvent,
		readRaw,
		restoreBackup,
		dismissNotice,
	};
}
