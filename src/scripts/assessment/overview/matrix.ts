/** Risk matrix (grid and table); rebuilt only when a risk moves or the view switches. */
import { riskMatrix } from '../../../lib/assessment/residual';
import type { AssessmentState } from '../../../lib/assessment/state';
import { riskBand } from '../../../lib/risk/score';
import { h, renderIfChanged } from '../dom';
import { percent, type OverviewContext } from './context';

export function matrixView({ model, titles, t, $ }: OverviewContext) {
	const bandLabel = (score: number) => t(`dash.band.${riskBand(score)}` as 'dash.band.low');
	// Short codes (R1…R15, register order, the same in both languages): a narrow matrix shows only the
	// code, the table below is its legend.
	const code = new Map(model.risks.map((risk, index) => [risk.id, `R${index + 1}`]));
	const riskLabel = (id: string) => [h('span', { class: 'pb-risk-code' }, code.get(id)!), ' ', h('span', { class: 'pb-risk-name' }, titles.risks[id])];
	return (view: AssessmentState) => {
		const matrix = riskMatrix(model, view);
		const mode = $<HTMLElement>('[data-matrix]').closest('pb-dashboard')!.querySelector<HTMLInputElement>('input[name="pb-matrix-view"]:checked')?.value === 'inherent' ? 'inherent' : 'residual';
		const grid = matrix[mode];
		renderIfChanged($('[data-matrix]'), JSON.stringify([mode, grid]), () => {
			const rows = [5, 4, 3, 2, 1].map((i) =>
				h(
					'tr',
					{},
					h('th', { scope: 'row' }, `${t('dash.impact')} ${i}`),
					...[1, 2, 3, 4, 5].map((l) => {
						const ids = grid[l - 1][i - 1];
						const score = l * i;
						return h(
							'td',
							{ 'data-band': riskBand(score), 'aria-label': t('dash.cell', { l, i, score, band: bandLabel(score), count: ids.length }) },
							h('span', { class: 'pb-cell-score', 'aria-hidden': 'true' }, `${score} ${bandLabel(score)}`),
							ids.length ? h('ul', {}, ...ids.map((id) => h('li', {}, h('a', { href: titles.riskLinks[id] }, ...riskLabel(id))))) : null
						);
					})
				)
			);
			const caption = h('caption', {}, `${t(mode === 'inherent' ? 'dash.inherent' : 'dash.residual')} · ${t('dash.likelihood')} × ${t('dash.impact')}`);
			const head = h('tr', {}, h('td', {}), ...[1, 2, 3, 4, 5].map((l) => h('th', { scope: 'col' }, `${t('dash.likelihood')} ${l}`)));
			return [h('div', { class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.matrix') }, h('table', { class: 'pb-matrix', id: 'pb-matrix' }, caption, h('thead', {}, head), h('tbody', {}, ...rows)))];
		});
		const li = (p: { l: number; i: number }) => `${p.l} × ${p.i} = ${p.l * p.i} (${bandLabel(p.l * p.i)})`;
		renderIfChanged($('[data-matrix-table]'), JSON.stringify(matrix.risks), () => [
			h(
				'div',
				{ class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.matrixTable') },
				h(
					'table',
					{ class: 'pb-table', id: 'pb-matrix-table' },
					h('caption', {}, t('dash.matrixTable')),
					h('thead', {}, h('tr', {}, ...['dash.risk', 'dash.inherent', 'dash.coverage', 'dash.residual'].map((k) => h('th', { scope: 'col' }, t(k as 'dash.risk'))))),
					h(
						'tbody',
						{},
						...matrix.risks.map((risk) =>
							h(
								'tr',
								{ 'data-risk': risk.id },
								h('th', { scope: 'row' }, h('a', { href: titles.riskLinks[risk.id] }, ...riskLabel(risk.id))),
								h('td', {}, li(risk.inherent)),
								h('td', {}, percent(risk.coverage)),
								h('td', {}, li(risk.residual))
							)
						)
					)
				)
			),
		]);
	};
}
