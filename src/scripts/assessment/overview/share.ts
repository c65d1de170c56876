/** Making a share link: only ever offers a link the app itself will open. */
import { SHARE_HASH } from '../../../lib/assessment/share-link';
import { h } from '../dom';
import type { OverviewContext } from './context';

export function shareView(ctx: OverviewContext) {
	const { session, t, $, live } = ctx;
	const output = $('[data-share-output]');
	const message = h('div', { 'data-share-message': true, role: 'status' });
	output.before(message);

	const make = async () => {
		const includeNotes = $<HTMLInputElement>('[data-share-notes]').checked;
		// Loaded when first used: most visits never make a link. A link carries answers by their place in the whole model.
		const [{ createShareLink }] = await Promise.all([import('../../../lib/assessment/share-codec'), ctx.models.complete()]);
		const result = await createShareLink(session.state, { includeNotes }, ctx.model);
		const url = (fragment: string) => `${location.origin}${location.pathname}${SHARE_HASH}${fragment}`;
		const lines: string[] = [];
		let fragment: string | undefined;
		if (result.ok) fragment = result.fragment;
		else if (result.reason === 'unavailable') lines.push(t('dash.shareUnavailable'));
		else {
			if (includeNotes) lines.push(t('dash.shareTooLarge', { size: result.size.toLocaleString('en'), limit: result.limit.toLocaleString('en') }));
			fragment = result.withoutNotes;
			lines.push(fragment ? t('dash.shareWithoutNotes') : t('dash.shareFileOnly'));
		}
		message.replaceChildren(...lines.map((line) => h('p', {}, line)));
		output.hidden = fragment === undefined;
		if (fragment) $<HTMLInputElement>('[data-share-link]').value = url(fragment);
	};

	const copy = async () => {
		const link = $<HTMLInputElement>('[data-share-link]');
		link.select();
		try {
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(link.value);
			live.textContent = t('dash.copied');
		} catch {
			live.textContent = t('dash.copyFailed');
		}
	};

	return { make, copy };
}
