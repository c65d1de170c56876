/** Residual risk: how far the answered checklist items move each risk down the 5 × 5 grid. */
import { indexModel, type ModelRisk, type PlaybookModel } from './model';
import { answerStatus, scoredLevel } from './scoring';
import { getAnswer, type AssessmentState } from './state';

/** The formula is worded for readers in the string tables (residual.formula in content/i18n/<folder>.json): change both together. */

// Halves round up; the epsilon absorbs float error in c (true values are multiples of 1/(6·Σweight), far apart).
const round = (value: number) => Math.floor(value + 0.5 + 1e-9);

export function residualLikelihood(likelihood: number, coverage: number): number {
	return Math.max(1, round(likelihood - (likelihood - 1) * coverage));
}

export function residualImpact(impact: number, coverage: number): number {
	return Math.max(1, round(impact - ((impact - 1) * coverage) / 2));
}

/**
 * Coverage of one risk by the assessment (0–1): the weighted mean level ÷ 3 of its mitigating items, N/A
 * (with its reason) left out; 0 when no item applies. Unlike a score, unanswered items (and N/A without a
 * reason) count as 0 here: a control nobody has vouched for removes no risk from the matrix.
 */
export function riskCoverage(model: PlaybookModel, state: AssessmentState, riskId: string): number {
	let weighted = 0;
	let weights = 0;
	for (const item of indexModel(model).byRisk.get(riskId) ?? []) {
		const answer = getAnswer(state, item.id);
		if (answerStatus(answer) === 'na') continue;
		weighted += (item.weight * (scoredLevel(answer) ?? 0)) / 3;
		weights += item.weight;
	}
	return weights > 0 ? weighted / weights : 0;
}

export interface RiskPosition {
	id: string;
	category: string;
	inherent: { l: number; i: number };
	residual: { l: number; i: number };
	coverage: number;
}

/** Risk ids per cell: `grid[likelihood - 1][impact - 1]`, in register order. */
export type RiskGrid = string[][][];

export interface RiskMatrix {
	risks: RiskPosition[];
	inherent: RiskGrid;
	residual: RiskGrid;
}

const emptyGrid = (): RiskGrid => Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => []));
const clamp = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

export function riskPosition(model: PlaybookModel, state: AssessmentState, risk: ModelRisk): RiskPosition {
	const coverage = riskCoverage(model, state, risk.id);
	return {
		id: risk.id,
		category: risk.category,
		inherent: { l: risk.likelihood, i: risk.impact },
		residual: { l: residualLikelihood(risk.likelihood, coverage), i: residualImpact(risk.impact, coverage) },
		coverage,
	};
}

export function riskMatrix(model: PlaybookModel, state: AssessmentState): RiskMatrix {
	const risks = model.risks.map((risk) => riskPosition(model, state, risk));
	return { risks, ...riskGrids(risks) };
}

/** The inherent and residual grids of positions given in register order. */
export function riskGrids(risks: Iterable<RiskPosition>): { inherent: RiskGrid; residual: RiskGrid } {
	const inherent = emptyGrid();
	const residual = emptyGrid();
	for (const risk of risks) {
		inherent[clamp(risk.inherent.l) - 1][clamp(risk.inherent.i) - 1].push(risk.id);
		residual[clamp(risk.residual.l) - 1][clamp(risk.residual.i) - 1].push(risk.id);
	}
	return { inherent, residual };
}
