/**
 * The action plan: answered items below their target, ranked by the risk they would remove; and, apart
 * from it, the items not yet assessed (unanswered, or N/A still missing its reason).
 */
import { indexModel, type ModelItem, type PlaybookModel } from './model';
import { answerStatus, scoredLevel, type Targets } from './scoring';
import { getAnswer, type AssessmentState, type Level } from './state';

export interface Action {
	itemId: string;
	checklistId: string;
	sectionId: string;
	weight: 1 | 2 | 3;
	/** The current level (0 for "don't know"; see `status`). */
	level: Level;
	status: 'level' | 'unknown';
	/** The level the item should reach: the profile's target, or 3 without one. */
	target: Level;
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
 * Actions are answered items (a level or "don't know") below their target: the profile's target when given
 * (an item targeted at 0 is never an action), else level 3. Unanswered items are not actions (they are
 * listed by `notAssessed`); N/A is not. An item's reduction is Σ over the risks it mitigates of
 * L × I × (3 − level)/3 × weight / (Σ weight of that risk's applicable items), as in the risk's coverage
 * (residual.ts): N/A items are left out of that denominator, unanswered ones are in it.
 * Sorted by reduction, then weight (both descending), then page order.
 */
export function actionPlan(model: PlaybookModel, state: AssessmentState, targets?: Targets): Action[] {
	const index = indexModel(model);
	const riskWeight = new Map<string, number>();
	for (const riskId of index.byRisk.keys()) riskWeight.set(riskId, applicableRiskWeight(model, state, riskId));
	const actions: Action[] = [];
	for (const item of model.items) {
		const action = actionFor(model, state, item, riskWeight, targets);
		if (action) actions.push(action);
	}
	return rankActions(model, actions);
}

/**
 * Σ weight of a risk's applicable items (all but N/A with its reason; unanswered ones count): the
 * denominator of its items' reductions.
 */
export function applicableRiskWeight(model: PlaybookModel, state: AssessmentState, riskId: string): number {
	let total = 0;
	for (const item of indexModel(model).byRisk.get(riskId) ?? []) if (answerStatus(getAnswer(state, item.id)) !== 'na') total += item.weight;
	return total;
}

/**
 * One item's action, or undefined when it is none (unanswered, N/A, or at its target). `riskWeight` as
 * `applicableRiskWeight`; `targets` as in `actionPlan`.
 */
export function actionFor(
	model: PlaybookModel,
	state: AssessmentState,
	item: ModelItem,
	riskWeight: ReadonlyMap<string, number>,
	targets?: Targets
): Action | undefined {
	const index = indexModel(model);
	const answer = getAnswer(state, item.id);
	const level = scoredLevel(answer);
	const target: Level = targets ? (Object.hasOwn(targets, item.id) ? targets[item.id] : 0) : 3;
	if (level === null || level >= target) return undefined;
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
		status: answer?.value === 'unknown' ? 'unknown' : 'level',
		target,
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

export interface Pending {
	itemId: string;
	checklistId: string;
	sectionId: string;
	/** `na-no-reason`: N/A was chosen but the required reason is missing. */
	status: 'unanswered' | 'na-no-reason';
}

/** Items not yet assessed, in page order: the "not yet assessed" list beside the action plan. */
export function notAssessed(model: PlaybookModel, state: AssessmentState): Pending[] {
	const pending: Pending[] = [];
	for (const item of model.items) {
		const status = answerStatus(getAnswer(state, item.id));
		if (status === 'unanswered' || status === 'na-no-reason') pending.push({ itemId: item.id, checklistId: item.checklistId, sectionId: item.sectionId, status });
	}
	return pending;
}

/** The pending items grouped by checklist, in page order: `[checklistId, items][]`, checklists with none left out. */
export function notAssessedByChecklist(model: PlaybookModel, state: AssessmentState): [string, Pending[]][] {
	const groups = new Map<string, Pending[]>();
	for (const pending of notAssessed(model, state)) {
		const group = groups.get(pending.checklistId);
		if (group) group.push(pending);
		else groups.set(pending.checklistId, [pending]);
	}
	return [...groups];
}
