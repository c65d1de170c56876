/** The action plan: open gaps ranked by the risk they would remove. */
import { indexModel, type ModelItem, type PlaybookModel } from './model';
import { scoredLevel } from './scoring';
import { getAnswer, type AssessmentState, type Level } from './state';

export interface Action {
	itemId: string;
	checklistId: string;
	sectionId: string;
	weight: 1 | 2 | 3;
	/** The current level (0 for "don't know" and unanswered; see `status`). */
	level: Level;
	status: 'level' | 'unknown' | 'unanswered';
	/** Expected reduction of Σ inherent L × I if the item reached level 3. */
	reduction: number;
	risks: string[];
	strategy?: string;
	owner?: string;
	due?: string;
}

// Reductions are sums of float products; treat nearly equal ones as tied so the weight/page-order rule applies.
const EPSILON = 1e-9;

/**
 * Open gaps are items not at level 3 and not N/A (unknown and unanswered included). An item's reduction is
 * Σ over the risks it mitigates of L × I × (3 − level)/3 × weight / (Σ weight of that risk's applicable items).
 * N/A items are left out of that denominator, as they are left out of the risk's coverage (residual.ts).
 * Sorted by reduction, then weight (both descending), then page order.
 */
export function actionPlan(model: PlaybookModel, state: AssessmentState): Action[] {
	const index = indexModel(model);
	const riskWeight = new Map<string, number>();
	for (const riskId of index.byRisk.keys()) riskWeight.set(riskId, applicableRiskWeight(model, state, riskId));
	const actions: Action[] = [];
	for (const item of model.items) {
		const action = actionFor(model, state, item, riskWeight);
		if (action) actions.push(action);
	}
	return rankActions(model, actions);
}

/** Σ weight of a risk's applicable (not N/A) items: the denominator of its items' reductions. */
export function applicableRiskWeight(model: PlaybookModel, state: AssessmentState, riskId: string): number {
	let total = 0;
	for (const item of indexModel(model).byRisk.get(riskId) ?? []) if (scoredLevel(getAnswer(state, item.id)) !== null) total += item.weight;
	return total;
}

/** One item's action, or undefined when it is no open gap (level 3 or N/A). `riskWeight` as `applicableRiskWeight`. */
export function actionFor(model: PlaybookModel, state: AssessmentState, item: ModelItem, riskWeight: ReadonlyMap<string, number>): Action | undefined {
	const index = indexModel(model);
	const answer = getAnswer(state, item.id);
	const level = scoredLevel(answer);
	if (level === null || level === 3) return undefined;
	let reduction = 0;
	for (const riskId of item.mitigates) {
		const risk = index.risk.get(riskId);
		const total = riskWeight.get(riskId) ?? 0;
		if (risk && total > 0) reduction += ((risk.likelihood * risk.impact * (3 - level)) / 3) * (item.weight / total);
	}
	return {
		itemId: item.id,
		checklistId: item.checklistId,
		sectionId: item.sectionId,
		weight: item.weight,
		level,
		status: answer?.value === undefined ? 'unanswered' : answer.value === 'unknown' ? 'unknown' : 'level',
		reduction,
		risks: [...item.mitigates],
		...(item.implements === undefined ? {} : { strategy: item.implements }),
		...(answer?.owner === undefined ? {} : { owner: answer.owner }),
		...(answer?.due === undefined ? {} : { due: answer.due }),
	};
}

/** Sorts actions in place by the plan's order (see `actionPlan`) and returns them. */
export function rankActions(model: PlaybookModel, actions: Action[]): Action[] {
	const { position } = indexModel(model);
	return actions.sort((a, b) => {
		if (Math.abs(a.reduction - b.reduction) > EPSILON) return b.reduction - a.reduction;
		return b.weight - a.weight || position.get(a.itemId)! - position.get(b.itemId)!;
	});
}
