/** Snapshots as a history: any two compared, one deleted without touching the others. */
import { describe, expect, test } from 'vitest';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { addSnapshot, changesSince, removeSnapshot, snapshotState, takeSnapshot } from '../../../src/lib/assessment/snapshots';
import { emptyState, setAnswer } from '../../../src/lib/assessment/state';

const model = buildPlaybookModel(
	{
		checklists: [{ id: 'c', sections: [{ id: 's', items: [{ id: 'i1', statement: '一', weight: 3, mitigates: ['r'] }, { id: 'i2', statement: '二', weight: 1, mitigates: ['r'] }] }] }],
		risks: [{ id: 'r', category: 'compliance', likelihood: 3, impact: 3 }],
		strategies: [],
	},
	't'
);
const q1 = setAnswer(emptyState(model), 'i1', { value: 1 }, 1, model);
const q2 = setAnswer(setAnswer(q1, 'i1', { value: 3 }, 2, model), 'i2', { value: 'na' }, 2, model);
const older = takeSnapshot(q1, 1000, 'Q1');
const newer = takeSnapshot(q2, 2000, 'Q2');

describe('snapshot history', () => {
	test('two snapshots compare with each other, not only with now', () => {
		expect(changesSince(older, snapshotState(newer), model)).toEqual([
			{ itemId: 'i1', from: 1, to: 3 },
			{ itemId: 'i2', to: 'na' },
		]);
		expect(changesSince(newer, snapshotState(newer), model)).toEqual([]);
	});

	test('deleting one keeps the others in order', () => {
		const list = addSnapshot(addSnapshot([], older), newer);
		expect(list.map((s) => s.label)).toEqual(['Q2', 'Q1']);
		expect(removeSnapshot(list, 2000).map((s) => s.label)).toEqual(['Q1']);
		expect(removeSnapshot(list, 42)).toEqual(list);
	});
});
