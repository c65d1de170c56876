import { describe, expect, test } from 'vitest';
import type { PlaybookModel } from '../../../src/lib/assessment/model';
import { compareShared } from '../../../src/lib/assessment/shared-compare';
import type { Answer, AssessmentState } from '../../../src/lib/assessment/state';

const item = (id: string, checklistId: string) => ({ id, checklistId, sectionId: 's', weight: 2 as const, mitigates: [], textHash: '00000000' });
const model: PlaybookModel = {
	version: 'v',
	items: [item('a1', 'alpha'), item('a2', 'alpha'), item('b1', 'beta')],
	risks: [],
	strategies: [],
	checklists: [
		{ id: 'alpha', sections: [{ id: 's', items: ['a1', 'a2'] }] },
		{ id: 'beta', sections: [{ id: 's', items: ['b1'] }] },
	],
	profiles: [],
};
const state = (answers: Record<string, Answer>): AssessmentState => ({ format: 'cbp-assessment', version: 3, playbookVersion: 'v', answers });

describe('compareShared', () => {
	test('lists the items the link carries, in page order, beside mine, with the fields that differ', () => {
		const theirs = state({ b1: { value: 2, note: 'weekly', updatedAt: 0 }, a1: { value: 'na', naReason: 'no EU sales', owner: 'Li', updatedAt: 0 }, a2: { updatedAt: 0 } });
		const mine = state({ a1: { value: 'na', naReason: 'no EU sales', owner: 'Li', updatedAt: 5 }, b1: { value: 1, note: 'weekly', due: '2027-01-15', updatedAt: 5 } });
		const { rows, carriesNotes } = compareShared(model, theirs, mine);
		expect(carriesNotes).toBe(true);
		// a2 holds nothing but a cleared answer: the link does not carry it.
		expect(rows.map((row) => [row.id, row.checklistId, row.differs])).toEqual([
			['a1', 'alpha', []],
			['b1', 'beta', ['value', 'due']],
		]);
		expect(rows[1].mine?.value).toBe(1);
	});

	test('a link without notes is said to carry none, and my notes, owners and N/A reasons are not counted as differences', () => {
		const theirs = state({ a1: { value: 'na', due: '2027-02-01', updatedAt: 0 }, a2: { value: 3, updatedAt: 0 } });
		const mine = state({ a1: { value: 'na', naReason: 'no EU sales', owner: 'Li', due: '2027-02-01', updatedAt: 5 } });
		const { rows, carriesNotes } = compareShared(model, theirs, mine);
		expect(carriesNotes).toBe(false);
		expect(rows.map((row) => [row.id, row.differs, row.mine])).toEqual([
			['a1', [], mine.answers.a1],
			['a2', ['value'], undefined],
		]);
	});
});
