/**
 * Scores table and radar chart. Both are built once per target; after an answer only the rows whose
 * score changed (its checklist, its pillar, the overall row) are rewritten, and the radar's score line
 * and legend when a pillar moved.
 */
import type { FiguresDelta, OverviewFigures } from '../../../lib/assessment/incremental';
import { profileTargets } from '../../../lib/assessment/model';
import { notYetAssessed, strategyTargetLevel, type Score, type Targets } from '../../../lib/assessment/scoring';
import { h, svg } from '../dom';
import { percent, type OverviewContext } from './context';
import { LIST_LIMIT } from './long-list';

/** Width of text in ems of the 12 px axis font: a Chinese character is one, anything else about half. */
const ems = (text: string) => [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.55), 0);

/**
 * An axis name in lines at most `room` ems wide: Latin text by words; Chinese at "与" ("and") when the
 * halves fit, else by characters.
 */
export function axisLines(name: string, room: number): string[] {
	const lines: string[] = [];
	const pieces = /[\u3400-\u9fff]/.test(name) ? name.split(/(?=与)/) : name.split(' ').map((word, i) => (i ? ` ${word}` : word));
	for (const piece of pieces) {
		const last = lines.length - 1;
		if (last >= 0 && ems(lines[last] + piece) <= room) lines[last] += piece;
		else if (ems(piece.trim()) <= room) lines.push(piece.trim());
		else {
			let line = '';
			for (const char of piece.trim()) {
				if (line && ems(line + char) > room) lines.push(line), (line = '');
				line += char;
			}
			lines.push(line);
		}
	}
	return lines;
}

/** The radar's geometry: one axis per pillar, in article order; wider than the web so the names fit beside it. */
const RADAR_WIDTH = 400;
const RADAR = { width: RADAR_WIDTH, height: 262, c: RADAR_WIDTH / 2, cy: 145, r: 84 };
const radarPoint = (i: number, axes: number, value: number) => {
	const angle = -Math.PI / 2 + (i * 2 * Math.PI) / axes;
	return [RADAR.c + Math.cos(angle) * RADAR.r * value, RADAR.cy + Math.sin(angle) * RADAR.r * value];
};
const radarPolygon = (values: number[]) => values.map((v, i) => radarPoint(i, values.length, v).join(',')).join(' ');

export function scoresView(ctx: OverviewContext) {
	const { titles, t, $, lists } = ctx;
	/** The last figures shown: "Show all" draws the checklists again from them. */
	let last: OverviewFigures | undefined;
	const checklistList = lists.list(LIST_LIMIT, () => last && table(last));
	/** The checklists drawn: all, or the first ones of a long playbook until "Show all". */
	const shownChecklists = () => ctx.model.checklists.slice(0, checklistList.count(ctx.model.checklists.length));
	const targets = (): Targets | undefined => {
		const id = $<HTMLSelectElement>('[data-profile]').value;
		return id ? profileTargets(ctx.model, id) : undefined;
	};
	// The score covers answered items only; coverage ("12/16") beside it; nothing answered: no percentage.
	const cells = (score: Score) => [
		notYetAssessed(score) ? t('dash.notYet') : percent(score.score),
		`${score.answered}/${score.total}`,
		percent(score.toTarget),
		score.unknown,
		score.na,
	];
	const row = (label: Node | string, score: Score) => h('tr', {}, h('th', { scope: 'row' }, label), ...cells(score).map((c) => h('td', {}, c)));
	/** One labelled bar: the score drawn, and written beside it with how much is answered (colour is never alone). */
	const barValue = (score: Score) => [h('strong', {}, notYetAssessed(score) ? t('dash.notYet') : percent(score.score)), ' · ', t('bars.answered', { answered: score.answered, total: score.total })];
	const bar = (label: Node | string, score: Score) =>
		h(
			'li',
			{ class: 'pb-bar-row' },
			h('span', { class: 'pb-bar-label' }, label),
			h('progress', { max: 1, value: score.score ?? 0, 'aria-hidden': 'true' }),
			h('span', { class: 'pb-bar-value' }, ...barValue(score))
		);
	/**
	 * The bars at a glance (overall, pillars, checklists), keyed like the table's rows: built with the
	 * table, then only the bars whose score changed are replaced (hundreds of checklists at scale).
	 */
	const bars = h('div', { class: 'pb-bars' });
	const barRows = new Map<string, HTMLElement>();
	const placeBar = (key: string, label: () => Node | string, score: Score) => {
		const shown = barRows.get(key);
		if (shown) {
			// Updated in place: replacing a list's child makes the browser re-style every sibling.
			shown.querySelector('progress')!.value = score.score ?? 0;
			shown.querySelector('.pb-bar-value')!.replaceChildren(...barValue(score));
			return shown;
		}
		const li = bar(label(), score) as HTMLElement;
		barRows.set(key, li);
		return li;
	};
	const renderBars = (figures: OverviewFigures) => {
		barRows.clear();
		bars.replaceChildren(
			h('ul', { class: 'pb-bar-list pb-bar-overall' }, placeBar('overall', labels.overall, figures.overall)),
			h('h3', { class: 'pb-bars-title' }, t('bars.pillars')),
			h('ul', { class: 'pb-bar-list' }, ...ctx.model.strategies.map((s) => placeBar(`s:${s.id}`, labels.strategy(s), figures.strategies.get(s.id)!))),
			h('h3', { class: 'pb-bars-title' }, t('bars.checklists')),
			h('ul', { class: 'pb-bar-list', id: 'pb-bars-checklists' }, ...shownChecklists().map((c) => placeBar(`c:${c.id}`, labels.checklist(c.id), figures.checklists.get(c.id)!))),
			checklistList.toggle(ctx.model.checklists.length, 'pb-bars-checklists') ?? ''
		);
	};

	/** Rows by key ('overall', 's:<strategy>', 'c:<checklist>'), each with the label it was built with. */
	const rows = new Map<string, { tr: HTMLTableRowElement; label: () => Node | string }>();
	const labels = {
		overall: () => h('strong', {}, t('dash.overall')),
		strategy: (s: { id: string; order: number }) => () => h('a', { href: titles.strategyLinks[s.id] }, `${s.order}. ${titles.strategies[s.id]}`),
		checklist: (id: string) => () => titles.checklists[id],
	};
	const place = (key: string, label: () => Node | string, score: Score) => {
		const shown = rows.get(key);
		if (shown) {
			// The row's cells are rewritten in place: replacing a row re-styles the whole table body.
			cells(score).forEach((value, i) => {
				const td = shown.tr.cells[i + 1];
				if (td.textContent !== String(value)) td.textContent = String(value);
			});
			return shown.tr;
		}
		const tr = row(label(), score) as HTMLTableRowElement;
		rows.set(key, { tr, label });
		return tr;
	};

	const table = (figures: OverviewFigures) => {
		rows.clear();
		const head = h('tr', {}, ...['', 'dash.score', 'dash.answered', 'dash.toTarget', 'dash.unknown', 'dash.na'].map((k) => h('th', { scope: 'col' }, k ? t(k as 'dash.score') : '')));
		const body = h(
			'tbody',
			{},
			place('overall', labels.overall, figures.overall),
			...ctx.model.strategies.map((s) => place(`s:${s.id}`, labels.strategy(s), figures.strategies.get(s.id)!)),
			...shownChecklists().map((c) => place(`c:${c.id}`, labels.checklist(c.id), figures.checklists.get(c.id)!))
		);
		const table = h('table', { class: 'pb-table', id: 'pb-scores' }, h('thead', {}, head), body);
		renderBars(figures);
		$('[data-scores]').replaceChildren(
			bars,
			h('div', { class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.overview') }, table),
			checklistList.toggle(ctx.model.checklists.length, 'pb-scores') ?? ''
		);
	};

	/** The radar's parts that follow the scores: rebuilt only with the table, else updated in place. */
	let radarShown: { chart: SVGElement; score: SVGElement; legend: HTMLElement[] } | undefined;
	const radarLabel = (figures: OverviewFigures) =>
		t('dash.radar', {
			target: figures.target ? t('dash.radarTarget') : '',
			values: ctx.model.strategies.map((s) => `${s.order}. ${titles.strategies[s.id]} ${percent(figures.strategies.get(s.id)!.score)}`).join('; '),
		});
	const legendText = (s: { id: string }, score: Score) => `${titles.strategies[s.id]} · ${notYetAssessed(score) ? t('dash.notYet') : percent(score.score)}`;

	const radar = (figures: OverviewFigures) => {
		const target = figures.target;
		const pillars = ctx.model.strategies.map((s) => ({ s, score: figures.strategies.get(s.id)! }));
		const chart = svg('svg', { viewBox: `0 0 ${RADAR.width} ${RADAR.height}`, width: RADAR.width, height: RADAR.height, role: 'img', 'aria-label': radarLabel(figures), class: 'pb-radar' });
		const { c, cy, r } = RADAR;
		for (const ring of [1 / 3, 2 / 3, 1]) chart.append(svg('polygon', { points: radarPolygon(pillars.map(() => ring)), class: 'pb-radar-grid' }));
		const lineHeight = 14;
		pillars.forEach(({ s }, i) => {
			const [x, y] = radarPoint(i, pillars.length, 1);
			chart.append(svg('line', { x1: c, y1: cy, x2: x, y2: y, class: 'pb-radar-grid' }));
			const [lx, ly] = radarPoint(i, pillars.length, 1.1);
			// Beside the web: away from the centre horizontally; above it upwards, below it downwards.
			const anchor = lx > c + 8 ? 'start' : lx < c - 8 ? 'end' : 'middle';
			const room = (anchor === 'start' ? RADAR.width - lx : anchor === 'end' ? lx : 2 * Math.min(lx, RADAR.width - lx, 60)) - 4;
			const lines = axisLines(`${s.order}. ${titles.strategies[s.id] ?? s.id}`, room / 12);
			const top = ly < cy - r * 0.9 ? ly - (lines.length - 1) * lineHeight : ly > cy + r * 0.5 ? ly + lineHeight / 2 : ly - ((lines.length - 1) * lineHeight) / 2;
			const text = svg('text', { x: lx, y: top, 'text-anchor': anchor, 'dominant-baseline': 'middle', class: 'pb-radar-label' });
			lines.forEach((line, n) => {
				const span = svg('tspan', { x: lx, y: top + n * lineHeight });
				span.textContent = line;
				text.append(span);
			});
			chart.append(text);
		});
		if (target) chart.append(svg('polygon', { points: radarPolygon(pillars.map(({ s }) => strategyTargetLevel(ctx.model, s.id, target) ?? 0)), class: 'pb-radar-target' }));
		const score = svg('polygon', { points: radarPolygon(pillars.map(({ score }) => score.score ?? 0)), class: 'pb-radar-score' });
		chart.append(score);
		// The legend says which line is which, and lists each pillar with its score.
		const legendItems = pillars.map(({ s, score }) => h('li', { value: s.order }, legendText(s, score)));
		const legend = h(
			'div',
			{ class: 'pb-radar-legend', 'aria-hidden': 'true' },
			h('ul', { class: 'pb-radar-key' }, h('li', { class: 'pb-key-score' }, t('legend.score')), target ? h('li', { class: 'pb-key-target' }, t('legend.target')) : null),
			h('ol', {}, ...legendItems)
		);
		$('[data-radar]').replaceChildren(h('figure', { class: 'pb-radar-figure' }, chart, legend));
		radarShown = { chart, score, legend: legendItems };
	};
	/** A pillar moved: the score polygon, the chart's text alternative and the legend follow. */
	const updateRadar = (figures: OverviewFigures) => {
		if (!radarShown) return radar(figures);
		const scores = ctx.model.strategies.map((s) => figures.strategies.get(s.id)!);
		radarShown.score.setAttribute('points', radarPolygon(scores.map((score) => score.score ?? 0)));
		radarShown.chart.setAttribute('aria-label', radarLabel(figures));
		ctx.model.strategies.forEach((s, i) => {
			const text = legendText(s, scores[i]);
			if (radarShown!.legend[i].textContent !== text) radarShown!.legend[i].textContent = text;
		});
	};

	return {
		/** The chosen profile's targets (undefined: none chosen). */
		targets,
		/** Shows `figures`: everything after a load or a new target ('all'), else the rows the delta names. */
		render(figures: OverviewFigures, delta: FiguresDelta | 'all') {
			last = figures;
			if (delta === 'all' || !rows.size) {
				table(figures);
				radar(figures);
				return;
			}
			const changed: [string, Score][] = [
				...(delta.overall ? [['overall', figures.overall] as [string, Score]] : []),
				...delta.strategies.map((id): [string, Score] => [`s:${id}`, figures.strategies.get(id)!]),
				...delta.checklists.map((id): [string, Score] => [`c:${id}`, figures.checklists.get(id)!]),
			];
			for (const [key, score] of changed) {
				// A checklist not drawn (a long list shown in part) is drawn with its figures when shown.
				const { label } = rows.get(key) ?? {};
				if (!label) continue;
				place(key, label, score);
				placeBar(key, label, score);
			}
			if (delta.strategies.length) updateRadar(figures);
		},
	};
}
