/**
 * Weighted maturity scores for any set of items: a checklist, section, strategy, risk or the whole playbook.
 * A score says how mature the answered items are; coverage says how many items are answered. Unanswered
 * items never count as 0: they lower the coverage, not the score. N/A counts as answered only with its
 * required reason.
 */
import { indexModel, type ModelItem, type PlaybookModel } from './model';
import { getAnswer, needsNaReason, type Answer, type AssessmentState, type Level } from './state';

/**
 * How an answer counts. `na-no-reason`: N/A chosen but its required reason is missing, so it is neither
 * answered nor N/A until the reason is given (the checklist flags it).
 */
export type AnswerStatus = 'unanswered' | 'level' | 'unknown' | 'na' | 'na-no-reason';

export function answerStatus(answer: Answer | undefined): AnswerStatus {
	const value = answer?.value;
	if (value === undefined) return 'unanswered';
	if (value === 'na') return needsNaReason(answer) ? 'na-no-reason' : 'na';
	return value === 'unknown' ? 'unknown' : 'level';
}

/** Answered for scores and coverage: a level, "don't know", or N/A with its reason. */
export function countsAsAnswered(answer: Answer | undefined): boolean {
	const status = answerStatus(answer);
	return status === 'level' || status === 'unknown' || status === 'na';
}

export interface Score {
	/** Σ weight·level/3 ÷ Σ weight over the answered, applicable items (0–1); null when none (not yet assessed). */
	score: number | null;
	/** Coverage: answered ÷ total, N/A with its reason counting as answered; 0 for an empty set. */
	complete: number;
	answered: number;
	total: number;
	/** N/A with its reason. */
	na: number;
	/** N/A chosen without the required reason: counted neither as answered nor as N/A. */
	naMissingReason: number;
	/** Items answered "don't know": scored 0 and reported as gaps. */
	unknown: number;
	/** Σ w·min(level, target)/target ÷ Σ w over answered, applicable items with a target > 0; null when none. */
	toTarget: number | null;
}

export type Targets = Readonly<Record<string, Level>>;

/** The level an answer scores ("don't know" = 0), or null when it is not scored (unanswered, N/A, N/A without reason). */
export function scoredLevel(answer: Answer | undefined): Level | null {
	const status = answerStatus(answer);
	if (status === 'unknown') return 0;
	return status === 'level' ? (answer!.value as Level) : null;
}

export function scoreItems(items: readonly ModelItem[], state: AssessmentState, target?: Targets): Score {
	let answered = 0;
	let na = 0;
	let naMissingReason = 0;
	let unknown = 0;
	let weighted = 0;
	let weights = 0;
	let targetWeighted = 0;
	let targetWeights = 0;
	for (const item of items) {
		const answer = getAnswer(state, item.id);
		const status = answerStatus(answer);
		if (status === 'unanswered') continue;
		if (status === 'na-no-reason') {
			naMissingReason++;
			continue;
		}
		answered++;
		if (status === 'na') {
			na++;
			continue;
		}
		if (status === 'unknown') unknown++;
		const level = scoredLevel(answer)!;
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
		naMissingReason,
		unknown,
		toTarget: targetWeights > 0 ? targetWeighted / targetWeights : null,
	};
}

/** True when nothing in the set is answered yet: show a dash and "not yet assessed", never 0 %. */
export function notYetAssessed(score: Score): boolean {
	return score.answered === 0;
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
