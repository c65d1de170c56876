/**
 * Guarded access to Web Storage: writes and backups whose failures come back as statuses, never as
 * exceptions. Everything an assessment page needs to save answers when nothing was stored before;
 * reading what is stored (parsing, migrating, salvaging, merging) is `storage.ts`, which loads only
 * when there is something to read.
 */

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem?(key: string): void;
}

/**
 * saved · quota (storage full) · denied (the browser refused the write: SecurityError, a storage policy…)
 * · unavailable (no storage at all) · read-only (the saved answers come from a newer version: never overwritten).
 */
export type SaveStatus = 'saved' | 'quota' | 'denied' | 'unavailable' | 'read-only';

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
		return isQuotaError(error) ? 'quota' : 'denied';
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

/** Where a store keeps the notice waiting for the user (see `storage.ts`). */
export const noticeKeyOf = (key: string) => `${key}:notice`;

/** Where the overview keeps its snapshots (see `snapshots.ts`). */
export const snapshotsKeyOf = (key: string) => `${key}:snapshots`;

/**
 * Whether storage holds anything a store must read under `key`: its value, or a notice waiting beside
 * it. True too when storage is missing or throws: the store's load reports that.
 */
export function hasStoredValue(storage: StorageLike | undefined, key: string): boolean {
	try {
		return !storage || storage.getItem(key) !== null || storage.getItem(noticeKeyOf(key)) !== null;
	} catch {
		return true;
	}
}
