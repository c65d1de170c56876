/** Snapshots and what changed since the latest one. */
import { changesSince, createSnapshotStore, takeSnapshot, type Snapshot } from '../../../lib/assessment/snapshots';
import { h, renderIfChanged } from '../dom';
import { browserStorage } from '../session';
import type { OverviewContext } from './context';

export function snapshotsView({ session, model, titles, t, $, levelLabel, dateLabel }: OverviewContext) {
	const store = createSnapshotStore({ storage: browserStorage(), key: `${session.data.storageKey}:snapshots` });
	let snapshots: Snapshot[] = store.load().snapshots;

	const render = () => {
		const container = $('[data-snapshots]');
		if (!snapshots.length) {
			renderIfChanged(container, 'none', () => [h('p', {}, t('dash.noSnapshots'))]);
			return;
		}
		const latest = snapshots[0];
		const changes = changesSince(latest, session.state, model);
		renderIfChanged(container, JSON.stringify([snapshots.map((s) => s.takenAt), changes]), () => {
			const date = dateLabel(latest.takenAt);
			return [
				h('p', { 'data-changes': changes.length }, changes.length ? t('dash.changedSince', { count: changes.length, date }) : t('dash.noChanges', { date })),
				changes.length
					? h('ul', {}, ...changes.map((change) => h('li', {}, h('a', { href: titles.itemLinks[change.itemId] }, titles.items[change.itemId] ?? change.itemId), `: ${levelLabel(change.from)} → ${levelLabel(change.to)}`)))
					: '',
				h('h3', {}, t('dash.snapshotList')),
				h('ul', {}, ...snapshots.map((s) => h('li', {}, `${dateLabel(s.takenAt)}${s.label ? ` · ${s.label}` : ''} · ${Object.keys(s.values).length}`))),
			];
		});
	};

	const take = (label?: string) => {
		snapshots = store.add(snapshots, takeSnapshot(session.state, Date.now(), label)).snapshots;
		render();
	};

	return { render, take };
}
