/** Keeps the assessment in a Storage-like object (localStorage), surviving corrupt data, private mode and full quota. */
import { mergeStates } from './merge';
import { MIGRATIONS, readState, type Migrations, type ReadFailure, type ReadResult } from './migrations';
import type { PlaybookModel } from './model';
import { emptyState, type AssessmentState } from './state';
import { diffPlaybook, emptyDiff, type PlaybookDiff } from './version-diff';

export { MIGRATIONS, type Migration, type Migrations } from './migrations';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export type SaveStatus = 'saved' | 'unavailable' | 'quota';

interface LoadBase {
	state: AssessmentState;
	/** The saved state was made against another playbook version (not an error: see `diff`). */
	playbookVersionChanged: boolean;
	diff: PlaybookDiff;
}
export type LoadResult =
	| (LoadBase & { status: 'fresh' | 'loaded' | 'migrated' | 'unavailable' })
	| (LoadBase & {
			status: 'corrupt';
			/** Where the unreadable value was copied; undefined if even that write failed (then nothing is overwritten). */
			backupKey?: string;
			raw: string;
			reason: ReadFailure | 'not-json';
	  });

/** QuotaExceededError across browsers (the legacy codes are Safari's and Firefox's). */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Writes a value, mapping exceptions to a status. */
export function writeRaw(storage: StorageLike, key: string, value: string): SaveStatus {
	try {
		storage.setItem(key, value);
		return 'saved';
	} catch (error) {
		return isQuotaError(error) ? 'quota' : 'unavailable';
	}
}

/**
 * Copies an unreadable value to `${key}:backup:${timestamp}` (suffixed if that key holds something else).
 * Backups are never deleted by this code. Returns the key, or undefined when the copy could not be written.
 */
export function backupRaw(storage: StorageLike, key: string, raw: string, timestamp: number): string | undefined {
	try {
		for (let attempt = 0; attempt < 100; attempt++) {
			const backupKey = `${key}:backup:${timestamp}${attempt ? `-${attempt}` : ''}`;
			const existing = storage.getItem(backupKey);
			if (existing === raw) return backupKey;
			if (existing !== null) continue;
			storage.setItem(backupKey, raw);
			return backupKey;
		}
	} catch {
		// Quota or access failure: the caller must not overwrite the original.
	}
	return undefined;
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
	load(): LoadResult;
	save(state: AssessmentState): SaveStatus;
	/**
	 * Merges the value another tab wrote (a `storage` event's newValue); unreadable or null values change
	 * nothing. When this tab holds newer answers than that value, the merge is written back, so storage
	 * never keeps a state that lost one tab's edit (and the tabs stop writing once they agree).
	 */
	mergeFromStorageEvent(current: AssessmentState, newValue: string | null): AssessmentState;
}

/** True when `ours` has an answer that `theirs` lacks or holds an older version of. */
function hasNewer(ours: AssessmentState, theirs: AssessmentState): boolean {
	return Object.entries(ours.answers).some(
		([id, answer]) => !Object.hasOwn(theirs.answers, id) || theirs.answers[id].updatedAt < answer.updatedAt
	);
}

export function createStore({ storage, key, model, now = Date.now, migrations = MIGRATIONS }: StoreOptions): Store {
	// Set when storage is missing, throws on read, or holds a corrupt value we could not back up.
	let memoryOnly = storage === undefined;
	// The last state loaded or saved, so a memory-only session keeps its edits across load() calls.
	let memory: AssessmentState | undefined;

	const result = (state: AssessmentState, status: 'fresh' | 'loaded' | 'migrated' | 'unavailable'): LoadResult => {
		memory = state;
		const changed = state.playbookVersion !== model.version;
		return { state, status, playbookVersionChanged: changed, diff: diffPlaybook(state, model) };
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
		let reason: ReadFailure | 'not-json' = 'not-json';
		try {
			parsed = JSON.parse(raw);
			const read = readState(parsed, migrations);
			if (read.ok) return result(read.state, read.migrated ? 'migrated' : 'loaded');
			reason = read.reason;
		} catch {
			// not JSON
		}
		const fresh = emptyState(model);
		memory = fresh;
		const backupKey = backupRaw(storage, key, raw, now());
		if (backupKey === undefined) memoryOnly = true;
		else writeRaw(storage, key, JSON.stringify(fresh)); // so the next load does not back up the same value again
		return {
			state: fresh,
			status: 'corrupt',
			...(backupKey === undefined ? {} : { backupKey }),
			raw,
			reason,
			playbookVersionChanged: false,
			diff: emptyDiff(),
		};
	};

	const save = (state: AssessmentState): SaveStatus => {
		memory = state;
		if (memoryOnly || !storage) return 'unavailable';
		return writeRaw(storage, key, JSON.stringify(state));
	};

	const mergeFromStorageEvent = (current: AssessmentState, newValue: string | null): AssessmentState => {
		if (newValue === null) return current;
		let read: ReadResult;
		try {
			read = readState(JSON.parse(newValue), migrations);
		} catch {
			return current;
		}
		if (!read.ok) return current;
		memory = mergeStates(current, read.state);
		if (hasNewer(memory, read.state)) save(memory);
		return memory;
	};

	return { key, load, save, mergeFromStorageEvent };
}
