/**
 * Risk matrix (grid and table). Built once per view mode; after an answer only the risks that changed
 * cell move, and only the table rows of the risks that moved are rewritten. A long register shows the
 * first risks of each cell and of the table until "Show all" (long-list.ts).
 */
import type { FiguresDelta, OverviewFigures } from '../../../lib/assessment/incremental';
import { riskGrids, type RiskGrid, type RiskPosition } from '../../../lib/assessment/residual';
import { riskBand } from '../../../lib/risk/score';
import { h, placeInOrder } from '../dom';
import { percent, type OverviewContext } from './context';
import { CELL_LIMIT, LIST_LIMIT, type LongList } from './long-list';

export function matrixView(ctx: OverviewContext) {
	const { titles, t, $, lists } = ctx;
	const bandLabel = (score: number) => t(`dash.band.${riskBand(score)}` as 'dash.band.low');
	// Short codes (R1…R15, register order, the same in both languages): a narrow matrix shows only the
	// code, the table below is its legend.
	const code = new Map(ctx.model.risks.map((risk, index) => [risk.id, `R${index + 1}`]));
	const riskLabel = (id: string) => [h('span', { class: 'pb-risk-code' }, code.get(id)!), ' ', h('span', { class: 'pb-risk-name' }, titles.risks[id])];
	const modeNow = () => ($<HTMLElement>('[data-matrix]').closest('pb-dashboard')!.querySelector<HTMLInputElement>('input[name="pb-matrix-view"]:checked')?.value === 'inherent' ? 'inherent' : 'residual');
	let shownMode: 'inherent' | 'residual' | undefined;
	/** The last figures shown: "Show all" draws the grid or the table again from them. */
	let last: OverviewFigures | undefined;
	/** Grid cells by "l/i": the cell, its list, the list item of each risk it shows, and its "Show all". */
	const cells = new Map<string, { td: HTMLElement; list: HTMLElement; items: Map<string, HTMLElement>; more: Node }>();
	const tableRows = new Map<string, HTMLElement>();
	const redrawGrid = () => last && grid(modeNow(), gridOf(last));
	/** Each cell lists its first risks until opened (a cell holds dozens at scale); the table lists them all. */
	const cellLists = new Map<string, LongList>();
	for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) cellLists.set(`${l}/${i}`, lists.list(CELL_LIMIT, redrawGrid, true));
	const riskList = lists.list(LIST_LIMIT, () => last && table(last));

	const cellLabel = (l: number, i: number, count: number) => {
		const score = l * i;
		return t('dash.cell', { l, i, score, band: bandLabel(score), count });
	};
	const riskItem = (id: string) => h('li', {}, h('a', { href: titles.riskLinks[id] }, ...riskLabel(id)));
	/** The risks a cell shows and its "Show all": the first ones until the cell is opened. */
	const cellShows = (l: number, i: number, ids: string[]) => {
		const cellList = cellLists.get(`${l}/${i}`)!;
		return { shown: ids.slice(0, cellList.count(ids.length)), more: cellList.toggle(ids.length, `pb-cell-${l}-${i}`) ?? document.createTextNode('') };
	};
	const cell = (l: number, i: number, ids: string[]) => {
		const score = l * i;
		const { shown, more } = cellShows(l, i, ids);
		const items = new Map(shown.map((id) => [id, riskItem(id)]));
		const list = h('ul', { hidden: !ids.length, id: `pb-cell-${l}-${i}` }, ...items.values());
		const td = h('td', { 'data-band': riskBand(score), 'aria-label': cellLabel(l, i, ids.length) }, h('span', { class: 'pb-cell-score', 'aria-hidden': 'true' }, `${score} `, h('span', { class: 'pb-band-word' }, bandLabel(score))), list, more);
		cells.set(`${l}/${i}`, { td, list, items, more });
		return td;
	};

	const gridOf = (figures: OverviewFigures) => riskGrids(ctx.model.risks.map((risk) => figures.risks.get(risk.id)!))[modeNow()];

	const grid = (mode: 'inherent' | 'residual', positions: RiskGrid) => {
		cells.clear();
		// "Likelihood 3": a narrow matrix shows only the number (the caption says which axis is which).
		const axisHead = (scope: 'row' | 'col', axis: 'dash.impact' | 'dash.likelihood', n: number) => h('th', { scope }, h('span', { class: 'pb-axis-name' }, t(axis)), ` ${n}`);
		const rows = [5, 4, 3, 2, 1].map((i) => h('tr', {}, axisHead('row', 'dash.impact', i), ...[1, 2, 3, 4, 5].map((l) => cell(l, i, positions[l - 1][i - 1]))));
		const caption = h('caption', {}, `${t(mode === 'inherent' ? 'dash.inherent' : 'dash.residual')} · ${t('dash.axes')}`);
		const head = h('tr', {}, h('td', {}), ...[1, 2, 3, 4, 5].map((l) => axisHead('col', 'dash.likelihood', l)));
		$('[data-matrix]').replaceChildren(h('div', { class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.matrix') }, h('table', { class: 'pb-matrix', id: 'pb-matrix' }, caption, h('thead', {}, head), h('tbody', {}, ...rows))));
		shownMode = mode;
	};

	/**
	 * Moves only the risks that changed cell: a cell lists hundreds of risks at scale, and rebuilding one
	 * makes the browser lay all of them out again.
	 */
	const updateGrid = (positions: RiskGrid) => {
		for (let l = 1; l <= 5; l++)
			for (let i = 1; i <= 5; i++) {
				const shown = cells.get(`${l}/${i}`)!;
				const ids = positions[l - 1][i - 1];
				const { shown: visible, more } = cellShows(l, i, ids);
				const label = cellLabel(l, i, ids.length);
				if (label === shown.td.getAttribute('aria-label') && visible.length === shown.items.size && visible.every((id) => shown.items.has(id))) continue;
				// Risks that stay keep their list item; the cell keeps register order, as built.
				const items = new Map(visible.map((id) => [id, shown.items.get(id) ?? riskItem(id)]));
				placeInOrder(shown.list, [...items.values()]);
				shown.items = items;
				shown.list.hidden = !ids.length;
				shown.td.setAttribute('aria-label', label);
				shown.more.parentNode?.replaceChild(more, shown.more);
				shown.more = more;
			}
	};

	const li = (p: { l: number; i: number }) => `${p.l} × ${p.i} = ${p.l * p.i} (${bandLabel(p.l * p.i)})`;
	const rowValues = (risk: RiskPosition) => [li(risk.inherent), percent(risk.coverage), li(risk.residual)];
	/** The risks the table draws: all, or the first ones of a long register until "Show all". */
	const shownRisks = () => ctx.model.risks.slice(0, riskList.count(ctx.model.risks.length));
	const tableRow = (risk: RiskPosition) => {
		const shown = tableRows.get(risk.id);
		if (shown) {
			// Rewritten in place: replacing a row re-styles the whole table body (hundreds of risks at scale).
			rowValues(risk).forEach((value, i) => {
				const td = (shown as HTMLTableRowElement).cells[i + 1];
				if (td.textContent !== value) td.textContent = value;
			});
			return shown;
		}
		const tr = h('tr', { 'data-risk': risk.id }, h('th', { scope: 'row' }, h('a', { href: titles.riskLinks[risk.id] }, ...riskLabel(risk.id))), ...rowValues(risk).map((value) => h('td', {}, value)));
		tableRows.set(risk.id, tr);
		return tr;
	};
	const table = (figures: OverviewFigures) => {
		tableRows.clear();
		$('[data-matrix-table]').replaceChildren(
			h(
				'div',
				{ class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.matrixTable') },
				h(
					'table',
					{ class: 'pb-table', id: 'pb-matrix-table' },
					h('caption', {}, t('dash.matrixTable')),
					h('thead', {}, h('tr', {}, ...['dash.risk', 'dash.inherent', 'dash.coverage', 'dash.residual'].map((k) => h('th', { scope: 'col' }, t(k as 'dash.risk'))))),
					h('tbody', {}, ...shownRisks().map((risk) => tableRow(figures.risks.get(risk.id)!)))
				)
			),
			riskList.toggle(ctx.model.risks.length, 'pb-matrix-table') ?? ''
		);
	};

	/** Shows `figures`: everything after a load ('all'), the grid again when the view mode changed, else what the delta names. */
	return (figures: OverviewFigures, delta: FiguresDelta | 'all') => {
		last = figures;
		const mode = modeNow();
		if (delta === 'all' || !tableRows.size) table(figures);
		// A risk not drawn (a long register shown in part) is drawn with its figures when shown.
		else for (const id of delta.risks) if (tableRows.has(id)) tableRow(figures.risks.get(id)!);
		if (delta === 'all' || mode !== shownMode) grid(mode, gridOf(figures));
		else if (mode === 'residual' && delta.risks.length) updateGrid(gridOf(figures));
	};
}
