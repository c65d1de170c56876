import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { notAssessedByChecklist } from '../../../src/lib/assessment/actions';
import { overviewFigures } from '../../../src/lib/assessment/incremental';
import { buildPlaybookModel, profileTargets, sliceModel, unpackModel, type PlaybookModel, type ProfileInput } from '../../../src/lib/assessment/model';
import { composeModel, packOutline, shareBucket, shareBucketCount, shareBucketFiles, shareGroups, sharesOf, storedAnswers } from '../../../src/lib/assessment/outline';
import { strategyTargetLevel } from '../../../src/lib/assessment/scoring';
import { emptyState, isAnswered, setAnswer, type AnswerPatch, type AssessmentState } from '../../../src/lib/assessment/state';
import { PROPERTY_RUNS } from './runs';
import { playbook } from './sample-playbook';

const PROFILE: ProfileInput = { id: 'lean', checklists: ['c0', 'c2', 'c3'], byWeight: { '1': 0, '2': 2, '3': 3 }, items: { 'c2-s1-i0': 1, 'c3-s0-i2': 3, 'c0-s0-i1': 0 } };
const full = buildPlaybookModel({ ...playbook(5, 3), profiles: [PROFILE] }, 'test');
const outline = packOutline(full, [PROFILE]);
/** The checklists of these shares, as the overview keeps them: checklist id → the share that carries it. */
function sharesFor(model: PlaybookModel, prefixes: Iterable<string>) {
	const groups = shareGroups(model);
	const byChecklist = new Map<string, PlaybookModel>();
	for (const prefix of prefixes) {
		const share = sliceModel(model, groups.get(prefix)!);
		for (const c of share.checklists) byChecklist.set(c.id, share);
	}
	return byChecklist;
}
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
		expect(composeModel(outline, sharesFor(full, shareGroups(full).keys()))).toEqual(full);
	});

	test('it names no item and carries no statement hash (only profile overrides name their items)', () => {
		const text = JSON.stringify({ ...outline, p: [] });
		for (const item of full.items) {
			expect(text).not.toContain(`"${item.id}"`);
			expect(text).not.toContain(item.textHash);
		}
	});

	test('a share is named by its items’ id prefix and carries every checklist with an item of that prefix', () => {
		expect([...shareGroups(full)]).toEqual(full.checklists.map((c) => [c.id, [c.id]]));
		expect(sharesOf(['c1-s0-i2', 'c3-s1-i0', 'c1-s1-i1'])).toEqual(new Set(['c1', 'c3']));
		const input = playbook(4, 2);
		// c1 borrows an item with c2's prefix; c0 mixes in a prefix of its own.
		input.checklists[1].sections[0].items[0].id = 'c2-borrowed';
		input.checklists[0].sections[1].items[1].id = 'x0-odd';
		const mixed = buildPlaybookModel(input, 'test');
		expect([...shareGroups(mixed)]).toEqual([
			['c0', ['c0']],
			['x0', ['c0']],
			['c2', ['c1', 'c2']],
			['c1', ['c1']],
			['c3', ['c3']],
		]);
		// Answers to the borrowed item and to c0's odd one: their shares make each checklist whole.
		const state = ['c2-borrowed', 'x0-odd'].reduce((s, id, n) => setAnswer(s, id, { value: 3 }, n + 1, mixed), emptyState(mixed));
		const composed = composeModel(packOutline(mixed, []), sharesFor(mixed, sharesOf(Object.keys(state.answers))));
		expect(composed.items.filter((item) => item.textHash).map((item) => item.checklistId)).toEqual([...Array(4).fill('c0'), ...Array(4).fill('c1'), ...Array(4).fill('c2')]);
		expect(overviewFigures(composed, state)).toEqual(overviewFigures(mixed, state));
	});

	test('shares are filed in buckets, at least twice as many as shares, so the page names a number whatever the playbook’s size', () => {
		expect([0, 1, 2, 6, 13, 498].map(shareBucketCount)).toEqual([1, 2, 4, 16, 32, 1024]);
		// 498 prefixes as the scale benchmark names them: spread, a handful at most in one bucket.
		const load = new Map<number, number>();
		for (let n = 1; n <= 498; n++) {
			const bucket = shareBucket(`c${n}`, 1024);
			expect(bucket).toBeGreaterThanOrEqual(0);
			expect(bucket).toBeLessThan(1024);
			load.set(bucket, (load.get(bucket) ?? 0) + 1);
		}
		expect(Math.max(...load.values())).toBeLessThanOrEqual(4);

		const files = shareBucketFiles(full);
		expect(files).toHaveLength(shareBucketCount(shareGroups(full).size));
		// Each prefix in the bucket its hash names, once; a bucket's share is its prefixes' checklists.
		expect(files.flatMap((file) => file.p).sort()).toEqual([...shareGroups(full).keys()].sort());
		files.forEach((file, bucket) => {
			for (const prefix of file.p) expect(shareBucket(prefix, files.length)).toBe(bucket);
			if (!file.p.length) return expect(file.m).toBeUndefined();
			expect(unpackModel(file.m!)).toEqual(sliceModel(full, file.p));
		});
		// Every bucket's share together makes the whole model.
		const byChecklist = new Map<string, PlaybookModel>();
		for (const file of files) if (file.m) for (const c of unpackModel(file.m).checklists) byChecklist.set(c.id, unpackModel(file.m));
		expect(composeModel(outline, byChecklist)).toEqual(full);
	});

	test('with the shares of the answered checklists only, every overview figure equals the whole model’s', () => {
		const patch = fc.constantFrom<AnswerPatch>({ value: 0 }, { value: 2 }, { value: 3 }, { value: 'unknown' }, { value: 'na', naReason: 'not sold there' }, { value: 'na' }, { owner: 'Li' });
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), patch), { maxLength: 12 }), (edits) => {
				let state = emptyState(full);
				edits.forEach(([id, answer], n) => (state = setAnswer(state, id, answer, n + 1, full)));
				const answered = Object.keys(state.answers).filter((id) => isAnswered(state.answers[id]));
				const composed = composeModel(outline, sharesFor(full, sharesOf(answered)));
				expect(figures(composed, state)).toEqual(figures(full, state));
			}),
			{ numRuns: Math.max(50, Math.floor(PROPERTY_RUNS / 5)) }
		);
	});

	test('stored answers are read for their version and item ids only when they are in the current format', () => {
		const state = setAnswer(emptyState(full), 'c1-s0-i0', { value: 2 }, 1, full);
		expect(storedAnswers(null)).toEqual({ ids: [] });
		expect(storedAnswers(JSON.stringify(state))).toEqual({ version: full.version, ids: ['c1-s0-i0'] });
		expect(storedAnswers(JSON.stringify({ ...state, playbookVersion: 'test-00000000' }))).toEqual({ version: 'test-00000000', ids: ['c1-s0-i0'] });
		expect(storedAnswers(JSON.stringify({ ...state, version: 2 }))).toBeUndefined();
		expect(storedAnswers(JSON.stringify({ ...state, playbookVersion: 3 }))).toBeUndefined();
		expect(storedAnswers(JSON.stringify({ ...state, answers: [] }))).toBeUndefined();
		expect(storedAnswers('{"format":')).toBeUndefined();
		expect(storedAnswers('null')).toBeUndefined();
	});
});
