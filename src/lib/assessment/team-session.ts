/**
 * The team loaded on the team page, kept in this browser so that facilitator mode (another page, maybe
 * another tab) can show everyone's answers. Each member's state is read back through the one validator.
 */
import { readState } from './migrations';
import type { Member } from './team';
import { isRecord } from './validate';

/** Stored next to the user's own answers: `${storageKey}:team`. */
export const teamKey = (storageKey: string) => `${storageKey}:team`;

export function encodeTeam(members: readonly Member[]): string {
	return JSON.stringify(members.map((m) => ({ name: m.name, state: m.state })));
}

/** The members that can still be read; [] for anything else. Never throws. */
export function decodeTeam(text: string | null): Member[] {
	if (!text) return [];
	try {
		const raw: unknown = JSON.parse(text);
		if (!Array.isArray(raw)) return [];
		return raw.flatMap((entry): Member[] => {
			if (!isRecord(entry) || typeof entry.name !== 'string') return [];
			const read = readState(entry.state);
			return read.ok ? [{ name: entry.name.slice(0, 200), state: read.state }] : [];
		});
	} catch {
		return [];
	}
}
