/** Dated snapshots of the answer values, kept locally (max 20) to show what changed since a review. */
import { indexModel, type PlaybookModel } from './model';
import { isAnswerValue, isItemId, isRecord, isTimestamp } from './validate';
import {
	CURRENT_STATE_VERSION,
	getAnswer,
	LIMITS,
	STATE_FORMAT,
	truncate,
	type AnswerValue,
	type AssessmentState,
} from './state';
import { backupRaw, writeRaw, type SaveStatus, type StorageLike } from './storage-raw';

export const MAX_SNAPSHOTS = 20;
export const LABEL_LIMIT = 200;

export interface Snapshot {
	takenAt: number;
	label?: string;
	playbookVersion: string;
	/** Only values: notes stay out, so twenty snapshots fit easily in localStorage. */
	values: Record<string, AnswerValue>;
}

export function takeSnapshot(state: AssessmentState, now: number, label?: string): Snapshot {
	const values = Object.entries(state.answers).flatMap(([id, answer]) =>
		answer.value === undefined ? [] : [[id, answer.value] as const]
	);
	return {
		takenAt: now,
		...(label ? { label: truncate(label, LABEL_LIMIT) } : {}),
		playbookVersion: state.playbookVersion,
		values: Object.fromEntries(values),
	};
}

/** Newest first; beyond `max`, the oldest are dropped. */
export function addSnapshot(list: readonly Snapshot[], snapshot: Snapshot, max = MAX_SNAPSHOTS): Snapshot[] {
	return [snapshot, ...list].sort((a, b) => b.takenAt - a.takenAt).slice(0, max);
}

/** The list without the snapshot taken at `takenAt` (times are unique: a snapshot is named by its time). */
export function removeSnapshot(list: readonly Snapshot[], takenAt: number): Snapshot[] {
	return list.filter((s) => s.takenAt !== takenAt);
}

/** A snapshot's values as a state, so the current-state comparisons and scores work on it. */
export function snapshotState(snapshot: Snapshot): AssessmentState {
	const answers = Object.fromEntries(Object.entries(snapshot.values).map(([id, value]) => [id, { value, updatedAt: snapshot.takenAt }]));
	return { format: STATE_FORMAT, version: CURRENT_STATE_VERSION, playbookVersion: snapshot.playbookVersion, answers };
}

export interface ValueChange {
	itemId: string;
	from?: AnswerValue;
	to?: AnswerValue;
}

/** Items whose value differs between the snapshot and now; page order with a model, else by id. */
export function changesSince(snapshot: Snapshot, state: AssessmentState, model?: PlaybookModel): ValueChange[] {
	const ids = [...new Set([...Object.keys(snapshot.values), ...Object.keys(state.answers)])];
	const position = model ? indexModel(model).position : new Map<string, number>();
	ids.sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
	const changes: ValueChange[] = [];
	for (const itemId of ids) {
		const from = Object.hasOwn(snapshot.values, itemId) ? snapshot.values[itemId] : undefined;
		const to = getAnswer(state, itemId)?.value;
		if (from !== to)
			changes.push({ itemId, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
	}
	return changes;
}

/** One stored snapshot, checked with the same rules as the answers (validate.ts); undefined when malformed. */
function readSnapshot(raw: unknown): Snapshot | undefined {
	if (!isRecord(raw) || !isTimestamp(raw.takenAt) || !isRecord(raw.values)) return undefined;
	if (raw.label !== undefined && (typeof raw.label !== 'string' || raw.label.length > LABEL_LIMIT)) return undefined;
	if (typeof raw.playbookVersion !== 'string' || raw.playbookVersion.length > LIMITS.version) return undefined;
	const values = new Map<string, AnswerValue>();
	for (const [id, value] of Object.entries(raw.values)) {
		if (!isItemId(id) || !isAnswerValue(value)) return undefined;
		values.set(id, value);
	}
	return {
		takenAt: raw.takenAt,
		...(raw.label === undefined ? {} : { label: raw.label }),
		playbookVersion: raw.playbookVersion,
		values: Object.fromEntries(values),
	};
}

/** The stored file's snapshots, or undefined when any part is malformed. */
function readFile(raw: unknown): Snapshot[] | undefined {
	if (!isRecord(raw) || raw.format !== 'cbp-snapshots' || raw.version !== 1 || !Array.isArray(raw.snapshots)) return undefined;
	const snapshots: Snapshot[] = [];
	for (const entry of raw.snapshots) {
		const snapshot = readSnapshot(entry);
		if (!snapshot) return undefined;
		snapshots.push(snapshot);
	}
	return snapshots;
}

// ---- in the JSON export (json-codec.ts writes them as the envelope's optional `snapshots`) -----------------

/** What the `snapshots` field of an export file held: the readable snapshots, and the positions of the others. */
export interface ExportedSnapshots {
	snapshots: Snapshot[];
	/** Zero-based positions in the file's list of entries that are not snapshots (left out, reported). */
	invalid: number[];
}

/**
 * The snapshot history carried by an export file's text, or undefined when the text is not an assessment
 * export or has no `snapshots` field (older files, other tools). Never throws. A `snapshots` that is not a
 * list counts as one invalid entry, so the user hears about it.
 */
export function snapshotsFromExport(text: string): ExportedSnapshots | undefined {
	let raw: unknown;
	try {
		raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch {
		return undefined;
	}
	if (!isRecord(raw) || raw.format !== STATE_FORMAT || raw.snapshots === undefined) return undefined;
	if (!Array.isArray(raw.snapshots)) return { snapshots: [], invalid: [0] };
	const result: ExportedSnapshots = { snapshots: [], invalid: [] };
	raw.snapshots.forEach((entry: unknown, index: number) => {
		const snapshot = readSnapshot(entry);
		if (snapshot) result.snapshots.push(snapshot);
		else result.invalid.push(index);
	});
	return result;
}

export interface SnapshotMerge {
	/** The history after the merge, newest first. */
	snapshots: Snapshot[];
	/** Snapshots from the file added to the history. */
	added: number;
	/** Snapshots from the file already in the history (same time), or twice in the file: skipped. */
	duplicates: number;
	/** Snapshots from the file left out because the history already holds `max`: still in the file. */
	full: number;
}

/**
 * Restores a file's snapshots into the local history. A snapshot is named by the time it was taken, so a
 * file snapshot with the time of one already kept is the same snapshot and is skipped. Nothing kept locally
 * is ever dropped: the file's snapshots fill the free places up to `max`, newest first.
 */
export function mergeSnapshots(local: readonly Snapshot[], incoming: readonly Snapshot[], max = MAX_SNAPSHOTS): SnapshotMerge {
	const seen = new Set(local.map((s) => s.takenAt));
	const fresh: Snapshot[] = [];
	let duplicates = 0;
	for (const snapshot of incoming) {
		if (seen.has(snapshot.takenAt)) duplicates++;
		else {
			seen.add(snapshot.takenAt);
			fresh.push(snapshot);
		}
	}
	fresh.sort((a, b) => b.takenAt - a.takenAt);
	const room = Math.max(0, max - local.length);
	const kept = fresh.slice(0, room);
	return {
		snapshots: [...local, ...kept].sort((a, b) => b.takenAt - a.takenAt),
		added: kept.length,
		duplicates,
		full: fresh.length - kept.length,
	};
}

export type SnapshotLoad =
	| { snapshots: Snapshot[]; status: 'fresh' | 'loaded' | 'unavailable' }
	| { snapshots: Snapshot[]; status: 'corrupt'; backupKey?: string };

/** Same mechanics as the answer store: corrupt values are backed up, missing storage means memory only. */
export function createSnapshotStore({
	storage,
	key,
	now = Date.now,
}: {
	storage: StorageLike | undefined;
	key: string;
	now?: () => number;
}) {
	let memoryOnly = storage === undefined;
	let memory: Snapshot[] = [];

	const save = (snapshots: Snapshot[]): SaveStatus => {
		memory = snapshots;
		if (memoryOnly || !storage) return 'unavailable';
		return writeRaw(storage, key, JSON.stringify({ format: 'cbp-snapshots', version: 1, snapshots }));
	};

	const load = (): SnapshotLoad => {
		if (memoryOnly || !storage) return { snapshots: memory, status: 'unavailable' };
		let raw: string | null;
		try {
			raw = storage.getItem(key);
		} catch {
			memoryOnly = true;
			return { snapshots: memory, status: 'unavailable' };
		}
		if (raw === null) return { snapshots: (memory = []), status: 'fresh' };
		let parsed: Snapshot[] | undefined;
		try {
			parsed = readFile(JSON.parse(raw));
		} catch {
			// not JSON
		}
		if (parsed) {
			memory = [...parsed].sort((a, b) => b.takenAt - a.takenAt).slice(0, MAX_SNAPSHOTS);
			return { snapshots: memory, status: 'loaded' };
		}
		memory = [];
		const backupKey = backupRaw(storage, key, raw, now());
		if (backupKey === undefined) memoryOnly = true;
		else save([]);
		return { snapshots: [], status: 'corrupt', ...(backupKey === undefined ? {} : { backupKey }) };
	};

	/** Adds a snapshot and saves; when the quota is full, drops the oldest until it fits (keeping the new one). */
	const add = (list: readonly Snapshot[], snapshot: Snapshot): { snapshots: Snapshot[]; status: SaveStatus } => {
		let snapshots = addSnapshot(list, snapshot);
		let status = save(snapshots);
		while (status === 'quota' && snapshots.length > 1) {
			snapshots = snapshots.slice(0, -1);
			status = save(snapshots);
		}
		return { snapshots, status };
	};

	return { key, load, save, add };
}
