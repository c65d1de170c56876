/**
 * The snapshots view (loaded by `snapshots.ts` once there is a snapshot to show): what changed since the latest one, any two compared, each dated to the minute and deletable;
 * the score trend across them (SVG with a table of the same figures); carried in the JSON export and
 * restored by its import (merged by time, never dropping one kept here).
 */
import { changesSince, createSnapshotStore, MAX_SNAPSHOTS, mergeSnapshots, removeSnapshot, snapshotsFromExport, snapshotState, takeSnapshot, type ExportedSnapshots, type Snapshot } from '../../../lib/assessment/snapshots';
import { scoreTrend, trendPositions, type Trend, type TrendPoint } from '../../../lib/assessment/snapshot-trend';
import { h, notice, renderIfChanged, svg } from '../dom';
import { browserStorage } from '../browser';
import { snapshotsKeyOf } from '../../../lib/assessment/storage-raw';
import { percent, type OverviewContext } from './context';

// The trend chart's drawing area (SVG user units; the chart scales to the column's width).
const W = 640;
const H = 280;
const M = { left: 52, right: 16, top: 12, bottom: 52 };
/** One marker shape and dash pattern per series, so no series is told apart by colour alone. */
const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'down', 'cross'] as const;
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 4', '1 3'];

function marker(kind: (typeof MARKERS)[number], x: number, y: number, r = 4.5): SVGElement {
	const p = (points: [number, number][]) => svg('polygon', { points: points.map(([a, b]) => `${(x + a).toFixed(1)},${(y + b).toFixed(1)}`).join(' ') });
	if (kind === 'circle') return svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r });
	if (kind === 'square') return p([[-r, -r], [r, -r], [r, r], [-r, r]]);
	if (kind === 'triangle') return p([[0, -r - 1], [r + 1, r], [-r - 1, r]]);
	if (kind === 'down') return p([[-r - 1, -r], [r + 1, -r], [0, r + 1]]);
	if (kind === 'diamond') return p([[0, -r - 1], [r + 1, 0], [0, r + 1], [-r - 1, 0]]);
	return p([[-r, -1.5], [-1.5, -1.5], [-1.5, -r], [1.5, -r], [1.5, -1.5], [r, -1.5], [r, 1.5], [1.5, 1.5], [1.5, r], [-1.5, r], [-1.5, 1.5], [-r, 1.5]]);
}

export type SnapshotsView = ReturnType<typeof snapshotsView>;

export function snapshotsView(ctx: OverviewContext) {
	const { session, titles, t, $, live, notices, levelLabel } = ctx;
	const store = createSnapshotStore({ storage: browserStorage(), key: snapshotsKeyOf(session.data.storageKey) });
	let snapshots: Snapshot[] = store.load().snapshots;
	/** Which two to compare: snapshot times, or 'now' for the current answers. */
	let pair: [string, string] | undefined;
	const stamp = (ms: number) => new Date(ms).toLocaleString(titles.lang, { dateStyle: 'medium', timeStyle: 'short' });
	const name = (s: Snapshot) => `${stamp(s.takenAt)}${s.label ? ` · ${s.label}` : ''}`;

	const changeList = (changes: ReturnType<typeof changesSince>) =>
		changes.length
			? h('ul', {}, ...changes.map((change) => h('li', {}, h('a', { href: titles.itemLinks[change.itemId] }, titles.items[change.itemId] ?? change.itemId), `: ${levelLabel(change.from)} → ${levelLabel(change.to)}`)))
			: '';

	const seriesNames = (trend: Trend) => [
		t('dash.overall'),
		...trend.pillars.map((id) => `${ctx.model.strategies.find((s) => s.id === id)?.order ?? ''}. ${titles.strategies[id] ?? id}`),
	];
	const seriesValues = (trend: Trend) => [(p: TrendPoint) => p.overall, ...trend.pillars.map((_, i) => (p: TrendPoint) => p.pillars[i])];

	/** The trend: a line per series over time, axes labelled; the same figures in a table below. */
	const trendView = () => {
		if (snapshots.length < 2) return [h('p', { 'data-trend-empty': true }, t('dash.trendTooFew'))];
		const trend = scoreTrend(ctx.model, snapshots);
		const names = seriesNames(trend);
		const values = seriesValues(trend);
		const short = (ms: number) => new Date(ms).toLocaleDateString(titles.lang, { dateStyle: 'medium' });
		const px = (x: number) => M.left + x * (W - M.left - M.right);
		const py = (y: number) => H - M.bottom - y * (H - M.top - M.bottom);
		const first = trend.points[0];
		const last = trend.points.at(-1)!;
		const summary = names.map((name, i) => `${name}: ${percent(values[i](first))} → ${percent(values[i](last))}`).join('; ');
		const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'pb-trend', role: 'img', 'aria-label': `${t('dash.trend')}, ${stamp(first.takenAt)} → ${stamp(last.takenAt)}. ${summary}` });
		for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
			chart.append(svg('line', { x1: M.left, x2: W - M.right, y1: py(tick), y2: py(tick), class: 'pb-trend-grid' }));
			const label = svg('text', { x: M.left - 6, y: py(tick) + 4, 'text-anchor': 'end', class: 'pb-trend-tick' });
			label.textContent = `${tick * 100}%`;
			chart.append(label);
		}
		const ticks = trend.points.length > 2 ? [first, trend.points[Math.floor(trend.points.length / 2)], last] : [first, last];
		const xs = trendPositions(trend.points, () => 0);
		for (const point of ticks) {
			const x = px(xs[trend.points.indexOf(point)]!.x);
			chart.append(svg('line', { x1: x, x2: x, y1: H - M.bottom, y2: H - M.bottom + 5, class: 'pb-trend-axis' }));
			const label = svg('text', { x, y: H - M.bottom + 18, 'text-anchor': point === first ? 'start' : point === last ? 'end' : 'middle', class: 'pb-trend-tick' });
			label.textContent = short(point.takenAt);
			chart.append(label);
		}
		chart.append(svg('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: 'pb-trend-axis' }));
		chart.append(svg('line', { x1: M.left, x2: M.left, y1: M.top, y2: H - M.bottom, class: 'pb-trend-axis' }));
		const xTitle = svg('text', { x: (M.left + W - M.right) / 2, y: H - 8, 'text-anchor': 'middle', class: 'pb-trend-title' });
		xTitle.textContent = t('dash.trendTime');
		const yTitle = svg('text', { x: 0, y: 0, transform: `translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle', class: 'pb-trend-title' });
		yTitle.textContent = `${t('dash.trendScore')} (%)`;
		chart.append(xTitle, yTitle);
		values.forEach((value, s) => {
			const group = svg('g', { class: `pb-trend-series pb-trend-s${s}` });
			const positions = trendPositions(trend.points, value);
			// A line through consecutive points; a null (nothing applicable) breaks it.
			let path = '';
			positions.forEach((pos, i) => {
				if (pos) path += `${i > 0 && positions[i - 1] ? 'L' : 'M'}${px(pos.x).toFixed(1)},${py(pos.y).toFixed(1)}`;
			});
			if (path) group.append(svg('path', { d: path, fill: 'none', ...(DASHES[s] ? { 'stroke-dasharray': DASHES[s] } : {}) }));
			for (const pos of positions) if (pos) group.append(marker(MARKERS[s % MARKERS.length], px(pos.x), py(pos.y)));
			chart.append(group);
		});
		const swatch = (s: number) => {
			const icon = svg('svg', { viewBox: '0 0 36 12', width: 36, height: 12, class: `pb-trend-series pb-trend-s${s}`, 'aria-hidden': 'true' });
			icon.append(svg('path', { d: 'M2,6H34', fill: 'none', ...(DASHES[s] ? { 'stroke-dasharray': DASHES[s] } : {}) }), marker(MARKERS[s % MARKERS.length], 18, 6, 4));
			return icon;
		};
		const legend = h('ul', { class: 'pb-trend-legend' }, ...names.map((name, s) => h('li', {}, swatch(s), ' ', name)));
		const table = h('table', { class: 'pb-table', 'data-trend-table': true },
			h('caption', { class: 'sr-only' }, t('dash.trendTable')),
			h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('dash.trendTime')), ...names.map((name) => h('th', { scope: 'col' }, name)))),
			h('tbody', {}, ...trend.points.map((point) =>
				h('tr', {}, h('th', { scope: 'row' }, `${stamp(point.takenAt)}${point.label ? ` · ${point.label}` : ''}`), ...values.map((value) => h('td', {}, percent(value(point))))))));
		return [
			h('h3', {}, t('dash.trend')),
			h('p', {}, t('dash.trendLead')),
			h('figure', { class: 'pb-trend-figure', 'data-trend': trend.points.length }, chart, h('figcaption', {}, legend)),
			h('details', {}, h('summary', {}, t('dash.trendTable')), h('div', { class: 'pb-table-wrap', tabindex: '0', role: 'region', 'aria-label': t('dash.trendTable') }, table)),
		];
	};

	const render = () => {
		const container = $('[data-snapshots]');
		if (!snapshots.length) {
			renderIfChanged(container, 'none', () => [h('p', {}, t('dash.noSnapshots'))]);
			return;
		}
		const latest = snapshots[0];
		const changes = changesSince(latest, session.state, ctx.model);
		const [fromKey, toKey] = pair ?? (snapshots.length > 1 ? [String(snapshots[1].takenAt), String(latest.takenAt)] : [String(latest.takenAt), 'now']);
		const find = (key: string) => snapshots.find((s) => String(s.takenAt) === key);
		const from = find(fromKey);
		const to = toKey === 'now' ? undefined : find(toKey);
		const between = from ? changesSince(from, to ? snapshotState(to) : session.state, ctx.model) : [];
		renderIfChanged(container, JSON.stringify([snapshots.map((s) => s.takenAt), changes, fromKey, toKey, between, Object.keys(titles.items).length]), () => {
			const date = stamp(latest.takenAt);
			const options = (selected: string, withNow: boolean) => [
				...snapshots.map((s) => h('option', { value: s.takenAt, selected: String(s.takenAt) === selected }, name(s))),
				withNow ? h('option', { value: 'now', selected: selected === 'now' }, t('dash.compareNow')) : '',
			];
			return [
				h('p', { 'data-changes': changes.length }, changes.length ? t('dash.changedSince', { count: changes.length, date }) : t('dash.noChanges', { date })),
				changeList(changes),
				...trendView(),
				h('h3', {}, t('dash.snapshotList')),
				h('ul', { 'data-snapshot-list': true }, ...snapshots.map((s) =>
					h('li', {}, `${name(s)} · ${t('dash.snapshotAnswered', { count: Object.keys(s.values).length })} `,
						h('button', { type: 'button', 'data-delete-snapshot': s.takenAt, 'aria-label': t('dash.snapshotDelete', { name: name(s) }) }, '×')))),
				snapshots.length > 1 || changes.length
					? h('div', { class: 'pb-toolbar' },
						h('label', { for: 'pb-snap-from' }, t('dash.compareFrom')),
						h('select', { id: 'pb-snap-from', 'data-snap-from': true }, ...options(fromKey, false)),
						h('label', { for: 'pb-snap-to' }, t('dash.compareTo')),
						h('select', { id: 'pb-snap-to', 'data-snap-to': true }, ...options(toKey, true)))
					: '',
				from ? h('p', { 'data-between': between.length }, t('dash.changedBetween', { from: name(from), to: to ? name(to) : t('dash.compareNow'), count: between.length })) : '',
				from ? changeList(between) : '',
			];
		});
	};

	const container = $('[data-snapshots]');
	container.addEventListener('change', (event) => {
		const target = event.target as HTMLSelectElement;
		if (!target.matches('[data-snap-from], [data-snap-to]')) return;
		pair = [container.querySelector<HTMLSelectElement>('[data-snap-from]')!.value, container.querySelector<HTMLSelectElement>('[data-snap-to]')!.value];
		render();
	});
	container.addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLElement>('[data-delete-snapshot]');
		if (!button) return;
		const takenAt = Number(button.dataset.deleteSnapshot);
		const gone = snapshots.find((s) => s.takenAt === takenAt);
		snapshots = removeSnapshot(snapshots, takenAt);
		store.save(snapshots);
		pair = undefined;
		render();
		if (gone) live.textContent = t('dash.snapshotDeleted', { name: name(gone) });
	});

	/** Records `state` (the current answers unless given), as it was at `at`. */
	const take = (label?: string, state = session.state, at = Date.now()) => {
		snapshots = store.add(snapshots, takeSnapshot(state, at, label)).snapshots;
		pair = undefined;
		render();
	};

	// ---- restored by an import of an export file ----------------------------------------------
	// The import preview (import-preview.ts) reads the answers; this reads the same file's snapshots
	// (`readImport`, called by snapshots.ts as the file is chosen), so that applying the import (merge or
	// replace) restores them too (`restore`).
	let pending: ExportedSnapshots | undefined;
	const readImport = async (file: File | undefined) => {
		pending = undefined;
		if (!file) return;
		// The codec loads with the import (the overview does not load it up front).
		const { MAX_IMPORT_BYTES } = await import('../../../lib/assessment/json-codec');
		if (file.size > MAX_IMPORT_BYTES) return;
		pending = snapshotsFromExport(await file.text());
	};

	/** After an import was applied: adds the file's snapshots and says what happened. */
	const restore = () => {
		const incoming = pending;
		pending = undefined;
		if (!incoming) return;
		const merged = mergeSnapshots(snapshots, incoming.snapshots);
		if (merged.added > 0) {
			snapshots = merged.snapshots;
			store.save(snapshots);
			pair = undefined;
			render();
		}
		const parts = [t('dash.snapshotsRestored', { added: merged.added, duplicates: merged.duplicates })];
		if (incoming.invalid.length) parts.push(t('dash.snapshotsInvalid', { count: incoming.invalid.length, positions: incoming.invalid.map((i) => i + 1).join(', ') }));
		if (merged.full) parts.push(t('dash.snapshotsFull', { count: merged.full, max: MAX_SNAPSHOTS }));
		const box = notice(notices, parts.join(' '), incoming.invalid.length || merged.full ? 'alert' : 'status');
		box.dataset.snapshotsRestored = String(merged.added);
		live.textContent = parts.join(' ');
	};

	return {
		render,
		take,
		readImport,
		restore,
		list: () => snapshots,
		get count() {
			return snapshots.length;
		},
	};
}
