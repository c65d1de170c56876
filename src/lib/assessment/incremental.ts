/**
 * The overview's figures, kept up to date incrementally: after some answers change, only the groups
 * those items belong to are recomputed (their checklists, sections' pillars, risks, the overall score
 * and the affected action-plan entries); everything else is reused as is. The figures are computed by
 * the same functions as a full recompute (`scoreItems`, `riskPosition`, `actionFor`), so the result is
 * identical, not merely close (tests/unit/assessment/incremental.test.ts checks it on random edits).
 */
import { actionFor, applicableRiskWeight, rankActions, type Action } from './actions';
import { indexModel, type PlaybookModel } from './model';
import { riskPosition, type RiskPosition } from './residual';
import { scoreItems, type Score, type Targets } from './scoring';
import type { AssessmentState } from './state';

export interface OverviewFigures {
	readonly target: Targets | undefined;
	overall: Score;
	/** By checklist id, in model order. */
	checklists: Map<string, Score>;
	/** By strategy id, in model order. */
	strategies: Map<string, Score>;
	/** By risk id, in register order. */
	risks: Map<string, RiskPosition>;
	/** Σ weight of each risk's applicable items (the action plan's denominators). */
	riskWeights: Map<string, number>;
	/** Every open gap, ranked (as `actionPlan`). */
	actions: Action[];
}

/** What an update changed: the ids whose figures differ from before, and whether the ranked plan did. */
export interface FiguresDelta {
	overall: boolean;
	checklists: string[];
	strategies: string[];
	risks: string[];
	actions: boolean;
}

/** The groups the items belong to: their checklists, the pillars they implement, the risks they mitigate. */
export function affectedGroups(model: PlaybookModel, itemIds: Iterable<string>) {
	const index = indexModel(model);
	const checklists = new Set<string>();
	const strategies = new Set<string>();
	const risks = new Set<string>();
	for (const id of itemIds) {
		const item = index.item.get(id);
		if (!item) continue;
		checklists.add(item.checklistId);
		if (item.implements !== undefined) strategies.add(item.implements);
		for (const risk of item.mitigates) if (index.risk.has(risk)) risks.add(risk);
	}
	return { checklists, strategies, risks };
}

/** Every figure, computed from scratch. */
export function overviewFigures(model: PlaybookModel, state: AssessmentState, target?: Targets): OverviewFigures {
	const index = indexModel(model);
	const riskWeights = new Map<string, number>();
	for (const riskId of index.byRisk.keys()) riskWeights.set(riskId, applicableRiskWeight(model, state, riskId));
	const actions: Action[] = [];
	for (const item of model.items) {
		const action = actionFor(model, state, item, riskWeights, target);
		if (action) actions.push(action);
	}
	return {
		target,
		overall: scoreItems(model.items, state, target),
		checklists: new Map(model.checklists.map((c) => [c.id, scoreItems(index.byChecklist.get(c.id) ?? [], state, target)])),
		strategies: new Map(model.strategies.map((s) => [s.id, scoreItems(index.byStrategy.get(s.id) ?? [], state, target)])),
		risks: new Map(model.risks.map((risk) => [risk.id, riskPosition(model, state, risk)])),
		riskWeights,
		actions: rankActions(model, actions),
	};
}

const sameScore = (a: Score | undefined, b: Score) =>
	a !== undefined && a.score === b.score && a.complete === b.complete && a.answered === b.answered && a.total === b.total && a.na === b.na && a.naMissingReason === b.naMissingReason && a.unknown === b.unknown && a.toTarget === b.toTarget;

const samePosition = (a: RiskPosition | undefined, b: RiskPosition) =>
	a !== undefined && a.coverage === b.coverage && a.residual.l === b.residual.l && a.residual.i === b.residual.i;

const sameAction = (a: Action, b: Action) =>
	a.itemId === b.itemId && a.level === b.level && a.status === b.status && a.target === b.target && a.reduction === b.reduction && a.owner === b.owner && a.due === b.due;

/**
 * Brings `previous` (figures of the state before the change, same model and target) up to `state`,
 * where only the answers of `changedItems` differ. Work is proportional to the groups touched, plus
 * one pass over the items for the overall score and one sort of the open gaps.
 */
export function updateOverviewFigures(
	previous: OverviewFigures,
	model: PlaybookModel,
	state: AssessmentState,
	changedItems: Iterable<string>
): { figures: OverviewFigures; delta: FiguresDelta } {
	const index = indexModel(model);
	const { target } = previous;
	const changed = new Set([...changedItems].filter((id) => index.item.has(id)));
	const groups = affectedGroups(model, changed);
	const delta: FiguresDelta = { overall: false, checklists: [], strategies: [], risks: [], actions: false };

	const overall = changed.size ? scoreItems(model.items, state, target) : previous.overall;
	delta.overall = !sameScore(previous.overall, overall);

	const checklists = new Map(previous.checklists);
	for (const id of groups.checklists) {
		const score = scoreItems(index.byChecklist.get(id) ?? [], state, target);
		if (!sameScore(previous.checklists.get(id), score)) delta.checklists.push(id);
		checklists.set(id, score);
	}
	const strategies = new Map(previous.strategies);
	for (const id of groups.strategies) {
		const score = scoreItems(index.byStrategy.get(id) ?? [], state, target);
		if (!sameScore(previous.strategies.get(id), score)) delta.strategies.push(id);
		strategies.set(id, score);
	}
	const risks = new Map(previous.risks);
	const riskWeights = new Map(previous.riskWeights);
	// Items whose reduction may change: the changed ones, and every item of a risk whose denominator moved.
	const reranked = new Set(changed);
	for (const id of groups.risks) {
		const position = riskPosition(model, state, index.risk.get(id)!);
		if (!samePosition(previous.risks.get(id), position)) delta.risks.push(id);
		risks.set(id, position);
		const weight = applicableRiskWeight(model, state, id);
		if (weight !== previous.riskWeights.get(id)) for (const item of index.byRisk.get(id) ?? []) reranked.add(item.id);
		riskWeights.set(id, weight);
	}

	let actions = previous.actions;
	if (reranked.size) {
		const kept = previous.actions.filter((action) => !reranked.has(action.itemId));
		for (const id of reranked) {
			const action = actionFor(model, state, index.item.get(id)!, riskWeights, target);
			if (action) kept.push(action);
		}
		actions = rankActions(model, kept);
		delta.actions = actions.length !== previous.actions.length || actions.some((action, i) => !sameAction(action, previous.actions[i]));
	}
	return { figures: { target, overall, checklists, strategies, risks, riskWeights, actions }, delta };
}
