/** Reads a stored or imported state of any known version: migrates older versions, validates with the schema. */
import { CURRENT_STATE_VERSION, STATE_FORMAT, type AssessmentState } from './state';
import { guardState, type GuardResult } from './state-guard';

/** Validates a current-version state: `guardState` (no zod) or the zod schema, which are equivalent. */
export type Validate = (raw: unknown) => GuardResult;

/** Turns a state of version n (an untrusted plain object) into version n + 1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
/** Keyed by the version a step migrates from. */
export type Migrations = Readonly<Record<number, Migration>>;

/** No older state version has been released yet. Add `0: (v0) => v1` here when version 2 ships, etc. */
export const MIGRATIONS: Migrations = Object.freeze({});

export type ReadFailure = 'not-object' | 'wrong-format' | 'future-version' | 'no-migration' | 'invalid';
export type ReadResult =
	{ ok: true; state: AssessmentState; migrated: boolean } | { ok: false; reason: ReadFailure; path?: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Never throws: a throwing migration or a schema failure is reported as `invalid`. */
export function readState(raw: unknown, migrations: Migrations = MIGRATIONS, validate: Validate = guardState): ReadResult {
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
	const checked = validate(current);
	if (!checked.ok) return { ok: false, reason: 'invalid', ...(checked.path ? { path: checked.path.slice(0, 200) } : {}) };
	return { ok: true, state: checked.state, migrated: from < CURRENT_STATE_VERSION };
}
