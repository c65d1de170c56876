import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { actionPlan } from '../../../src/lib/assessment/actions';
import { affectedGroups, overviewFigures, updateOverviewFigures } from '../../../src/lib/assessment/incremental';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { riskMatrix } from '../../../src/lib/assessment/residual';
import { scoreChecklist, scoreOverall, scoreStrategy, type Targets } from '../../../src/lib/assessment/scoring';
import { clearAnswer, emptyState, setAnswer, type AnswerPatch, type AssessmentState } from '../../../src/lib/assessment/state';
import { PROPERTY_RUNS } from './runs';
import { playbook } from './sample-playbook';

const model = buildPlaybookModel(playbook(4, 3), 'test');
const ids = model.items.map((item) => item.id);

type Edit = { id: string; patch: AnswerPatch } | { id: string; clear: true };
const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ id: fc.constantFrom(...ids), patch: fc.record({ value: fc.constantFrom<AnswerPatch['value']>(0, 1, 2, 3, 'na', 'unknown', undefined) }) }),
	fc.record({ id: fc.constantFrom(...ids), patch: fc.record({ owner: fc.constantFrom('', 'Li', 'Ann') }, { requiredKeys: [] }) }),
	fc.record({ id: fc.constantFrom(...ids), patch: fc.record({ due: fc.constantFrom('', '2027-01-31') }, { requiredKeys: [] }) }),
	fc.record({ id: fc.constantFrom(...ids), clear: fc.constant(true as const) })
);
const apply = (state: AssessmentState, e: Edit, now: number) => ('clear' in e ? clearAnswer(state, e.id, now) : setAnswer(state, e.id, e.patch, now, model));
const targets: fc.Arbitrary<Targets | undefined> = fc.option(fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<0 | 1 | 2 | 3>(1, 2, 3)), { nil: undefined });

describe('incremental overview figures', () => {
	test('after every edit of a random sequence (one or several items at once), the update equals a full recompute', () => {
		fc.assert(
			fc.property(targets, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }), (target, batches) => {
				let state = emptyState(model);
				let figures = overviewFigures(model, state, target);
				let now = 1_700_000_000_000;
				for (const batch of batches) {
					for (const e of batch) state = apply(state, e, (now += 1000));
					const { figures: next, delta } = updateOverviewFigures(figures, model, state, batch.map((e) => e.id));
					const full = overviewFigures(model, state, target);
					expect(next).toEqual(full);
					// The delta names exactly the groups whose figures differ.
					expect(new Set(delta.checklists)).toEqual(new Set([...full.checklists].filter(([id, s]) => JSON.stringify(s) !== JSON.stringify(figures.checklists.get(id))).map(([id]) => id)));
					expect(new Set(delta.risks)).toEqual(new Set([...full.risks].filter(([id, p]) => JSON.stringify(p) !== JSON.stringify(figures.risks.get(id))).map(([id]) => id)));
					expect(delta.actions).toBe(JSON.stringify(full.actions) !== JSON.stringify(figures.actions));
					figures = next;
				}
			}),
			{ numRuns: Math.max(50, Math.floor(PROPERTY_RUNS / 5)) }
		);
	});

	test('full figures agree with the scoring, matrix and action-plan functions the exports use', () => {
		let state = emptyState(model);
		state = setAnswer(state, ids[0], { value: 2 }, 1, model);
		state = setAnswer(state, ids[5], { value: 'na', naReason: 'no EU sales' }, 2, model);
		state = setAnswer(state, ids[9], { value: 'unknown', owner: 'Li' }, 3, model);
		const figures = overviewFigures(model, state);
		expect(figures.overall).toEqual(scoreOverall(model, state));
		for (const c of model.checklists) expect(figures.checklists.get(c.id)).toEqual(scoreChecklist(model, state, c.id));
		for (const s of model.strategies) expect(figures.strategies.get(s.id)).toEqual(scoreStrategy(model, state, s.id));
		expect([...figures.risks.values()]).toEqual(riskMatrix(model, state).risks);
		expect(figures.actions).toEqual(actionPlan(model, state));
	});

	test('an owner typed on one item changes that action only, no score', () => {
		// An answered item below its target is an action (unanswered items never are).
		const before = setAnswer(emptyState(model), ids[1], { value: 1 }, 4, model);
		const figures = overviewFigures(model, before);
		const after = setAnswer(before, ids[1], { owner: 'Ann' }, 5, model);
		const { figures: next, delta } = updateOverviewFigures(figures, model, after, [ids[1]]);
		expect(delta).toEqual({ overall: false, checklists: [], strategies: [], risks: [], actions: true });
		expect(next.actions.find((a) => a.itemId === ids[1])?.owner).toBe('Ann');
		expect(next.checklists).not.toBe(figures.checklists);
		expect(next.checklists.get('c1')).toBe(figures.checklists.get('c1'));
	});

	test('affected groups: the item\'s checklist, its pillar and its risks; unknown ids touch nothing', () => {
		const item = model.items.find((i) => i.mitigates.length === 2 && i.implements)!;
		expect(affectedGroups(model, [item.id, 'no-such-item'])).toEqual({
			checklists: new Set([item.checklistId]),
			strategies: new Set([item.implements]),
			risks: new Set(item.mitigates),
		});
	});
});
