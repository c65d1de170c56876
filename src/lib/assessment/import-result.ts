/** The result shared by file import and share links: a checked state with its diff, or a bilingual error. */
import { indexModel, type PlaybookModel } from './model';
import { emptyState, hasContent, type Answer, type AssessmentState } from './state';
import { diffPlaybook, type PlaybookDiff } from './version-diff';

export type ImportErrorCode =
	'too-large' | 'not-json' | 'wrong-format' | 'unsupported-version' | 'invalid' | 'bad-encoding' | 'internal';

export interface Bilingual {
	zh: string;
	en: string;
}

export const IMPORT_ERROR_MESSAGES: Readonly<Record<ImportErrorCode, Bilingual>> = {
	'too-large': { zh: '内容太大，无法导入。', en: 'This is too large to import.' },
	'not-json': { zh: '这不是有效的 JSON 文件。', en: 'This is not a valid JSON file.' },
	'wrong-format': {
		zh: '这不是本手册导出的自评数据。',
		en: 'This is not a self-assessment exported from this playbook.',
	},
	'unsupported-version': {
		zh: '数据来自不受支持的版本，请先更新页面再试。',
		en: 'The data comes from an unsupported version; reload the page and try again.',
	},
	invalid: {
		zh: '数据内容有误或不完整，未导入任何内容。',
		en: 'The data is damaged or incomplete; nothing was imported.',
	},
	'bad-encoding': { zh: '链接已损坏或不完整。', en: 'The link is damaged or incomplete.' },
	internal: {
		zh: '导入时出现意外错误，未导入任何内容。',
		en: 'Something unexpected went wrong; nothing was imported.',
	},
};

export interface ImportError {
	code: ImportErrorCode;
	message: Bilingual;
	/** Where validation failed, e.g. "answers.pc-eu-rp.note" (untrusted text: render it as text). */
	path?: string;
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
	  }
	| { ok: false; error: ImportError };

export function importFailure(code: ImportErrorCode, path?: string): ImportResult {
	return { ok: false, error: { code, message: IMPORT_ERROR_MESSAGES[code], ...(path ? { path } : {}) } };
}

const FIELDS = ['value', 'naReason', 'note', 'owner', 'due'] as const;

/** Same user-visible content (timestamps and text hashes are bookkeeping). */
export function sameContent(a: Answer | undefined, b: Answer | undefined): boolean {
	return FIELDS.every((field) => a?.[field] === b?.[field]);
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
	previousItems?: { id: string; textHash: string }[]
): ImportResult {
	return {
		ok: true,
		state,
		diff: { ...diffPlaybook(state, model, previousItems), playbookVersionChanged: state.playbookVersion !== model.version },
		changes: compareStates(current ?? emptyState(model), state, model),
	};
}
