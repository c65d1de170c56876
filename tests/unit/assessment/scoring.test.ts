import { describe, expect, test } from 'vitest';
import { actionPlan, notAssessed, notAssessedByChecklist } from '../../../src/lib/assessment/actions';
import { buildPlaybookModel, type PlaybookInput } from '../../../src/lib/assessment/model';
import {
	residualImpact,
	residualLikelihood,
	riskCoverage,
	riskMatrix,
} from '../../../src/lib/assessment/residual';
import {
	answerStatus,
	countsAsAnswered,
	notYetAssessed,
	scoreChecklist,
	scoreItems,
	scoreOverall,
	scoreRisk,
	scoreSection,
	scoreStrategy,
	strategyTargetLevel,
} from '../../../src/lib/assessment/scoring';
import { emptyState, setAnswer, type AnswerPatch, type AssessmentState } from '../../../src/lib/assessment/state';

const input: PlaybookInput = {
	checklists: [
		{
			id: 'alpha',
			sections: [
				{
					id: 's1',
					items: [
						{ id: 'a1', statement: '一', weight: 3, mitigates: ['r1'], implements: 'st1' },
						{ id: 'a2', statement: '二', weight: 1, mitigates: ['r1', 'r2'] },
					],
				},
				{ id: 's2', items: [{ id: 'a3', statement: '三', weight: 2, implements: 'st2' }] },
			],
		},
		{
			id: 'beta',
			sections: [
				{
					id: 't1',
					items: [
						{ id: 'b1', statement: '四', weight: 2, mitigates: ['r2'], implements: 'st1' },
						{ id: 'b2', statement: '五', weight: 1, mitigates: ['r1'] },
					],
				},
			],
		},
	],
	risks: [
		{ id: 'r1', category: 'compliance', likelihood: 4, impact: 5 },
		{ id: 'r2', category: 'market', likelihood: 3, impact: 2 },
		{ id: 'r3', category: 'data', likelihood: 5, impact: 5 },
	],
	strategies: [
		{ id: 'st1', order: 1 },
		{ id: 'st2', order: 2 },
	],
};
const model = buildPlaybookModel(input, 'test');
const alpha = model.items.filter((item) => item.checklistId === 'alpha');

function answers(patches: Record<string, AnswerPatch>): AssessmentState {
	return Object.entries(patches).reduce(
		(state, [id, patch]) => setAnswer(state, id, patch, 1, model),
		emptyState(model)
	);
}

describe('scoreItems', () => {
	test('scores the answered items only; unanswered ones lower the coverage, never the score', () => {
		const score = scoreItems(alpha, answers({ a1: { value: 3 }, a2: { value: 'na', naReason: '不卖带电产品' } }));
		// a1 (weight 3) at 3/3 is the only scored item; a3 is unanswered (not 0), a2 is N/A: 100 %, answered 2/3.
		expect(score).toEqual({ score: 1, complete: 2 / 3, answered: 2, total: 3, na: 1, naMissingReason: 0, unknown: 0, toTarget: null });
		// Answering a3 at 0 is what lowers the score: 3 / 5.
		expect(scoreItems(alpha, answers({ a1: { value: 3 }, a3: { value: 0 } })).score).toBe(0.6);
	});

	test('an untouched set has no score (not 0 %) and is not yet assessed', () => {
		const score = scoreItems(alpha, emptyState(model));
		expect(score).toMatchObject({ score: null, answered: 0, complete: 0, total: 3 });
		expect(notYetAssessed(score)).toBe(true);
		expect(notYetAssessed(scoreItems(alpha, answers({ a2: { value: 0 } })))).toBe(false);
	});

	test('N/A without its required reason counts neither as answered nor as N/A, and is reported', () => {
		const score = scoreItems(alpha, answers({ a1: { value: 2 }, a2: { value: 'na' }, a3: { value: 'na', naReason: '  ' } }));
		expect(score).toMatchObject({ answered: 1, complete: 1 / 3, na: 0, naMissingReason: 2, score: 2 / 3 });
		expect(answerStatus(answers({ a2: { value: 'na' } }).answers.a2)).toBe('na-no-reason');
		expect(countsAsAnswered(answers({ a2: { value: 'na' } }).answers.a2)).toBe(false);
		expect(countsAsAnswered(answers({ a2: { value: 'na', naReason: '无此业务' } }).answers.a2)).toBe(true);
		// Giving the reason makes it count.
		expect(scoreItems(alpha, answers({ a1: { value: 2 }, a2: { value: 'na', naReason: '无此业务' } }))).toMatchObject({ answered: 2, na: 1, naMissingReason: 0 });
	});

	test('when every answered item is N/A there is no score; all N/A with reasons is complete', () => {
		const score = scoreSection(model, answers({ a3: { value: 'na', naReason: '无' } }), 'alpha', 's2');
		expect(score).toMatchObject({ score: null, complete: 1, na: 1, answered: 1 });
		expect(notYetAssessed(score)).toBe(false);
	});

	test('"don\'t know" scores 0, counts as answered and is reported as a gap', () => {
		const score = scoreItems(alpha, answers({ a1: { value: 3 }, a2: { value: 'na', naReason: '无' }, a3: { value: 'unknown' } }));
		expect(score).toMatchObject({ score: 0.6, complete: 1, answered: 3, unknown: 1 });
	});

	test('a note alone does not make an item answered', () => {
		expect(scoreItems(alpha, answers({ a3: { note: '下周评估' } }))).toMatchObject({
			answered: 0,
			complete: 0,
			score: null,
		});
	});

	test('items weigh by their weight', () => {
		expect(scoreItems(alpha, answers({ a1: { value: 3 }, a2: { value: 'na', naReason: '无' }, a3: { value: 0 } })).score).toBe(0.6);
		expect(scoreItems(alpha, answers({ a1: { value: 0 }, a2: { value: 'na', naReason: '无' }, a3: { value: 3 } })).score).toBe(0.4);
		expect(scoreItems(alpha, answers({ a1: { value: 2 }, a2: { value: 1 }, a3: { value: 1 } })).score).toBeCloseTo(
			(3 * 2 + 1 * 1 + 2 * 1) / 3 / 6
		);
	});

	test('progress to target: capped at the target, weighted, over answered items; N/A and untargeted items left out', () => {
		const state = answers({ a1: { value: 3 }, a2: { value: 'na', naReason: '无' }, a3: { value: 1 } });
		const target = { a1: 2, a2: 3, a3: 3 } as const;
		// a1: min(3, 2)/2 = 1 (weight 3); a3: 1/3 (weight 2); a2 is N/A.
		expect(scoreItems(alpha, state, target).toTarget).toBeCloseTo((3 * 1 + 2 / 3) / 5);
		expect(scoreItems(alpha, state, { a1: 0 }).toTarget).toBeNull();
		expect(scoreItems(alpha, state, { a2: 3 }).toTarget).toBeNull();
		expect(scoreItems(alpha, state).toTarget).toBeNull();
		// Unanswered items are not "0 % of target".
		expect(scoreItems(alpha, answers({ a1: { value: 2 } }), target).toTarget).toBe(1);
	});

	test('the overall score covers answered items only, with coverage beside it', () => {
		// One checklist done at a mixed level, the other never opened: the overall score is that checklist's
		// score, not diluted by the unanswered one; coverage says 3 of 5.
		const state = answers({ a1: { value: 2 }, a2: { value: 1 }, a3: { value: 1 } });
		const alphaScore = scoreChecklist(model, state, 'alpha');
		expect(scoreOverall(model, state)).toMatchObject({ score: alphaScore.score, answered: 3, total: 5, complete: 3 / 5 });
		expect(scoreChecklist(model, state, 'beta')).toMatchObject({ score: null, answered: 0 });
	});

	test('aggregations pick the right items', () => {
		const state = answers({
			a1: { value: 3 },
			a2: { value: 2 },
			a3: { value: 1 },
			b1: { value: 0 },
			b2: { value: 'na', naReason: '无' },
		});
		expect(scoreChecklist(model, state, 'beta')).toMatchObject({ total: 2, score: 0 });
		expect(scoreSection(model, state, 'alpha', 's1')).toMatchObject({ total: 2 });
		expect(scoreSection(model, state, 'alpha', 's1').score).toBeCloseTo((3 + 2 / 3) / 4);
		expect(scoreStrategy(model, state, 'st1')).toMatchObject({ total: 2, score: 3 / 5 }); // a1, b1
		expect(scoreRisk(model, state, 'r1')).toMatchObject({ total: 3, na: 1 }); // a1, a2, b2
		expect(scoreRisk(model, state, 'r1').score).toBeCloseTo((3 + 2 / 3) / 4);
		expect(scoreOverall(model, state)).toMatchObject({ total: 5, answered: 5, na: 1 });
		expect(scoreRisk(model, state, 'r3')).toMatchObject({ total: 0, score: null, complete: 0 });
	});
});

describe('strategyTargetLevel', () => {
	test("is the weighted mean target ÷ 3 of the pillar's items that have a target", () => {
		// st1 has a1 (weight 3) and b1 (weight 2); b2 has a target but implements no strategy.
		expect(strategyTargetLevel(model, 'st1', { a1: 3, b1: 1, b2: 3 })).toBeCloseTo((3 * 1 + 2 * (1 / 3)) / 5);
		// A target of 0 is no target, as in `toTarget`.
		expect(strategyTargetLevel(model, 'st1', { a1: 3, b1: 0 })).toBe(1);
		expect(strategyTargetLevel(model, 'st1', { a1: 2 })).toBeCloseTo(2 / 3);
		expect(strategyTargetLevel(model, 'st2', { a1: 3 })).toBeNull();
	});
});

describe('residual risk', () => {
	test('formula examples', () => {
		expect([0, 0.5, 1].map((c) => residualLikelihood(5, c))).toEqual([5, 3, 1]);
		expect([0, 0.5, 1].map((c) => residualImpact(5, c))).toEqual([5, 4, 3]);
		expect(residualLikelihood(4, 0.5)).toBe(3); // 2.5: halves round up
		expect(residualImpact(2, 1)).toBe(2); // 1.5 rounds up
		expect(residualLikelihood(1, 1)).toBe(1);
		expect(residualImpact(1, 0.7)).toBe(1);
	});

	test('coverage is the weighted mean of the mitigating items, N/A left out, unknown as 0, 0 without items', () => {
		const state = answers({ a1: { value: 3 }, b2: { value: 'na', naReason: '无' }, a2: { value: 'unknown' } });
		expect(riskCoverage(model, state, 'r1')).toBe(0.75); // (3·1 + 1·0) / 4
		expect(riskCoverage(model, state, 'r3')).toBe(0);
		expect(riskCoverage(model, answers({ a2: { value: 'na', naReason: '无' }, b1: { value: 'na', naReason: '无' } }), 'r2')).toBe(0);
	});

	test('a control nobody has vouched for removes no risk: unanswered and N/A without a reason count as 0', () => {
		// r1: a1 (3), a2 (1), b2 (1). Only a1 answered at 3: coverage 3/5, not 100 %.
		expect(riskCoverage(model, answers({ a1: { value: 3 } }), 'r1')).toBe(0.6);
		expect(riskCoverage(model, answers({ a1: { value: 3 }, b2: { value: 'na' } }), 'r1')).toBe(0.6);
		expect(riskCoverage(model, answers({ a1: { value: 3 }, b2: { value: 'na', naReason: '无' } }), 'r1')).toBe(0.75);
	});

	test('the matrix places every risk by inherent and by residual position', () => {
		const matrix = riskMatrix(model, answers({ a1: { value: 3 }, b2: { value: 'na', naReason: '无' }, a2: { value: 'unknown' } }));
		expect(matrix.risks[0]).toEqual({
			id: 'r1',
			category: 'compliance',
			inherent: { l: 4, i: 5 },
			residual: { l: 2, i: 4 }, // round(4 − 3·0.75) = 2; round(5 − 4·0.375) = round(3.5) = 4
			coverage: 0.75,
		});
		expect(matrix.inherent[3][4]).toEqual(['r1']);
		expect(matrix.residual[1][3]).toEqual(['r1']);
		expect(matrix.inherent[4][4]).toEqual(['r3']);
		expect(matrix.residual[4][4]).toEqual(['r3']);
		expect(matrix.inherent.flat(2).sort()).toEqual(['r1', 'r2', 'r3']);
		expect(matrix.residual.flat(2).sort()).toEqual(['r1', 'r2', 'r3']);
	});
});

describe('actionPlan', () => {
	const state = [
		['a1', { value: 1, owner: '张伟', due: '2026-12-01' }],
		['a3', { value: 3 }],
		['b1', { value: 'unknown' }],
		['b2', { value: 'na', naReason: '不适用' }],
	].reduce((s, [id, patch]) => setAnswer(s, id as string, patch as AnswerPatch, 1, model), emptyState(model));

	test('lists answered items below level 3 (unknown included; unanswered, 3 and N/A left out) ranked by expected risk reduction', () => {
		const plan = actionPlan(model, state);
		// r1: L×I 20, applicable weight a1 3 + a2 1 = 4 (b2 is N/A; a2 unanswered stays in). r2: L×I 6, weight a2 1 + b1 2 = 3.
		// a1: 20 · 2/3 · 3/4 = 10 · b1: 6 · 1 · 2/3 = 4 · a2 is unanswered: not an action.
		expect(plan.map((a) => [a.itemId, a.status, Number(a.reduction.toFixed(9))])).toEqual([
			['a1', 'level', 10],
			['b1', 'unknown', 4],
		]);
		expect(plan[0]).toEqual({
			itemId: 'a1',
			checklistId: 'alpha',
			sectionId: 's1',
			weight: 3,
			level: 1,
			status: 'level',
			target: 3,
			reduction: plan[0].reduction,
			risks: ['r1'],
			strategy: 'st1',
			owner: '张伟',
			due: '2026-12-01',
		});
	});

	test('an untouched assessment has no actions: every item is "not yet assessed" instead', () => {
		const empty = emptyState(model);
		expect(actionPlan(model, empty)).toEqual([]);
		expect(notAssessed(model, empty).map((p) => p.itemId)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
	});

	test('with a target profile, actions are the answered items below their target', () => {
		const targeted = actionPlan(model, state, { a1: 1, b1: 2, a2: 3 });
		// a1 is at its target 1; b1 ("don't know" = 0) is below 2; a2 is unanswered; b2 is N/A.
		expect(targeted.map((a) => [a.itemId, a.target])).toEqual([['b1', 2]]);
		expect(actionPlan(model, state, {})).toEqual([]); // no target, nothing to reach
	});

	test('"not yet assessed" lists unanswered items and N/A without reason, by checklist, in page order', () => {
		const withMissing = setAnswer(state, 'a3', { value: 'na' }, 2, model);
		expect(notAssessed(model, withMissing).map((p) => [p.itemId, p.status])).toEqual([
			['a2', 'unanswered'],
			['a3', 'na-no-reason'],
		]);
		expect(notAssessedByChecklist(model, withMissing).map(([id, items]) => [id, items.length])).toEqual([['alpha', 2]]);
		// N/A without reason is not an action either (it is not an answer yet).
		expect(actionPlan(model, withMissing).map((a) => a.itemId)).not.toContain('a3');
	});

	test('ties go to the heavier item, then to page order', () => {
		const tie = buildPlaybookModel(
			{
				checklists: [
					{
						id: 'c',
						sections: [
							{
								id: 's',
								items: [
									{ id: 'x1', statement: '1', weight: 1, implements: 'st' },
									{ id: 'x2', statement: '2', weight: 2, implements: 'st' },
									{ id: 'x3', statement: '3', weight: 2, implements: 'st' },
									{ id: 'y1', statement: '4', weight: 1, mitigates: ['r'] },
									{ id: 'y2', statement: '5', weight: 1, mitigates: ['r'] },
								],
							},
						],
					},
				],
				risks: [{ id: 'r', category: 'ip', likelihood: 3, impact: 3 }],
				strategies: [{ id: 'st', order: 1 }],
			},
			't'
		);
		const allZero = tie.items.reduce((st, item) => setAnswer(st, item.id, { value: 0 }, 1, tie), emptyState(tie));
		expect(actionPlan(tie, allZero).map((a) => a.itemId)).toEqual(['y1', 'y2', 'x2', 'x3', 'x1']);
	});

	test('is fast on a 500-item playbook (everything is indexed, nothing quadratic)', () => {
		const big: PlaybookInput = {
			checklists: Array.from({ length: 10 }, (_, c) => ({
				id: `c${c}`,
				sections: Array.from({ length: 5 }, (_, s) => ({
					id: `s${s}`,
					items: Array.from({ length: 10 }, (_, i) => {
						const n = c * 50 + s * 10 + i;
						return {
							id: `i${n}`,
							statement: `item ${n}`,
							weight: ((n % 3) + 1) as 1 | 2 | 3,
							mitigates: [`r${n % 50}`, `r${(n * 7) % 50}`],
							implements: `st${n % 5}`,
						};
					}),
				})),
			})),
			risks: Array.from({ length: 50 }, (_, r) => ({
				id: `r${r}`,
				category: 'market',
				likelihood: (r % 5) + 1,
				impact: ((r * 3) % 5) + 1,
			})),
			strategies: Array.from({ length: 5 }, (_, s) => ({ id: `st${s}`, order: s + 1 })),
		};
		const bigModel = buildPlaybookModel(big, 'big');
		const values = [0, 1, 2, 3, 'na', 'unknown', undefined] as const;
		let state = emptyState(bigModel);
		bigModel.items.forEach(
			(item, n) => (state = setAnswer(state, item.id, { value: values[n % values.length] }, n, bigModel))
		);
		const start = performance.now();
		for (let round = 0; round < 10; round++) {
			scoreOverall(bigModel, state);
			for (const checklist of bigModel.checklists) {
				scoreChecklist(bigModel, state, checklist.id);
				for (const section of checklist.sections) scoreSection(bigModel, state, checklist.id, section.id);
			}
			for (const strategy of bigModel.strategies) scoreStrategy(bigModel, state, strategy.id);
			riskMatrix(bigModel, state);
			actionPlan(bigModel, state);
		}
		// Ten full recomputations; a few ms in practice. The bound only catches accidental O(n²) work.
		expect(performance.now() - start).toBeLessThan(500);
	});
});
