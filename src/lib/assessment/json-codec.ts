/** The JSON export file (backup) and its import: parse, preview, then merge or replace. */
import { importFailure, importSuccess, compareStates, type ImportResult, type ItemChange } from './import-result';
import { mergeStates } from './merge';
import { MIGRATIONS, readState, type Migrations, type ReadFailure } from './migrations';
import type { PlaybookModel } from './model';
import type { Snapshot } from './snapshots';
import { ANSWER_FIELDS, hasContent, LIMITS, withFieldTimes, type Answer, type AnswerField, type AssessmentState } from './state';
import { isItemId, isRecord, isTimestamp } from './validate';

/** Files up to 2 MB are read (checked on `file.size` before reading, and again on the text). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** At most this many answers in a file (the playbook has a few hundred items; anything beyond is not ours). */
export const MAX_IMPORT_ANSWERS = 5000;

const ANSWER_KEYS = ['value', 'naReason', 'note', 'owner', 'due', 'textHash', 'updatedAt', 'fieldTimes'] as const;

/**
 * The export format, documented for users: the saved state plus the time of export.
 * { "format": "cbp-assessment", "version": 3, "playbookVersion": "…", "respondent"?: { "name"?, "role"? },
 *   "seller"?: { "markets": [codes], "channels": [codes], "categories": [codes], "fulfilment": [codes],
 *   "incoterm"?, "turnover"?, "headcount"?, "updatedAt": <ms> } (codes: src/lib/obligations/profile.ts),
 *   "exportedAt": <ms>, "lastExportedAt"?: <ms>,
 *   "answers": { "<item id>": { "value"?: 0|1|2|3|"na"|"unknown", "naReason"?, "note"?, "owner"?,
 *   "due"?: "YYYY-MM-DD", "textHash"?, "updatedAt": <ms> } } }
 * With a model, `"playbookItems": { "<item id>": "<statement hash>" }` lists the checklist items of the playbook that
 * wrote the file, so that a later import can name the items added since.
 * `"snapshots"?: [{ "takenAt": <ms>, "label"?, "playbookVersion", "values": { "<item id>": <value> } }]` carries
 * the snapshot history (snapshots.ts), newest first; optional, so readers that do not know it ignore it, and
 * its absence means "no history", never "delete the history". Import restores it (snapshotsFromExport,
 * mergeSnapshots).
 * Version 1 files (no `respondent`) and version 2 files (no `seller`) are still read (migrations.ts).
 * Text fields are plain text: nothing in them is ever interpreted as markup. Pretty-printed with a fixed key
 * order (answers sorted by id), so two exports of one state are identical.
 */
export function exportJson(state: AssessmentState, now: number, model?: PlaybookModel, snapshots: readonly Snapshot[] = []): string {
	const answers = Object.keys(state.answers)
		.sort()
		.map((id) => {
			const answer = state.answers[id];
			return [id, Object.fromEntries(ANSWER_KEYS.filter((k) => answer[k] !== undefined).map((k) => [k, answer[k]]))];
		});
	return JSON.stringify(
		{
			format: state.format,
			version: state.version,
			playbookVersion: state.playbookVersion,
			...(state.respondent ? { respondent: state.respondent } : {}),
			...(state.seller ? { seller: state.seller } : {}),
			exportedAt: now,
			...(state.lastExportedAt === undefined ? {} : { lastExportedAt: state.lastExportedAt }),
			answers: Object.fromEntries(answers),
			...(model ? { playbookItems: Object.fromEntries(model.items.map((item) => [item.id, item.textHash])) } : {}),
			...(snapshots.length ? { snapshots } : {}),
		},
		null,
		2
	);
}

/** UTF-8 size without allocating a copy. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) i++;
			bytes += next >= 0xdc00 && next <= 0xdfff ? 4 : 3;
		} else bytes += 3;
	}
	return bytes;
}

const READ_ERRORS: Record<ReadFailure, 'wrong-format' | 'unsupported-version' | 'invalid'> = {
	'not-object': 'wrong-format',
	'wrong-format': 'wrong-format',
	'future-version': 'unsupported-version',
	'no-migration': 'unsupported-version',
	invalid: 'invalid',
};

/** The file's `playbookItems` (id → statement hash), undefined when absent, 'bad' when malformed. */
function readPlaybookItems(raw: unknown): { id: string; textHash: string }[] | undefined | 'bad' {
	if (raw === undefined) return undefined;
	if (!isRecord(raw)) return 'bad';
	const items: { id: string; textHash: string }[] = [];
	for (const [id, textHash] of Object.entries(raw)) {
		if (!isItemId(id) || typeof textHash !== 'string' || textHash.length > LIMITS.textHash) return 'bad';
		items.push({ id, textHash });
	}
	return items;
}

/** The file-size check, before reading a file: a failure naming the limit, or undefined when it may be read. */
export function checkImportSize(bytes: number): Extract<ImportResult, { ok: false }> | undefined {
	return bytes > MAX_IMPORT_BYTES ? (importFailure('too-large', undefined, MAX_IMPORT_BYTES) as Extract<ImportResult, { ok: false }>) : undefined;
}

export interface ParseOptions {
	/** The user's current state, to list per-item changes; defaults to an empty state. */
	current?: AssessmentState;
	migrations?: Migrations;
	/** Timestamps later than this are clamped to it; defaults to the clock. */
	now?: number;
}

/**
 * Reads an export file. Never throws. Answers for items this playbook does not have, and answers with an
 * invalid or over-long field, are left out and listed in `rejected`; timestamps later than now are
 * clamped. `exportedAt` is checked, then dropped (the state keeps `lastExportedAt`).
 */
export function parseImport(text: string, model: PlaybookModel, options: ParseOptions = {}): ImportResult {
	try {
		if (typeof text !== 'string') return importFailure('invalid');
		// Cheap check first: a string of n UTF-16 units is at least n UTF-8 bytes.
		if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return importFailure('too-large', undefined, MAX_IMPORT_BYTES);
		let raw: unknown;
		try {
			raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
		} catch {
			return importFailure('not-json');
		}
		const answers = isRecord(raw) && isRecord(raw.answers) ? raw.answers : undefined;
		if (answers && Object.keys(answers).length > MAX_IMPORT_ANSWERS) return importFailure('too-many', 'answers', MAX_IMPORT_ANSWERS);
		const knownIds = new Set(model.items.map((item) => item.id));
		const read = readState(raw, options.migrations ?? MIGRATIONS, { now: options.now ?? Date.now(), knownIds });
		if (!read.ok) return importFailure(READ_ERRORS[read.reason], read.path);
		// readState only accepts objects, so `raw` is one here.
		const { exportedAt, playbookItems } = raw as { exportedAt?: unknown; playbookItems?: unknown };
		if (exportedAt !== undefined && !isTimestamp(exportedAt)) return importFailure('invalid', 'exportedAt');
		const previousItems = readPlaybookItems(playbookItems);
		if (previousItems === 'bad') return importFailure('invalid', 'playbookItems');
		return importSuccess(read.state, model, options.current, previousItems, read.rejected);
	} catch {
		return importFailure('internal');
	}
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
	items: ItemChange[];
	added: number;
	changed: number;
	removed: number;
	/** Items with content in both that stay as they are. */
	unchanged: number;
}

/**
 * Replace makes the imported answers the newest writes (`updatedAt = now`) and clears the current answers the file
 * lacks, so another open tab merging with this state cannot bring the replaced answers back.
 */
export function applyImport(
	current: AssessmentState,
	incoming: AssessmentState,
	mode: ImportMode,
	now: number
): AssessmentState {
	if (mode === 'merge') return mergeStates(current, incoming);
	const answers = new Map<string, Answer>();
	for (const id of Object.keys(current.answers)) answers.set(id, { updatedAt: now });
	const allNow = Object.fromEntries(ANSWER_FIELDS.map((field) => [field, now])) as Record<AnswerField, number>;
	for (const [id, answer] of Object.entries(incoming.answers)) answers.set(id, withFieldTimes({ ...answer, updatedAt: now }, allNow));
	const exported = [current.lastExportedAt, incoming.lastExportedAt].filter((t): t is number => t !== undefined);
	const respondent = incoming.respondent ?? current.respondent;
	// The file's profile replaces mine (as the newest write); mine stays when the file has none.
	const seller = incoming.seller ? { ...incoming.seller, updatedAt: Math.max(now, current.seller?.updatedAt ?? 0) } : current.seller;
	return {
		...incoming,
		...(respondent ? { respondent } : {}),
		...(seller ? { seller } : {}),
		answers: Object.fromEntries(answers),
		...(exported.length > 0 ? { lastExportedAt: Math.max(...exported) } : {}),
	};
}

function preview(current: AssessmentState, next: AssessmentState, model?: PlaybookModel): ImportPreview {
	const items = compareStates(current, next, model);
	const count = (kind: ItemChange['kind']) => items.filter((item) => item.kind === kind).length;
	const touched = new Set(items.map((item) => item.itemId));
	// Untouched means same content, so content in `next` means content in `current` too.
	const unchanged = Object.keys(next.answers).filter((id) => !touched.has(id) && hasContent(next.answers[id])).length;
	return { items, added: count('added'), changed: count('changed'), removed: count('removed'), unchanged };
}

/** What each import mode would change. Pass a model to list the items in page order. */
export function previewImport(
	current: AssessmentState,
	incoming: AssessmentState,
	model?: PlaybookModel
): Record<ImportMode, ImportPreview> {
	// `now` only moves timestamps, never content, so any value gives the same preview.
	return {
		merge: preview(current, applyImport(current, incoming, 'merge', 0), model),
		replace: preview(current, applyImport(current, incoming, 'replace', 0), model),
	};
}
