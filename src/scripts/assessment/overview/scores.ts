/** Scores table and radar chart; rebuilt only when a score or the chosen target changes. */
import { profileTargets } from '../../../lib/assessment/model';
import { scoreChecklist, scoreOverall, scoreStrategy, strategyTargetLevel, type Score, type Targets } from '../../../lib/assessment/scoring';
import type { AssessmentState } from '../../../lib/assessment/state';
import { h, renderIfChanged, svg } from '../dom';
import { percent, type OverviewContext } from './context';

export function scoresView({ model, titles, t, $ }: OverviewContext) {
	const targets = (): Targets | undefined => {
		const id = $<HTMLSelectElement>('[data-profile]').value;
		return id ? profileTargets(model, id) : undefined;
	};
	const cells = (score: Score) => [percent(score.score), percent(score.complete), percent(score.toTarget), score.unknown, score.na];
	/** One labelled bar: the score drawn, and written beside it with how much is answered (colour is never alone). */
	const bar = (label: Node | string, score: Score) =>
		h(
			'li',
			{ class: 'pb-bar-row' },
			h('span', { class: 'pb-bar-label' }, label),
			h('progress', { max: 1, value: score.score ?? 0, 'aria-hidden': 'true' }),
			h('span', { class: 'pb-bar-value' }, h('strong', {}, percent(score.score)), ' · ', t('bars.answered', { answered: score.answered, total: score.total }))
		);
	const row = (label: Node | string, score: Score) => h('tr', {}, h('th', { scope: 'row' }, label), ...cells(score).map((c) => h('td', {}, c)));

	return (view: AssessmentState) => {
		const target = targets();
		const overall = scoreOverall(model, view, target);
		const pillars = model.strategies.map((s) => ({ s, score: scoreStrategy(model, view, s.id, target) }));
		const lists = model.checklists.map((c) => ({ c, score: scoreChecklist(model, view, c.id, target) }));
		const key = JSON.stringify([$<HTMLSelectElement>('[data-profile]').value, cells(overall), pillars.map((p) => cells(p.score)), lists.map((l) => cells(l.score))]);
		renderIfChanged($('[data-scores]'), key, () => {
			const head = h('tr', {}, ...['', 'dash.score', 'dash.complete', 'dash.toTarget', 'dash.unknown', 'dash.na'].map((k) => h('th', { scope: 'col' }, k ? t(k as 'dash.score') : '')));
			const table = h(
				'table',
				{ class: 'pb-table', id: 'pb-scores' },
				h('thead', {}, head),
				h(
					'tbody',
					{},
					row(h('strong', {}, t('dash.overall')), overall),
					...pillars.map(({ s, score }) => row(h('a', { href: titles.strategyLinks[s.id] }, `${s.order}. ${titles.strategies[s.id]}`), score)),
					...lists.map(({ c, score }) => row(titles.checklists[c.id], score))
				)
			);
			const bars = h(
				'div',
				{ class: 'pb-bars' },
				h('ul', { class: 'pb-bar-list pb-bar-overall' }, bar(h('strong', {}, t('dash.overall')), overall)),
				h('h3', { class: 'pb-bars-title' }, t('bars.pillars')),
				h('ul', { class: 'pb-bar-list' }, ...pillars.map(({ s, score }) => bar(h('a', { href: titles.strategyLinks[s.id] }, `${s.order}. ${titles.strategies[s.id]}`), score))),
				h('h3', { class: 'pb-bars-title' }, t('bars.checklists')),
				h('ul', { class: 'pb-bar-list' }, ...lists.map(({ c, score }) => bar(titles.checklists[c.id], score)))
			);
			return [bars, h('div', { class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.overview') }, table)];
		});
		renderIfChanged($('[data-radar]'), key, () => {
			// One axis per pillar, in article order.
			const size = 300;
			const c = size / 2;
			const r = c - 28;
			const point = (i: number, value: number) => {
				const angle = -Math.PI / 2 + (i * 2 * Math.PI) / pillars.length;
				return [c + Math.cos(angle) * r * value, c + Math.sin(angle) * r * value];
			};
			const polygon = (values: number[]) => values.map((v, i) => point(i, v).join(',')).join(' ');
			const label = t('dash.radar', {
				target: target ? t('dash.radarTarget') : '',
				values: pillars.map(({ s, score }) => `${s.order}. ${titles.strategies[s.id]} ${percent(score.score)}`).join('; '),
			});
			const chart = svg('svg', { viewBox: `0 0 ${size} ${size}`, width: size, height: size, role: 'img', 'aria-label': label, class: 'pb-radar' });
			for (const ring of [1 / 3, 2 / 3, 1]) chart.append(svg('polygon', { points: polygon(pillars.map(() => ring)), class: 'pb-radar-grid' }));
			pillars.forEach(({ s }, i) => {
				const [x, y] = point(i, 1);
				chart.append(svg('line', { x1: c, y1: c, x2: x, y2: y, class: 'pb-radar-grid' }));
				const [lx, ly] = point(i, 1.13);
				const text = svg('text', { x: lx, y: ly, 'text-anchor': 'middle', 'dominant-baseline': 'middle', class: 'pb-radar-label' });
				text.textContent = String(s.order);
				chart.append(text);
			});
			if (target) chart.append(svg('polygon', { points: polygon(pillars.map(({ s }) => strategyTargetLevel(model, s.id, target) ?? 0)), class: 'pb-radar-target' }));
			chart.append(svg('polygon', { points: polygon(pillars.map(({ score }) => score.score ?? 0)), class: 'pb-radar-score' }));
			// The axes are numbered like the pillars; the legend names them and says which line is which.
			const legend = h(
				'div',
				{ class: 'pb-radar-legend', 'aria-hidden': 'true' },
				h(
					'ul',
					{ class: 'pb-radar-key' },
					h('li', { class: 'pb-key-score' }, t('legend.score')),
					target ? h('li', { class: 'pb-key-target' }, t('legend.target')) : null
				),
				h('ol', {}, ...pillars.map(({ s, score }) => h('li', { value: s.order }, `${titles.strategies[s.id]} · ${percent(score.score)}`)))
			);
			return [h('figure', { class: 'pb-radar-figure' }, chart, legend)];
		});
	};
}
