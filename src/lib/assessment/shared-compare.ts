/**
 * A shared assessment beside one's own: every item the link carries, in page order, with both answers
 * and whether they differ. Links made without notes carry no note, owner or N/A reason (share-codec.ts):
 * those fields are then not compared, since their absence says nothing about the sender's answers.
 */
import type { PlaybookModel } from './model';
import { hasContent, type Answer, type AssessmentState } from './state';

/** The fields a share link can carry, in the order the comparison shows them. */
export const SHARED_FIELDS = ['value', 'naReason', 'note', 'owner', 'due'] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];
/** Left out of links made without notes. */
const NOTE_FIELDS: readonly SharedField[] = ['naReason', 'note', 'owner'];

export interface SharedRow {
	id: string;
	checklistId: string;
	theirs: Answer;
	mine: Answer | undefined;
	/** The fields the two answers differ in (of those the link carries). */
	differs: SharedField[];
}

export interface SharedComparison {
	rows: SharedRow[];
	/** False when no answer in the link has a note, owner or N/A reason (shared without notes, or none written). */
	carriesNotes: boolean;
}

const answerOf = (state: AssessmentState, id: string) => (Object.hasOwn(state.answers, id) ? state.answers[id] : undefined);

export function compareShared(model: PlaybookModel, theirs: AssessmentState, mine: AssessmentState): SharedComparison {
	const carried = model.items.filter((item) => hasContent(answerOf(theirs, item.id)));
	const carriesNotes = carried.some((item) => NOTE_FIELDS.some((field) => answerOf(theirs, item.id)?.[field] !== undefined));
	const compared = carriesNotes ? SHARED_FIELDS : SHARED_FIELDS.filter((field) => !NOTE_FIELDS.includes(field));
	const rows = carried.map((item) => {
		const their = answerOf(theirs, item.id)!;
		const my = answerOf(mine, item.id);
		return { id: item.id, checklistId: item.checklistId, theirs: their, mine: my, differs: compared.filter((field) => their[field] !== my?.[field]) };
	});
	return { rows, carriesNotes };
}
