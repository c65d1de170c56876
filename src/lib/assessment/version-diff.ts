/** What changed in the playbook since a state was last saved: removed, added and reworded items. */
import { indexModel, type PlaybookModel } from './model';
import { hasContent, isAnswered, type AssessmentState } from './state';

export interface PlaybookDiff {
	/** Ids with a saved answer (or note, owner, due date) that the playbook no longer has; sorted. */
	removed: string[];
	/** Items new since `previousItems` that have no answer yet, in page order (empty without `previousItems`). */
	added: string[];
	/** Answered items whose statement changed since they were answered, in page order. */
	reworded: string[];
}

export function diffPlaybook(
	state: AssessmentState,
	model: PlaybookModel,
	previousItems?: { id: string; textHash: string }[]
): PlaybookDiff {
	const index = indexModel(model);
	const previous = previousItems ? new Map(previousItems.map((item) => [item.id, item.textHash])) : undefined;
	const removed = Object.entries(state.answers)
		.filter(([id, answer]) => !index.item.has(id) && hasContent(answer))
		.map(([id]) => id)
		.sort();
	const added: string[] = [];
	const reworded: string[] = [];
	for (const item of model.items) {
		const answer = Object.hasOwn(state.answers, item.id) ? state.answers[item.id] : undefined;
		if (previous && !previous.has(item.id) && !isAnswered(answer)) added.push(item.id);
		if (!isAnswered(answer)) continue;
		// Without a stored hash, fall back to the previous version's hash when the caller knows it.
		const answeredHash = answer?.textHash ?? previous?.get(item.id);
		if (answeredHash !== undefined && answeredHash !== item.textHash) reworded.push(item.id);
	}
	return { removed, added, reworded };
}

export function emptyDiff(): PlaybookDiff {
	return { removed: [], added: [], reworded: [] };
}
