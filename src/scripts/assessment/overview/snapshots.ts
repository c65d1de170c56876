/** Snapshots: what changed since the latest one, any two compared, each dated to the minute and deletable. */
import { changesSince, createSnapshotStore, removeSnapshot, snapshotState, takeSnapshot, type Snapshot } from '../../../lib/assessment/snapshots';
import { h, renderIfChanged } from '../dom';
import { browserStorage } from '../session';
import type { OverviewContext } from './context';

export function snapshotsView({ session, model, titles, t, $, live, levelLabel }: OverviewContext) {
	const store = createSnapshotStore({ storage: browserStorage(), key: `${session.data.storageKey}:snapshots` });
	let snapshots: Snapshot[] = store.load().snapshots;
	/** Which two to compare: snapshot times, or 'now' for the current answers. */
	let pair: [string, string] | undefined;
	const stamp = (ms: number) => new Date(ms).toLocaleString(titles.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
	const name = (s: Snapshot) => `${stamp(s.takenAt)}${s.label ? ` · ${s.label}` : ''}`;

	const changeList = (changes: ReturnType<typeof changesSince>) =>
		changes.length
			? h('ul', {}, ...changes.map((change) => h('li', {}, h('a', { href: titles.itemLinks[change.itemId] }, titles.items[change.itemId] ?? change.itemId), `: ${levelLabel(change.from)} → ${levelLabel(change.to)}`)))
			: '';

	const render = () => {
		const container = $('[data-snapshots]');
		if (!snapshots.length) {
			renderIfChanged(container, 'none', () => [h('p', {}, t('dash.noSnapshots'))]);
			return;
		}
		const latest = snapshots[0];
		const changes = changesSince(latest, session.state, model);
		const [fromKey, toKey] = pair ?? (snapshots.length > 1 ? [String(snapshots[1].takenAt), String(latest.takenAt)] : [String(latest.takenAt), 'now']);
		const find = (key: string) => snapshots.find((s) => String(s.takenAt) === key);
		const from = find(fromKey);
		const to = toKey === 'now' ? undefined : find(toKey);
		const between = from ? changesSince(from, to ? snapshotState(to) : session.state, model) : [];
		renderIfChanged(container, JSON.stringify([snapshots.map((s) => s.takenAt), changes, fromKey, toKey, between, Object.keys(titles.items).length]), () => {
			const date = stamp(latest.takenAt);
			const options = (selected: string, withNow: boolean) => [
				...snapshots.map((s) => h('option', { value: s.takenAt, selected: String(s.takenAt) === selected }, name(s))),
				withNow ? h('option', { value: 'now', selected: selected === 'now' }, t('dash.compareNow')) : '',
			];
			return [
				h('p', { 'data-changes': changes.length }, changes.length ? t('dash.changedSince', { count: changes.length, date }) : t('dash.noChanges', { date })),
				changeList(changes),
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

	const take = (label?: string) => {
		snapshots = store.add(snapshots, takeSnapshot(session.state, Date.now(), label)).snapshots;
		pair = undefined;
		render();
	};

	return {
		render,
		take,
		get count() {
			return snapshots.length;
		},
	};
}
