/**
 * The overview's snapshots section. Its view (the list, the comparison, the trend chart and the code
 * that reads stored snapshots) loads once there is a snapshot to show: stored ones, one taken, or an
 * import that may carry some. Until then the section shows the page's "no snapshots yet" line, and a
 * first visit does not download it.
 */
import type { Snapshot } from '../../../lib/assessment/snapshots';
import { hasStoredValue, snapshotsKeyOf } from '../../../lib/assessment/storage-raw';
import { browserStorage } from '../browser';
import type { OverviewContext } from './context';
import type { SnapshotsView } from './snapshots-view';

export async function snapshotsSection(ctx: OverviewContext) {
	let view: SnapshotsView | undefined;
	let loading: Promise<SnapshotsView> | undefined;
	const load = () => (loading ??= ctx.session.data.withStrings(import('./snapshots-view')).then(({ snapshotsView }) => (view = snapshotsView(ctx))));
	if (hasStoredValue(browserStorage(), snapshotsKeyOf(ctx.session.data.storageKey))) await load();

	// The snapshots of an import file are read as it is chosen (capture phase: before the import
	// preview's own listener empties the input), and added when the import is applied.
	let reading: Promise<void> = Promise.resolve();
	const input = ctx.$<HTMLInputElement>('[data-import]');
	input.parentElement!.addEventListener('change', (event) => {
		if (event.target !== input) return;
		const file = input.files?.[0];
		reading = load().then((loaded) => loaded.readImport(file));
	}, true);

	return {
		render: () => view?.render(),
		/** Records the answers as they are now (an adoption replaces them right after). */
		take: async (label?: string) => {
			const state = ctx.session.state;
			const at = Date.now();
			(await load()).take(label, state, at);
		},
		/** After an import was applied: adds the file's snapshots, once they are read. */
		restore: async () => {
			await reading;
			view?.restore();
		},
		list: (): Snapshot[] => view?.list() ?? [],
		get count() {
			return view?.count ?? 0;
		},
	};
}
