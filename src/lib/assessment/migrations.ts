/** Reads a stored or imported state of any known version: migrates older versions, then salvages (validate.ts). */
import { CURRENT_STATE_VERSION, STATE_FORMAT, type AssessmentState } from './state';
import { isRecord, salvageState, type Rejected, type SalvageOptions } from './validate';

/** Turns a state of version n (an untrusted plain object) into version n + 1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
/** Keyed by the version a step migrates from. */
export type Migrations = Readonly<Record<number, Migration>>;

/**
 * Version 2 added the optional `respondent`: a version 1 state is a version 2 state without one.
 * Version 3 added the optional seller profile `seller`: a version 2 state is a version 3 state without one.
 */
export const MIGRATIONS: Migrations = Object.freeze({
	1: (v1: Record<string, unknown>) => {
		const { respondent: _none, ...rest } = v1;
		return { ...rest, version: 2 };
	},
	2: (v2: Record<string, unknown>) => {
		const { seller: _none, ...rest } = v2;
		return { ...rest, version: 3 };
	},
});

export type ReadFailure = 'not-object' | 'wrong-format' | 'future-version' | 'no-migration' | 'invalid';
export type ReadResult =
	| { ok: true; state: AssessmentState; migrated: boolean; /** Answers (and header fields) left out, by item. */ rejected: Rejected[] }
	| { ok: false; reason: ReadFailure; path?: string };

/**
 * Never throws: a throwing migration or a value that is not a state at all is reported as `invalid`.
 * Invalid answers inside a valid state do not fail the read: they are left out and listed in `rejected`.
 */
export function readState(raw: unknown, migrations: Migrations = MIGRATIONS, options: SalvageOptions = {}): ReadResult {
	if (!isRecord(raw)) return { ok: false, reason: 'not-object' };
	// Old versions may predate the format tag; a different tag is someone else's file, whatever its version.
	if (raw.format !== undefined && raw.format !== STATE_FORMAT) return { ok: false, reason: 'wrong-format' };
	const from = raw.version;
	if (typeof from !== 'number' || !Number.isSafeInteger(from) || from < 0) return { ok: false, reason: 'wrong-format' };
	if (from > CURRENT_STATE_VERSION) return { ok: false, reason: 'future-version' };
	let current: unknown = raw;
	try {
		for (let version = from; version < CURRENT_STATE_VERSION; version++) {
			const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
			if (!step || !isRecord(current)) return { ok: false, reason: 'no-migration' };
			current = step(current);
		}
	} catch {
		return { ok: false, reason: 'invalid' };
	}
	if (!isRecord(current) || current.format !== STATE_FORMAT) return { ok: false, reason: 'wrong-format' };
	const checked = salvageState(current, options);
	if (!checked.ok) return { ok: false, reason: 'invalid', ...(checked.path ? { path: checked.path.slice(0, 200) } : {}) };
	return { ok: true, state: checked.state, migrated: from < CURRENT_STATE_VERSION, rejected: checked.rejected };
}
