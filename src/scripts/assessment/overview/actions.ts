/**
 * The action plan with editable owners and due dates. Owners save as the user types; the table is never
 * rebuilt while focus is inside it (another tab's write or the user's own edit waits until they leave),
 * so typing and focus are never lost.
 */
import { actionPlan, type Action } from '../../../lib/assessment/actions';
import { INPUT_MAXLENGTH, setAnswer, type AssessmentState } from '../../../lib/assessment/state';
import { scoreOverall } from '../../../lib/assessment/scoring';
import { h, renderIfChanged } from '../dom';
import type { OverviewContext } from './context';
import { statusLabel } from './exports';
import { printCopy } from '../print-values';

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
		printCopy(input);
		write(input, 'later');
	});
	container.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (!input.dataset.field) return;
		printCopy(input);
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
		const input = h('input', {
			type: field === 'due' ? 'date' : 'text',
			value: action[field] ?? '',
			'aria-label': label,
			'data-item': action.itemId,
			'data-field': field,
			maxlength: field === 'owner' ? INPUT_MAXLENGTH.owner : undefined,
		}) as HTMLInputElement;
		// On paper the value prints as text (print.css).
		return h('span', {}, input, h('span', { class: 'pb-print-value' }, action[field] ?? ''));
	};

	const build = (actions: Action[], readOnly: boolean) => {
		if (!actions.length) return [h('p', {}, t('dash.noActions'))];
		// Seven columns that fit beside Starlight's sidebars at 1366 px: the pillar and the risks an item
		// reduces are a second line under the item.
		const head = ['dash.rank', 'dash.item', 'dash.weight', 'dash.current', 'dash.reduction', 'dash.owner', 'dash.due'];
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
								h(
									'th',
									{ scope: 'row' },
									h('a', { href: titles.itemLinks[action.itemId] }, titles.items[action.itemId]),
									h(
										'span',
										{ class: 'pb-action-meta' },
										action.strategy ? h('a', { href: titles.strategyLinks[action.strategy] }, titles.strategies[action.strategy]) : null,
										action.strategy && action.risks.length ? ' · ' : null,
										action.risks.length ? `${t('dash.risks')}: ` : null,
										...action.risks.flatMap((id, i) => [i ? ' · ' : '', h('a', { href: titles.riskLinks[id] }, titles.risks[id])])
									)
								),
								h('td', {}, action.weight),
								h('td', {}, statusLabel(t, action)),
								h('td', {}, action.reduction.toFixed(1)),
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

	return (view: AssessmentState, readOnly: boolean) => {
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
