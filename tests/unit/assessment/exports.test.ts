/** The overview's export wiring, read back as a user would: the CSV and Markdown files with the real strings. */
import { describe, expect, test } from 'vitest';
import { assessmentStrings, type AssessmentKey } from '../../../src/i18n/assessment';
import { format } from '../../../src/i18n/format';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { emptyState, setAnswer } from '../../../src/lib/assessment/state';
import { actionPlanCsvFile, markdownReportFile } from '../../../src/scripts/assessment/overview/exports';
import type { AssessmentTitles } from '../../../src/utils/assessment-titles';

const model = buildPlaybookModel(
	{
		checklists: [{ id: 'alpha', sections: [{ id: 's', items: [
			{ id: 'a1', statement: '一', weight: 3, mitigates: ['r1'], implements: 'st1' },
			{ id: 'a2', statement: '二', weight: 1, mitigates: ['r1'] },
		] }] }],
		risks: [{ id: 'r1', category: 'compliance', likelihood: 4, impact: 5 }],
		strategies: [{ id: 'st1', order: 1 }],
	},
	'2026.12'
);
const titles = {
	items: { a1: 'Named EU responsible person', a2: 'VAT registered' },
	itemLinks: {},
	risks: { r1: 'Product compliance' },
	riskLinks: {},
	strategies: { st1: 'Market insight' },
	strategyLinks: {},
	checklists: { alpha: 'Market entry' },
	profiles: [],
	lang: 'en',
} as unknown as AssessmentTitles;
const translate = (locale: 'en' | 'zh-cn') => (key: AssessmentKey, vars?: Record<string, string | number>) => format(assessmentStrings(locale)[key], vars);
const state = setAnswer(setAnswer(emptyState(model), 'a1', { value: 1, owner: '=Lina', due: '2026-12-31', note: 'check | twice' }, 5, model), 'a2', { value: 'unknown' }, 6, model);

describe('overview exports', () => {
	test('the action plan CSV has worded headers, statuses, titles and defused owners', () => {
		const lines = actionPlanCsvFile(model, state, translate('en'), titles).replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(lines[0]).toBe('#,ID,Item,Checklist,Weight,Now,Expected reduction,Reduces,Strategy,Owner,Due date');
		expect(lines[1]).toBe("1,a1,Named EU responsible person,Market entry,3,1 Ad hoc,10,Product compliance,Market insight,'=Lina,2026-12-31");
		expect(lines[2]).toMatch(/^2,a2,VAT registered,Market entry,1,Don't know,/);
	});

	test('the Markdown report names each score column once ("Complete" and "Answered"), in both languages', () => {
		const en = markdownReportFile(model, state, translate('en'), titles, '2026-12-06');
		expect(en).toContain('| Score (answered items) | Complete | Answered | N/A | Don\'t know |');
		expect(en).toContain('| 25% | 100% | 2 / 2 | 0 | 1 |');
		expect(en).toContain('check \\| twice');
		const zh = markdownReportFile(model, state, translate('zh-cn'), titles, '2026-12-06');
		expect(zh).toContain('| 得分（按已作答项） | 完成度 | 已作答 | 不适用 | 不清楚 |');
		expect(zh).toMatch(/^# 自评总览\n\n2026-12-06 · 2026\.12/);
	});
});
