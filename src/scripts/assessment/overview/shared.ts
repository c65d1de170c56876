/**
 * The overview's shared-assessment section: its view (`shared-view.ts`, with the comparison and the
 * link's codec) loads only when the address carries a share link (`#share=…`).
 */
import { shareFragment } from '../../../lib/assessment/share-link';
import type { AssessmentState } from '../../../lib/assessment/state';
import type { OverviewContext } from './context';
import type { SharedHooks, SharedView } from './shared-view';

export function sharedSection(ctx: OverviewContext, hooks: SharedHooks) {
	let view: SharedView | undefined;
	return {
		render: () => view?.render(),
		/** Opens `#share=…` when the address has one. */
		open: async () => {
			if (shareFragment(location.hash) === undefined) return;
			// A link may answer any item, and lists them all.
			await ctx.models.complete();
			view ??= (await ctx.session.data.withStrings(import('./shared-view'))).sharedView(ctx, hooks);
			await view.open();
		},
		get state(): AssessmentState | undefined {
			return view?.state;
		},
	};
}
