import { describe, expect, test } from 'vitest';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { emptyState, setAnswer, type AnswerPatch } from '../../../src/lib/assessment/state';
import { answerDistance, disagreement, filterRows, memberLabels, memberName, teamSpread, versionMismatches } from '../../../src/lib/assessment/team';
import { teamCsv, teamMinutes, type TeamReportLabels } from '../../../src/lib/assessment/team-report';
import { setRespondent } from '../../../src/lib/assessment/state';

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

describe('disagreement', () => {
	test('N/A against a level is a disagreement; N/A against 3 is as large as 0 against 3', () => {
		expect(answerDistance('na', 3)).toBe(3);
		expect(answerDistance(3, 'na')).toBe(3);
		expect(answerDistance('na', 0)).toBe(3);
		expect(disagreement(['na', 3, 'unknown'])).toBe(3);
		expect(disagreement(['na', 'na'])).toBe(0);
	});

	test('"don\'t know" against a level or N/A counts; against itself it does not', () => {
		expect(disagreement(['unknown', 2])).toBe(2);
		expect(disagreement(['unknown', 'na'])).toBe(2);
		expect(disagreement(['unknown', 'unknown'])).toBe(0);
	});

	test('unanswered is not agreement and not disagreement: it is left out and counted apart', () => {
		expect(disagreement([undefined, 3, undefined])).toBe(0);
		expect(disagreement([1, undefined, 2])).toBe(1);
	});
});

describe('teamSpread', () => {
	const team = [
		member('A', { i1: { value: 0 }, i2: { value: 2 }, i3: { value: 'unknown' }, i4: { value: 'na', naReason: '不卖电池' } }),
		member('B', { i1: { value: 3 }, i2: { value: 3, note: '每季度抽检' }, i3: { value: 2 }, i4: { value: 3 } }),
		member('C', { i1: { value: 1 }, i2: { value: 3 }, i4: { value: 'unknown' } }),
	];

	test('ranks N/A vs 3 with the biggest disagreements, then "don\'t know", unanswered and weight', () => {
		const rows = teamSpread(model, team);
		// i4 (N/A, 3, don't know: 3, weight 3) and i1 (0–3, weight 1) tie on 3; i4 has a "don't know".
		expect(rows.map((r) => [r.itemId, r.disagreement, r.unknown, r.unanswered])).toEqual([
			['i4', 3, 1, 0],
			['i1', 3, 0, 0],
			['i3', 2, 1, 1],
			['i2', 1, 0, 0],
		]);
		expect(rows[0]).toMatchObject({ spread: 0, mean: 3 });
		expect(rows[1].values).toEqual([0, 3, 1]);
		expect(rows[1].mean).toBeCloseTo(4 / 3);
	});

	test('each row carries every person\'s note and N/A reason', () => {
		const rows = teamSpread(model, team);
		expect(rows.find((r) => r.itemId === 'i4')!.answers[0]).toEqual({ value: 'na', naReason: '不卖电池' });
		expect(rows.find((r) => r.itemId === 'i2')!.answers[1]).toEqual({ value: 3, note: '每季度抽检' });
		expect(rows.find((r) => r.itemId === 'i3')!.answers[2]).toEqual({});
	});

	test('filters: weight 3 only, one checklist, unanswered by someone; page order on request', () => {
		const rows = teamSpread(model, team);
		expect(filterRows(model, rows, { weight3: true }).map((r) => r.itemId)).toEqual(['i4', 'i2']);
		expect(filterRows(model, rows, { unansweredBySomeone: true }).map((r) => r.itemId)).toEqual(['i3']);
		expect(filterRows(model, rows, { checklistId: 'other' })).toEqual([]);
		expect(filterRows(model, rows, { checklistId: 'c', sort: 'page' }).map((r) => r.itemId)).toEqual(['i1', 'i2', 'i3', 'i4']);
		expect(filterRows(model, rows, { minDisagreement: 2 }).map((r) => r.itemId)).toEqual(['i4', 'i1', 'i3']);
	});
});

describe('members', () => {
	test('names come from who answered, else the fallback; duplicates are told apart', () => {
		const named = setRespondent(emptyState(model), { name: '李伟', role: '采购' });
		expect(memberName(named, 'a.json')).toBe('李伟 (采购)');
		expect(memberName(emptyState(model), 'Link 2')).toBe('Link 2');
		expect(memberLabels(['Anna', 'Li', 'Anna', 'Bo'])).toEqual(['Anna (1)', 'Li', 'Anna (2)', 'Bo']);
	});

	test('a member who answered another playbook version is flagged', () => {
		const old = { ...emptyState(model), playbookVersion: '2025.01-old' };
		expect(versionMismatches(model, [member('A', {}), { name: 'B', state: old }])).toEqual([false, true]);
	});
});

describe('team exports', () => {
	const labels: TeamReportLabels = {
		item: 'Item', checklist: 'Checklist', weight: 'Weight', disagreement: 'Disagreement', unanswered: 'Unanswered', note: 'Note',
		naReason: 'N/A reason', participants: 'Participants', discuss: 'To discuss', noDiscuss: 'Nothing to discuss', notes: 'Notes',
		agreed: 'Agreed', agreedBy: 'Agreed by', otherVersion: 'other playbook version',
		answer: (v) => (v === undefined ? '' : v === 'na' ? 'N/A' : v === 'unknown' ? "Don't know" : `L${v}`),
	};
	const team = [
		member('A', { i1: { value: 'na', naReason: 'we | only *sell* clothes' } }),
		member('B', { i1: { value: 3, note: '=SUM(1)' } }),
	];
	const input = {
		title: 'Minutes', subtitle: '2026-12-06', members: ['Anna', 'Bo'], versions: [undefined, '2025.01'],
		rows: teamSpread(model, team), itemTitles: { i1: 'Item one', i2: 'Item two' }, checklistTitles: { c: 'List' },
		agreed: { i1: { value: 2 as const, by: 'Anna, Bo' } }, labels,
	};

	test('CSV: a row per item with each person\'s answer and comment, formulas made inert', () => {
		const lines = teamCsv(input).replace('\uFEFF', '').trim().split('\r\n');
		expect(lines[0]).toBe('ID,Checklist,Item,Weight,Disagreement,Unanswered,Anna,Anna: Note,Bo,Bo: Note,Agreed');
		expect(lines[1]).toBe("i1,List,Item one,1,3,0,N/A,we | only *sell* clothes,L3,'=SUM(1),L2");
		expect(lines).toHaveLength(1 + model.items.length);
	});

	test('Markdown minutes: participants with version warning, the N/A-vs-3 item, notes, the agreed answer', () => {
		const md = teamMinutes(input);
		expect(md).toContain('- Bo (other playbook version: 2025\\.01)'); // escaped: renders as 2025.01
		expect(md).toContain('| Item one | List | 1 | 3 | N/A | L3 |');
		expect(md).toContain('- Anna: we \\| only \\*sell\\* clothes');
		expect(md).toContain('| Item one | L2 | Anna, Bo |');
		expect(md).not.toContain('Item two |');
	});
});
