/**
 * "Delete all my answers" and the progress read on the checklist index: both work on what this browser
 * stores under the assessment's key (`cbp-assessment`) and the keys beside it (`…:notice`,
 * `…:backup:<time>`, `…:snapshots`, `…:team`, `…:agreed`).
 */
import { readState } from './migrations';
import { countsAsAnswered } from './scoring';
import { getAnswer, needsNaReason } from './state';

/** The part of the Web Storage API that can list and remove keys. */
export interface ListableStorage {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	removeItem(key: string): void;
}

/** Every key of the assessment in this storage: the answers and everything stored beside them. */
export function assessmentKeys(storage: ListableStorage, key: string): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const name = storage.key(i);
		if (name !== null && (name === key || name.startsWith(`${key}:`))) keys.push(name);
	}
	return keys.sort();
}

export interface EraseResult {
	removed: string[];
	/** Keys still there afterwards (the browser refused to remove them). */
	failed: string[];
}

/** Removes the answers, their backups, snapshots and team data from this browser; says what is left. */
export function eraseAssessment(storage: ListableStorage, key: string): EraseResult {
	const keys = assessmentKeys(storage, key);
	for (const name of keys) {
		try {
			storage.removeItem(name);
		} catch {
			// Reported below: the key is still there.
		}
	}
	const left = new Set(assessmentKeys(storage, key));
	return { removed: keys.filter((name) => !left.has(name)), failed: keys.filter((name) => left.has(name)) };
}

export interface ChecklistProgress {
	answered: number;
	total: number;
	/** N/A without its reason: not counted as answered. */
	missingReason: number;
}

/** Answered items of one checklist in the stored answers (raw storage text); null when nothing readable is stored. */
export function storedProgress(raw: string | null, itemIds: readonly string[]): ChecklistProgress | null {
	if (raw === null) return null;
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return null;
	}
	const read = readState(parsed);
	if (!read.ok) return null;
	let answered = 0;
	let missingReason = 0;
	for (const id of itemIds) {
		const answer = getAnswer(read.state, id);
		if (countsAsAnswered(answer)) answered++;
		else if (needsNaReason(answer)) missingReason++;
	}
	return { answered, total: itemIds.length, missingReason };
}
