/**
 * The action plan with editable owners and due dates. Owners save as the user types; the table is never
 * rebuilt while focus is inside it (another tab's write or the user's own edit waits until they leave),
 * so typing and focus are never lost.
 */
import { actionPlan, notAssessedByChecklist, type Action } from '../../../lib/assessment/actions';
import { INPUT_MAXLENGTH, setAnswer, type AssessmentState } from '../../../lib/assessment/state';
import { scoreOverall } from '../../../lib/assessment/scoring';
import { h, renderIfChanged } from '../dom';
import type { OverviewContext } from './context';
import { statusLabel } from './exports';

export const ACTION_ROWS = 20;

export function actionsView({ session, model, titles, t, $, live }: OverviewContext) {
	const container = $('[data-actions]');
	/** What each input last wrote, so leaving a field without typing never overwrites another tab's newer value. */
	const lastTyped = new WeakMap<Element, string>();
	let pending: (() => void) | undefined;

	const write = (input: HTMLInputElement, persist: 'now' | 'later') => {
		const itemId = input.dataset.item!;
		const field = input.dataset.field as 'owner' | 'due';
		session.update(setAnswer(session.state, itemId, { [field]: input.value }, Date.now(), model), new Set([itemId]), persist);
		if (persist === 'now') live.textContent = t('saved', { answered: scoreOverall(model, session.state).answered, total: model.items.length });
	};
	container.addEventListener('input', (event) => {
		const input = event.target as HTMLInputElement;
		if (input.dataset.field !== 'owner') return;
		lastTyped.set(input, input.value);
		write(input, 'later');
	});
	container.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (!input.dataset.field) return;
		if (input.dataset.field === 'due' || lastTyped.get(input) !== input.value) write(input, 'now');
		else session.flush();
	});
	container.addEventListener('focusout', () => {
		session.flush();
		setTimeout(() => {
			if (pending && !container.contains(document.activeElement)) {
				const run = pending;
				pending = undefined;
				run();
			}
		});
	});

	const edit = (action: Action, field: 'owner' | 'due', readOnly: boolean) => {
		const label = `${t(field === 'owner' ? 'dash.owner' : 'dash.due')}: ${titles.items[action.itemId]}`;
		if (readOnly) return action[field] ?? '';
		return h('input', {
			type: field === 'due' ? 'date' : 'text',
			value: action[field] ?? '',
			'aria-label': label,
			'data-item': action.itemId,
			'data-field': field,
			maxlength: field === 'owner' ? INPUT_MAXLENGTH.owner : undefined,
		});
	};

	const build = (actions: Action[], readOnly: boolean) => {
		if (!actions.length) return [h('p', {}, t('dash.noActions'))];
		const head = ['dash.rank', 'dash.item', 'dash.weight', 'dash.current', 'dash.reduction', 'dash.risks', 'dash.owner', 'dash.due'];
		return [
			h(
				'div',
				{ class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.actions') },
				h(
					'table',
					{ class: 'pb-table', id: 'pb-actions' },
					h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(k as 'dash.rank'))))),
					h(
						'tbody',
						{},
						...actions.slice(0, ACTION_ROWS).map((action, index) =>
							h(
								'tr',
								{ 'data-item': action.itemId },
								h('td', {}, index + 1),
								h('th', { scope: 'row' }, h('a', { href: titles.itemLinks[action.itemId] }, titles.items[action.itemId]), action.strategy ? h('br') : null, action.strategy ? h('a', { href: titles.strategyLinks[action.strategy], class: 'pb-item-id' }, titles.strategies[action.strategy]) : null),
								h('td', {}, action.weight),
								h('td', {}, statusLabel(t, action)),
								h('td', {}, action.reduction.toFixed(1)),
								h('td', {}, ...action.risks.flatMap((id, i) => [i ? ' · ' : '', h('a', { href: titles.riskLinks[id] }, titles.risks[id])])),
								h('td', {}, edit(action, 'owner', readOnly)),
								h('td', {}, edit(action, 'due', readOnly))
							)
						)
					)
				)
			),
			actions.length > ACTION_ROWS ? h('p', {}, t('dash.moreActions', { count: actions.length - ACTION_ROWS })) : '',
		];
	};

	/** Unanswered items (and N/A without a reason), by checklist: their own list, never in the action plan. */
	const notAssessedBox = $('[data-not-assessed]');
	const renderNotAssessed = (view: AssessmentState) => {
		const groups = notAssessedByChecklist(model, view);
		const totals = new Map(model.checklists.map((c) => [c.id, c.sections.reduce((n, s) => n + s.items.length, 0)]));
		renderIfChanged(notAssessedBox, JSON.stringify(groups), () => {
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
							missing.length ? h('ul', {}, ...missing.map((p) => h('li', {}, h('a', { href: titles.itemLinks[p.itemId] }, titles.items[p.itemId])))) : null
						);
					})
				),
			];
		});
	};

	return (view: AssessmentState, readOnly: boolean) => {
		renderNotAssessed(view);
		const actions = actionPlan(model, view);
		const key = JSON.stringify([readOnly, actions.length, actions.slice(0, ACTION_ROWS).map((a) => [a.itemId, a.status, a.level, a.reduction, a.owner, a.due])]);
		const run = () => renderIfChanged(container, key, () => build(actions, readOnly));
		if (container.contains(document.activeElement) && document.activeElement !== container) pending = run;
		else {
			pending = undefined;
			run();
		}
	};
}
