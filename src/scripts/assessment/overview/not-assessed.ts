/**
 * Items not yet assessed (unanswered, or N/A still missing its reason), by checklist: their own list
 * beside the action plan, never in it. Rebuilt only when the list changes.
 */
import { notAssessedByChecklist } from '../../../lib/assessment/actions';
import type { AssessmentState } from '../../../lib/assessment/state';
import { h, renderIfChanged } from '../dom';
import type { OverviewContext } from './context';

export function notAssessedView({ model, titles, t, $, loadItemTitles }: OverviewContext) {
	const box = $('[data-not-assessed]');
	const totals = new Map(model.checklists.map((c) => [c.id, c.sections.reduce((n, s) => n + s.items.length, 0)]));
	const render = (view: AssessmentState) => {
		const groups = notAssessedByChecklist(model, view);
		// Items missing a reason are listed by statement: fetch their sections' statements first.
		const missingIds = groups.flatMap(([, items]) => items.filter((p) => p.status === 'na-no-reason').map((p) => p.itemId));
		const untitled = missingIds.filter((id) => !Object.hasOwn(titles.items, id));
		if (untitled.length) void loadItemTitles(untitled).then(() => render(view));
		renderIfChanged(box, JSON.stringify([groups, untitled.length]), () => {
			if (!groups.length) return [h('p', {}, t('dash.allAssessed'))];
			return [
				h(
					'ul',
					{ class: 'pb-not-assessed' },
					...groups.map(([checklistId, items]) => {
						const unanswered = items.filter((p) => p.status === 'unanswered').length;
						const missing = items.filter((p) => p.status === 'na-no-reason');
						return h(
							'li',
							{ 'data-checklist': checklistId },
							h('a', { href: titles.checklistLinks[checklistId] }, titles.checklists[checklistId]),
							t('dash.colon'),
							[unanswered ? t('dash.notAssessedCount', { count: unanswered, total: totals.get(checklistId) ?? 0 }) : '', missing.length ? t('dash.missingReason', { count: missing.length }) : '']
								.filter(Boolean)
								.join(t('dash.semicolon')),
							missing.length ? h('ul', {}, ...missing.map((p) => h('li', {}, h('a', { href: titles.itemLinks[p.itemId] }, titles.items[p.itemId] ?? p.itemId)))) : null
						);
					})
				),
			];
		});
	};
	return render;
}
