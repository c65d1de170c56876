/** Weighted maturity scores for any set of items: a checklist, section, strategy, risk or the whole playbook. */
import { indexModel, type ModelItem, type PlaybookModel } from './model';
import { getAnswer, isAnswered, type Answer, type AssessmentState, type Level } from './state';

export interface Score {
	/** Σ weight·level/3 ÷ Σ weight over applicable items (0–1); null when every item is N/A (or there are none). */
	score: number | null;
	/** answered ÷ total, N/A counting as answered; 0 for an empty set. */
	complete: number;
	answered: number;
	total: number;
	na: number;
	/** Items answered "don't know": scored 0 and reported as gaps. */
	unknown: number;
	/** Σ w·min(level, target)/target ÷ Σ w over applicable items with a target > 0; null when none. */
	toTarget: number | null;
}

export type Targets = Readonly<Record<string, Level>>;

/** The level an answer counts as (unknown and unanswered = 0), or null for N/A (excluded from both sides). */
export function scoredLevel(answer: Answer | undefined): Level | null {
	const value = answer?.value;
	if (value === 'na') return null;
	if (value === undefined || value === 'unknown') return 0;
	return value;
}

export function scoreItems(items: readonly ModelItem[], state: AssessmentState, target?: Targets): Score {
	let answered = 0;
	let na = 0;
	let unknown = 0;
	let weighted = 0;
	let weights = 0;
	let targetWeighted = 0;
	let targetWeights = 0;
	for (const item of items) {
		const answer = getAnswer(state, item.id);
		if (isAnswered(answer)) answered++;
		if (answer?.value === 'unknown') unknown++;
		const level = scoredLevel(answer);
		if (level === null) {
			na++;
			continue;
		}
		weighted += item.weight * (level / 3);
		weights += item.weight;
		const goal = target && Object.hasOwn(target, item.id) ? target[item.id] : 0;
		if (goal > 0) {
			targetWeighted += (item.weight * Math.min(level, goal)) / goal;
			targetWeights += item.weight;
		}
	}
	return {
		score: weights > 0 ? weighted / weights : null,
		complete: items.length > 0 ? answered / items.length : 0,
		answered,
		total: items.length,
		na,
		unknown,
		toTarget: targetWeights > 0 ? targetWeighted / targetWeights : null,
	};
}

export function scoreOverall(model: PlaybookModel, state: AssessmentState, target?: Targets): Score {
	return scoreItems(model.items, state, target);
}

export function scoreChecklist(
	model: PlaybookModel,
	state: AssessmentState,
	checklistId: string,
	target?: Targets
): Score {
	return scoreItems(indexModel(model).byChecklist.get(checklistId) ?? [], state, target);
}

export function scoreSection(
	model: PlaybookModel,
	state: AssessmentState,
	checklistId: string,
	sectionId: string,
	target?: Targets
): Score {
	return scoreItems(indexModel(model).bySection.get(`${checklistId}/${sectionId}`) ?? [], state, target);
}

/** Items whose `implements` is the strategy. */
export function scoreStrategy(
	model: PlaybookModel,
	state: AssessmentState,
	strategyId: string,
	target?: Targets
): Score {
	return scoreItems(indexModel(model).byStrategy.get(strategyId) ?? [], state, target);
}

/** Items that mitigate the risk. */
export function scoreRisk(model: PlaybookModel, state: AssessmentState, riskId: string, target?: Targets): Score {
	return scoreItems(indexModel(model).byRisk.get(riskId) ?? [], state, target);
}

/**
 * What a target profile asks of a strategy pillar, on the same 0–1 scale as its score: the weighted
 * mean of target ÷ 3 over the pillar's items with a target above 0 (as `toTarget` counts them); null when none.
 */
export function strategyTargetLevel(model: PlaybookModel, strategyId: string, target: Targets): number | null {
	let weighted = 0;
	let weights = 0;
	for (const item of model.items) {
		if (item.implements !== strategyId || !target[item.id]) continue;
		weighted += (item.weight * target[item.id]) / 3;
		weights += item.weight;
	}
	return weights ? weighted / weights : null;
}
