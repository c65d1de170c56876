import { describe, expect, test } from 'vitest';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { emptyState, setAnswer, type AnswerPatch } from '../../../src/lib/assessment/state';
import { teamSpread } from '../../../src/lib/assessment/team';

const model = buildPlaybookModel(
	{
		checklists: [
			{
				id: 'c',
				sections: [
					{
						id: 's',
						items: [
							{ id: 'i1', statement: '一', weight: 1, mitigates: ['r'] },
							{ id: 'i2', statement: '二', weight: 3, mitigates: ['r'] },
							{ id: 'i3', statement: '三', weight: 2, mitigates: ['r'] },
							{ id: 'i4', statement: '四', weight: 3, mitigates: ['r'] },
						],
					},
				],
			},
		],
		risks: [{ id: 'r', category: 'compliance', likelihood: 3, impact: 3 }],
		strategies: [],
	},
	't'
);
const member = (name: string, answers: Record<string, AnswerPatch>) => ({
	name,
	state: Object.entries(answers).reduce((s, [id, patch]) => setAnswer(s, id, patch, 1, model), emptyState(model)),
});

describe('teamSpread', () => {
	test('puts the biggest disagreements first, then "don\'t know", then weight', () => {
		const rows = teamSpread(model, [
			member('A', { i1: { value: 0 }, i2: { value: 2 }, i3: { value: 'unknown' }, i4: { value: 'na' } }),
			member('B', { i1: { value: 3 }, i2: { value: 3 }, i3: { value: 2 } }),
			member('C', { i1: { value: 1 }, i2: { value: 3 }, i4: { value: 1 } }),
		]);
		expect(rows.map((r) => [r.itemId, r.spread, r.unknown])).toEqual([
			['i1', 3, 0],
			['i2', 1, 0],
			['i3', 0, 1],
			['i4', 0, 0],
		]);
		expect(rows[0].values).toEqual([0, 3, 1]);
		expect(rows[0].mean).toBeCloseTo(4 / 3);
		// N/A and unanswered are not levels: one level alone has no spread.
		expect(rows[3]).toMatchObject({ values: ['na', undefined, 1], spread: 0, mean: 1 });
	});
});
