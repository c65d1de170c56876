import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { notAssessedByChecklist } from '../../../src/lib/assessment/actions';
import { overviewFigures } from '../../../src/lib/assessment/incremental';
import { buildPlaybookModel, profileTargets, sliceModel, type PlaybookModel, type ProfileInput } from '../../../src/lib/assessment/model';
import { checklistsOf, composeModel, packOutline, storedItemIds } from '../../../src/lib/assessment/outline';
import { strategyTargetLevel } from '../../../src/lib/assessment/scoring';
import { emptyState, isAnswered, setAnswer, type AnswerPatch, type AssessmentState } from '../../../src/lib/assessment/state';
import { PROPERTY_RUNS } from './runs';
import { playbook } from './sample-playbook';

const PROFILE: ProfileInput = { id: 'lean', checklists: ['c0', 'c2', 'c3'], byWeight: { '1': 0, '2': 2, '3': 3 }, items: { 'c2-s1-i0': 1, 'c3-s0-i2': 3, 'c0-s0-i1': 0 } };
const full = buildPlaybookModel({ ...playbook(5, 3), profiles: [PROFILE] }, 'test');
const outline = packOutline(full, [PROFILE], 'abc');
const sharesFor = (ids: Iterable<string>) => new Map([...ids].map((id) => [id, sliceModel(full, id)] as const));
const ids = full.items.map((item) => item.id);

/** Every figure the overview shows, with and without the profile's target. */
function figures(model: PlaybookModel, state: AssessmentState) {
	const target = profileTargets(model, 'lean')!;
	return {
		plain: overviewFigures(model, state),
		targeted: { ...overviewFigures(model, state, target), target: undefined },
		targetLevels: model.strategies.map((s) => strategyTargetLevel(model, s.id, target)),
		// Unanswered items are counted, never named: compare the counts and the items named.
		pending: notAssessedByChecklist(model, state).map(([checklist, items]) => [checklist, items.filter((p) => p.status === 'unanswered').length, items.filter((p) => p.status !== 'unanswered')]),
	};
}

describe('the model outline', () => {
	test('with every checklist’s share it is the whole model', () => {
		expect(composeModel(outline, sharesFor(full.checklists.map((c) => c.id)))).toEqual(full);
	});

	test('it names no item and carries no statement hash (only profile overrides name their items)', () => {
		const text = JSON.stringify({ ...outline, p: [] });
		for (const item of full.items) {
			expect(text).not.toContain(`"${item.id}"`);
			expect(text).not.toContain(item.textHash);
		}
	});

	test('an answered item’s checklist is found from its id; an id it cannot place needs the whole model', () => {
		expect(checklistsOf(outline, ['c1-s0-i2', 'c3-s1-i0', 'c1-s1-i1'])).toEqual(new Set(['c1', 'c3']));
		expect(checklistsOf(outline, [])).toEqual(new Set());
		expect(checklistsOf(outline, ['c1-s0-i2', 'gone-item'])).toBeUndefined();
	});

	test('a prefix two checklists share, or one a checklist’s items do not all carry, places nothing', () => {
		const input = playbook(4, 2);
		// c1 gets an item with c2's prefix (so c2's is not its own); c0 mixes two prefixes of its own.
		input.checklists[1].sections[0].items[0].id = 'c2-borrowed';
		input.checklists[0].sections[1].items[1].id = 'x0-odd';
		const packed = packOutline(buildPlaybookModel(input, 'test'), [], 'h');
		expect(packed.c.map(([id, prefix]) => [id, prefix])).toEqual([
			['c0', ''],
			['c1', ''],
			['c2', ''],
			['c3', 'c3'],
		]);
		expect(checklistsOf(packed, ['c3-s1-i0'])).toEqual(new Set(['c3']));
		expect(checklistsOf(packed, ['c1-s1-i0'])).toBeUndefined();
		expect(checklistsOf(packed, ['c2-s0-i0'])).toBeUndefined();
		expect(checklistsOf(packed, ['c0-s0-i0'])).toBeUndefined();
	});

	test('with the shares of the answered checklists only, every overview figure equals the whole model’s', () => {
		const patch = fc.constantFrom<AnswerPatch>({ value: 0 }, { value: 2 }, { value: 3 }, { value: 'unknown' }, { value: 'na', naReason: 'not sold there' }, { value: 'na' }, { owner: 'Li' });
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), patch), { maxLength: 12 }), (edits) => {
				let state = emptyState(full);
				edits.forEach(([id, answer], n) => (state = setAnswer(state, id, answer, n + 1, full)));
				const answered = Object.keys(state.answers).filter((id) => isAnswered(state.answers[id]));
				const composed = composeModel(outline, sharesFor(checklistsOf(outline, answered)!));
				expect(figures(composed, state)).toEqual(figures(full, state));
			}),
			{ numRuns: Math.max(50, Math.floor(PROPERTY_RUNS / 5)) }
		);
	});

	test('stored answers are read for their item ids only when they are of this edition and format', () => {
		const state = setAnswer(emptyState(full), 'c1-s0-i0', { value: 2 }, 1, full);
		expect(storedItemIds(null, full.version)).toEqual([]);
		expect(storedItemIds(JSON.stringify(state), full.version)).toEqual(['c1-s0-i0']);
		expect(storedItemIds(JSON.stringify(state), 'test-00000000')).toBeUndefined();
		expect(storedItemIds(JSON.stringify({ ...state, version: 2 }), full.version)).toBeUndefined();
		expect(storedItemIds(JSON.stringify({ ...state, answers: [] }), full.version)).toBeUndefined();
		expect(storedItemIds('{"format":', full.version)).toBeUndefined();
		expect(storedItemIds('null', full.version)).toBeUndefined();
	});
});
