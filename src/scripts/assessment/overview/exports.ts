/** The overview's exports, worded: CSV action plan and Markdown report (no DOM, tested directly). */
import { actionPlan, type Action } from '../../../lib/assessment/actions';
import { actionPlanCsv } from '../../../lib/assessment/csv';
import { markdownReport } from '../../../lib/assessment/markdown';
import type { PlaybookModel } from '../../../lib/assessment/model';
import { respondentLabel, type AssessmentState } from '../../../lib/assessment/state';
import type { AssessmentTitles } from '../../../utils/assessment-titles';
import type { Translate } from '../session';
import { statusLabel } from './context';

export { statusLabel };

export function actionPlanCsvFile(model: PlaybookModel, state: AssessmentState, t: Translate, titles: AssessmentTitles): string {
	const columns = [
		{ label: t('dash.rank'), field: 'rank' as const },
		{ label: 'ID', field: 'itemId' as const },
		{ label: t('dash.item'), value: (a: Action) => titles.items[a.itemId] },
		{ label: t('dash.checklist'), value: (a: Action) => titles.checklists[a.checklistId] },
		{ label: t('dash.weight'), field: 'weight' as const },
		{ label: t('dash.current'), value: (a: Action) => statusLabel(t, a) },
		{ label: t('dash.reduction'), field: 'reduction' as const },
		{ label: t('dash.risks'), value: (a: Action) => a.risks.map((id) => titles.risks[id]).join('; ') },
		{ label: t('dash.strategy'), value: (a: Action) => (a.strategy ? titles.strategies[a.strategy] : '') },
		{ label: t('dash.owner'), field: 'owner' as const },
		{ label: t('dash.due'), field: 'due' as const },
	];
	return actionPlanCsv(actionPlan(model, state), columns);
}

export function markdownReportFile(model: PlaybookModel, state: AssessmentState, t: Translate, titles: AssessmentTitles, date: string): string {
	return markdownReport(model, state, {
		title: t('dash.title'),
		subtitle: [date, model.version, respondentLabel(state.respondent)].filter(Boolean).join(' · '),
		checklistTitles: titles.checklists,
		itemTitles: titles.items,
		includeNotes: true,
		labels: {
			overall: t('dash.overall'),
			checklists: t('dash.checklist'),
			actions: t('dash.actions'),
			score: t('dash.score'),
			complete: t('dash.complete'),
			answered: t('dash.answered'),
			na: t('dash.na'),
			unknown: t('dash.unknown'),
			checklist: t('dash.checklist'),
			item: t('dash.item'),
			weight: t('dash.weight'),
			status: t('dash.current'),
			reduction: t('dash.reduction'),
			owner: t('dash.owner'),
			due: t('dash.due'),
			note: t('answer.note'),
			levels: { 0: t('level.0'), 1: t('level.1'), 2: t('level.2'), 3: t('level.3') },
			unknownStatus: t('dash.status.unknown'),
			unanswered: t('dash.status.unanswered'),
			noActions: t('dash.noActions'),
		},
	});
}
