/** The result shared by file import and share links: a checked state with its diff, or an error code (the views word it). */
import { indexModel, type PlaybookModel } from './model';
import { emptyState, hasContent, sameContent, type Answer, type AssessmentState } from './state';
import { diffPlaybook, type PlaybookDiff } from './version-diff';
import type { Rejected } from './validate';

export type ImportErrorCode =
	'too-large' | 'too-many' | 'not-json' | 'wrong-format' | 'unsupported-version' | 'invalid' | 'bad-encoding' | 'internal';
export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = ['too-large', 'too-many', 'not-json', 'wrong-format', 'unsupported-version', 'invalid', 'bad-encoding', 'internal'];

export interface ImportError {
	code: ImportErrorCode;
	/** Where validation failed, e.g. "answers.pc-eu-rp.note" (untrusted text: render it as text). */
	path?: string;
	/** For 'too-large' and 'too-many': the limit that was passed (bytes of a file, characters of a link, answers). */
	limit?: number;
}

export interface ItemChange {
	itemId: string;
	kind: 'added' | 'changed' | 'removed';
	from?: Answer;
	to?: Answer;
}

export type ImportResult =
	| {
			ok: true;
			state: AssessmentState;
			diff: PlaybookDiff & { playbookVersionChanged: boolean };
			/** How the imported answers differ from the current ones (as a replace would apply them). */
			changes: ItemChange[];
			/** Answers left out: unknown item ids, invalid or over-long fields (listed in the preview). */
			rejected: Rejected[];
	  }
	| { ok: false; error: ImportError };

export function importFailure(code: ImportErrorCode, path?: string, limit?: number): ImportResult {
	return { ok: false, error: { code, ...(path ? { path } : {}), ...(limit === undefined ? {} : { limit }) } };
}

const own = (state: AssessmentState, id: string) => (Object.hasOwn(state.answers, id) ? state.answers[id] : undefined);

/** Per-item content changes from `before` to `after`, in page order (ids unknown to the model last, sorted). */
export function compareStates(before: AssessmentState, after: AssessmentState, model?: PlaybookModel): ItemChange[] {
	const ids = [...new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])];
	const position = model ? indexModel(model).position : new Map<string, number>();
	ids.sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
	const changes: ItemChange[] = [];
	for (const itemId of ids) {
		const from = own(before, itemId);
		const to = own(after, itemId);
		if (sameContent(from, to)) continue;
		const kind = !hasContent(from) ? 'added' : !hasContent(to) ? 'removed' : 'changed';
		changes.push({ itemId, kind, ...(from ? { from } : {}), ...(to ? { to } : {}) });
	}
	return changes;
}

export function importSuccess(
	state: AssessmentState,
	model: PlaybookModel,
	current?: AssessmentState,
	/** The items of the playbook that wrote the file, when it says (to list the items added since). */
	previousItems?: { id: string; textHash: string }[],
	rejected: Rejected[] = []
): ImportResult {
	return {
		ok: true,
		state,
		rejected,
		diff: { ...diffPlaybook(state, model, previousItems), playbookVersionChanged: state.playbookVersion !== model.version },
		changes: compareStates(current ?? emptyState(model), state, model),
	};
}
