/** A shared assessment opened from a link: shown read-only, compared with mine, adopted or closed. */
import { getAnswer, type AssessmentState } from '../../../lib/assessment/state';
import { describeImportError } from '../../../i18n/assessment';
import { h, notice } from '../dom';
import type { OverviewContext } from './context';

export function sharedView(ctx: OverviewContext, hooks: { snapshot: (label: string) => void; rerender: () => void }) {
	const { session, model, titles, t, $, notices, levelLabel } = ctx;
	let shared: AssessmentState | undefined;

	const close = () => {
		shared = undefined;
		history.replaceState(null, '', location.pathname + location.search);
		hooks.rerender();
	};

	const render = () => {
		const container = $('[data-shared]');
		if (!shared) {
			container.replaceChildren();
			return;
		}
		const theirs = shared;
		const compare = h('div', { 'data-compare': true });
		const showCompare = () => {
			const ids = model.items.map((item) => item.id).filter((id) => getAnswer(theirs, id)?.value !== getAnswer(session.state, id)?.value);
			compare.replaceChildren(
				ids.length
					? h(
							'table',
							{ class: 'pb-table', id: 'pb-compare' },
							h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('dash.item')), h('th', { scope: 'col' }, t('dash.theirs')), h('th', { scope: 'col' }, t('dash.mine')))),
							h('tbody', {}, ...ids.map((id) => h('tr', {}, h('th', { scope: 'row' }, h('a', { href: titles.itemLinks[id] }, titles.items[id])), h('td', {}, levelLabel(getAnswer(theirs, id)?.value)), h('td', {}, levelLabel(getAnswer(session.state, id)?.value)))))
						)
					: h('p', {}, t('dash.noDifferences'))
			);
		};
		const adopt = async () => {
			if (!window.confirm(t('dash.adoptConfirm'))) return;
			hooks.snapshot(t('dash.mine'));
			const { applyImport } = await import('../../../lib/assessment/json-codec');
			session.update(applyImport(session.state, theirs, 'replace', Date.now()), 'all', 'now');
			close();
			notice(notices, t('dash.adopted'));
		};
		container.replaceChildren(
			h(
				'div',
				{ class: 'pb-notice', role: 'status' },
				h('p', {}, t('dash.sharedView')),
				h(
					'div',
					{ class: 'pb-toolbar' },
					h('button', { type: 'button', 'data-action': 'compare', onclick: showCompare }, t('dash.compare')),
					h('button', { type: 'button', 'data-action': 'adopt', onclick: adopt, disabled: session.readOnly }, t('dash.adopt')),
					h('button', { type: 'button', 'data-action': 'close-shared', onclick: close }, t('dash.closeShared'))
				),
				compare
			)
		);
	};

	/** Opens `#share=…` when the address has one. */
	const open = async () => {
		const match = /^#share=(.+)$/.exec(location.hash);
		if (!match) return;
		const { decodeShare } = await import('../../../lib/assessment/share-codec');
		const result = await decodeShare(match[1], model, { current: session.state });
		if (result.ok) shared = result.state;
		else notice(notices, t('dash.sharedFailed', { message: describeImportError(session.data.strings, result.error, 'link') }), 'alert');
	};

	return {
		render,
		open,
		get state() {
			return shared;
		},
	};
}
