/**
 * Items not yet assessed (unanswered, or N/A still missing its reason), by checklist: their own list
 * beside the action plan, never in it. Updated in place: only the checklists whose counts or missing
 * reasons changed are rewritten (hundreds of checklists at scale), and links already shown stay.
 */
import { notAssessedByChecklist } from '../../../lib/assessment/actions';
import type { AssessmentState } from '../../../lib/assessment/state';
import { h, placeInOrder } from '../dom';
import type { OverviewContext } from './context';
import { LIST_LIMIT } from './long-list';

type Row = { li: HTMLElement; counts: HTMLElement; countsKey: string; missing?: HTMLElement; missingKey: string };

export function notAssessedView(ctx: OverviewContext) {
	const { titles, t, $, loadItemTitles, lists } = ctx;
	const box = $('[data-not-assessed]');
	/** The state last shown: "Show all" draws the list again from it. */
	let last: AssessmentState | undefined;
	const checklists = lists.list(LIST_LIMIT, () => last && render(last));
	let toggle: Node = document.createTextNode('');
	const totals = new Map(ctx.model.checklists.map((c) => [c.id, c.sections.reduce((n, s) => n + s.items.length, 0)]));
	let list: HTMLElement | undefined;
	let rows = new Map<string, Row>();

	const newRow = (checklistId: string): Row => {
		const counts = h('span', {});
		const li = h('li', { 'data-checklist': checklistId }, h('a', { href: titles.checklistLinks[checklistId] }, titles.checklists[checklistId]), t('dash.colon'), counts);
		return { li, counts, countsKey: '', missingKey: '' };
	};

	const render = (view: AssessmentState) => {
		last = view;
		const pending = notAssessedByChecklist(ctx.model, view);
		// A long playbook lists its first checklists until "Show all".
		const groups = pending.slice(0, checklists.count(pending.length));
		// Items missing a reason are listed by statement: fetch their sections' statements first.
		const missingIds = groups.flatMap(([, items]) => items.filter((p) => p.status === 'na-no-reason').map((p) => p.itemId));
		const untitled = missingIds.filter((id) => !Object.hasOwn(titles.items, id));
		if (untitled.length) void loadItemTitles(untitled).then(() => render(view));
		const nextToggle = checklists.toggle(pending.length, 'pb-not-assessed') ?? document.createTextNode('');
		if (!groups.length) {
			if (list || !box.hasChildNodes()) box.replaceChildren(h('p', {}, t('dash.allAssessed')));
			list = undefined;
			rows = new Map();
			return;
		}
		if (!list) {
			list = h('ul', { class: 'pb-not-assessed', id: 'pb-not-assessed' });
			box.replaceChildren(list, toggle);
		}
		toggle.parentNode?.replaceChild(nextToggle, toggle);
		toggle = nextToggle;
		const next = new Map<string, Row>();
		for (const [checklistId, items] of groups) {
			const unanswered = items.filter((p) => p.status === 'unanswered').length;
			const missing = items.filter((p) => p.status === 'na-no-reason');
			const row = rows.get(checklistId) ?? newRow(checklistId);
			const countsKey = `${unanswered}/${missing.length}`;
			if (row.countsKey !== countsKey) {
				row.counts.textContent = [unanswered ? t('dash.notAssessedCount', { count: unanswered, total: totals.get(checklistId) ?? 0 }) : '', missing.length ? t('dash.missingReason', { count: missing.length }) : '']
					.filter(Boolean)
					.join(t('dash.semicolon'));
				row.countsKey = countsKey;
			}
			const missingKey = missing.map((p) => `${p.itemId}:${Object.hasOwn(titles.items, p.itemId)}`).join(' ');
			if (row.missingKey !== missingKey) {
				const fresh = missing.length ? h('ul', {}, ...missing.map((p) => h('li', {}, h('a', { href: titles.itemLinks[p.itemId] }, titles.items[p.itemId] ?? p.itemId)))) : undefined;
				if (row.missing && fresh) row.missing.replaceWith(fresh);
				else if (fresh) row.li.append(fresh);
				else row.missing?.remove();
				row.missing = fresh;
				row.missingKey = missingKey;
			}
			next.set(checklistId, row);
		}
		// Checklists keep the model's order: a row that is back goes before the next one shown.
		placeInOrder(list, [...next.values()].map((row) => row.li));
		rows = next;
	};
	return render;
}
