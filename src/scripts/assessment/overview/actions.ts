/**
 * The action plan with editable owners and due dates. Owners save as the user types; the table is never
 * changed while focus is inside it (another tab's write or the user's own edit waits until they leave),
 * so typing and focus are never lost. After an answer only the rows whose action changed are rebuilt;
 * rows that merely moved are kept and renumbered.
 */
import type { Action } from '../../../lib/assessment/actions';
import { INPUT_MAXLENGTH, setAnswer } from '../../../lib/assessment/state';
import { scoreOverall } from '../../../lib/assessment/scoring';
import { h, placeInOrder } from '../dom';
import { statusLabel, type OverviewContext } from './context';
import { printCopy } from '../print-values';

export const ACTION_ROWS = 20;

export function actionsView(ctx: OverviewContext) {
	const { session, titles, t, $, live, loadItemTitles } = ctx;
	const container = $('[data-actions]');
	/** What each input last wrote, so leaving a field without typing never overwrites another tab's newer value. */
	const lastTyped = new WeakMap<Element, string>();
	let pending: (() => void) | undefined;

	const write = (input: HTMLInputElement, persist: 'now' | 'later') => {
		const itemId = input.dataset.item!;
		const field = input.dataset.field as 'owner' | 'due';
		session.update(setAnswer(session.state, itemId, { [field]: input.value }, Date.now(), ctx.model), new Set([itemId]), persist);
		if (persist === 'now') live.textContent = t('saved', { answered: scoreOverall(ctx.model, session.state).answered, total: ctx.model.items.length });
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
		const label = `${t(field === 'owner' ? 'dash.owner' : 'dash.due')}: ${titles.items[action.itemId] ?? action.itemId}`;
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

	const row = (action: Action, rank: number, readOnly: boolean) =>
		h(
			'tr',
			{ 'data-item': action.itemId },
			h('td', {}, rank),
			h(
				'th',
				{ scope: 'row' },
				h('a', { href: titles.itemLinks[action.itemId] }, titles.items[action.itemId] ?? action.itemId),
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
		);
	/** What a row shows, bar its rank: a row whose signature is unchanged is kept. */
	const signature = (a: Action) => JSON.stringify([a.status, a.level, a.reduction, a.owner, a.due, Object.hasOwn(titles.items, a.itemId)]);
	/** The rows on screen by item id, with their signatures; undefined while the table is not built. */
	let shown: Map<string, { tr: HTMLElement; signature: string }> | undefined;
	let shownReadOnly = false;
	let tbody: HTMLElement | undefined;
	let more: HTMLElement | undefined;
	const moreText = (actions: Action[]) => (actions.length > ACTION_ROWS ? t('dash.moreActions', { count: actions.length - ACTION_ROWS }) : '');

	const build = (actions: Action[], readOnly: boolean) => {
		shown = undefined;
		if (!actions.length) return container.replaceChildren(h('p', {}, t('dash.noActions')));
		// Seven columns that fit beside Starlight's sidebars at 1366 px: the pillar and the risks an item
		// reduces are a second line under the item.
		const head = ['dash.rank', 'dash.item', 'dash.weight', 'dash.current', 'dash.reduction', 'dash.owner', 'dash.due'];
		shown = new Map();
		shownReadOnly = readOnly;
		const rows = actions.slice(0, ACTION_ROWS).map((action, index) => {
			const tr = row(action, index + 1, readOnly);
			shown!.set(action.itemId, { tr, signature: signature(action) });
			return tr;
		});
		tbody = h('tbody', {}, ...rows);
		more = h('p', { hidden: actions.length <= ACTION_ROWS }, moreText(actions));
		container.replaceChildren(
			h(
				'div',
				{ class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.actions') },
				h('table', { class: 'pb-table', id: 'pb-actions' }, h('thead', {}, h('tr', {}, ...head.map((k) => h('th', { scope: 'col' }, t(k as 'dash.rank'))))), tbody)
			),
			more
		);
	};

	/** Keeps the rows whose action is unchanged (renumbered if they moved), builds the others. */
	const patch = (actions: Action[]) => {
		const next = new Map<string, { tr: HTMLElement; signature: string }>();
		const rows = actions.slice(0, ACTION_ROWS).map((action, index) => {
			const sig = signature(action);
			const old = shown!.get(action.itemId);
			if (old && old.signature === sig) {
				const rankCell = old.tr.firstElementChild!;
				if (rankCell.textContent !== String(index + 1)) rankCell.textContent = String(index + 1);
				next.set(action.itemId, old);
				return old.tr;
			}
			const tr = row(action, index + 1, shownReadOnly);
			next.set(action.itemId, { tr, signature: sig });
			return tr;
		});
		placeInOrder(tbody!, rows);
		shown = next;
		more!.hidden = actions.length <= ACTION_ROWS;
		more!.textContent = moreText(actions);
	};

	let latest: Action[] | undefined;
	/** Shows the ranked plan; `changed` false when the plan is the same as last time. */
	const show = (actions: Action[], readOnly: boolean, changed = true) => {
		latest = actions;
		// Statements come per section: rows show the item id until their section's file is in.
		const missing = actions.slice(0, ACTION_ROWS).filter((a) => !Object.hasOwn(titles.items, a.itemId));
		if (missing.length) void loadItemTitles(missing.map((a) => a.itemId)).then(() => latest === actions && show(actions, readOnly));
		if (!changed && shown !== undefined && readOnly === shownReadOnly) return;
		const run = () => (shown === undefined || !actions.length || readOnly !== shownReadOnly ? build(actions, readOnly) : patch(actions));
		if (container.contains(document.activeElement) && document.activeElement !== container) pending = run;
		else {
			pending = undefined;
			run();
		}
	};
	return show;
}
