/** The JSON export file (backup) and its import: parse, preview, then merge or replace. */
import { z } from 'zod/mini';
import { importFailure, importSuccess, compareStates, type ImportResult, type ItemChange } from './import-result';
import { mergeStates } from './merge';
import { MIGRATIONS, readState, type Migrations, type ReadFailure } from './migrations';
import type { PlaybookModel } from './model';
import { hasContent, LIMITS, type Answer, type AssessmentState } from './state';
import { itemIdSchema, timestampSchema, validateWithSchema } from './state-schema';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const ANSWER_KEYS = ['value', 'naReason', 'note', 'owner', 'due', 'textHash', 'updatedAt'] as const;

/**
 * The export format, documented for users: the saved state plus the time of export.
 * { "format": "cbp-assessment", "version": 1, "playbookVersion": "…", "exportedAt": <ms>, "lastExportedAt"?: <ms>,
 *   "answers": { "<item id>": { "value"?: 0|1|2|3|"na"|"unknown", "naReason"?, "note"?, "owner"?,
 *   "due"?: "YYYY-MM-DD", "textHash"?, "updatedAt": <ms> } } }
 * With a model, `"playbookItems": { "<item id>": "<statement hash>" }` lists the checklist items of the playbook that
 * wrote the file, so that a later import can name the items added since.
 * Text fields are plain text: nothing in them is ever interpreted as markup. Pretty-printed with a fixed key
 * order (answers sorted by id), so two exports of one state are identical.
 */
export function exportJson(state: AssessmentState, now: number, model?: PlaybookModel): string {
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
			exportedAt: now,
			...(state.lastExportedAt === undefined ? {} : { lastExportedAt: state.lastExportedAt }),
			answers: Object.fromEntries(answers),
			...(model ? { playbookItems: Object.fromEntries(model.items.map((item) => [item.id, item.textHash])) } : {}),
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

const exportedAtSchema = z.optional(timestampSchema);
// A record, not an array of pairs: array schemas would grow the zod code the checklist island shares.
const playbookItemsSchema = z.optional(z.record(itemIdSchema, z.string().check(z.maxLength(LIMITS.textHash))));

export interface ParseOptions {
	/** The user's current state, to list per-item changes; defaults to an empty state. */
	current?: AssessmentState;
	migrations?: Migrations;
}

/** Reads an export file. Never throws; `exportedAt` is checked, then dropped (the state keeps `lastExportedAt`). */
export function parseImport(text: string, model: PlaybookModel, options: ParseOptions = {}): ImportResult {
	try {
		if (typeof text !== 'string') return importFailure('invalid');
		// Cheap check first: a string of n UTF-16 units is at least n UTF-8 bytes.
		if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return importFailure('too-large');
		let raw: unknown;
		try {
			raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
		} catch {
			return importFailure('not-json');
		}
		// Files from outside are checked against the documented zod schema.
		const read = readState(raw, options.migrations ?? MIGRATIONS, validateWithSchema);
		if (!read.ok) return importFailure(READ_ERRORS[read.reason], read.path);
		// readState only accepts objects, so `raw` is one here.
		if (!exportedAtSchema.safeParse((raw as { exportedAt?: unknown }).exportedAt).success) {
			return importFailure('invalid', 'exportedAt');
		}
		const items = playbookItemsSchema.safeParse((raw as { playbookItems?: unknown }).playbookItems);
		if (!items.success) return importFailure('invalid', 'playbookItems');
		const previousItems = items.data && Object.entries(items.data).map(([id, textHash]) => ({ id, textHash }));
		return importSuccess(read.state, model, options.current, previousItems);
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
	for (const [id, answer] of Object.entries(incoming.answers)) answers.set(id, { ...answer, updatedAt: now });
	const exported = [current.lastExportedAt, incoming.lastExportedAt].filter((t): t is number => t !== undefined);
	return {
		...incoming,
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
