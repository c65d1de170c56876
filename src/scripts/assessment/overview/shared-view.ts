/**
 * The view of a shared assessment (loaded by `shared.ts` when the address has a share link): everything it carries (answers, N/A reasons, notes, owners,
 * due dates, who answered) shown read-only beside my own answers, optionally only where we differ;
 * adopted or closed. The comparison is `compareShared` (src/lib/assessment/shared-compare.ts).
 */
import type { AssessmentState, Answer } from '../../../lib/assessment/state';
import { shareFragment } from '../../../lib/assessment/share-link';
import { compareShared, type SharedField, type SharedRow } from '../../../lib/assessment/shared-compare';
import { h, notice } from '../dom';
import type { OverviewContext } from './context';

export interface SharedHooks {
	/** Records my answers as a snapshot (before adopting theirs). */
	snapshot: (label: string) => Promise<void>;
	rerender: () => void;
}

export type SharedView = ReturnType<typeof sharedView>;

export function sharedView(ctx: OverviewContext, hooks: SharedHooks) {
	const { session, titles, t, $, notices, levelLabel } = ctx;
	let shared: AssessmentState | undefined;
	let onlyDifferences = false;

	const close = () => {
		shared = undefined;
		onlyDifferences = false;
		history.replaceState(null, '', location.pathname + location.search);
		hooks.rerender();
	};

	const LABELS: Record<SharedField, string> = {
		value: t('print.answer'),
		naReason: t('dash.sharedNaReason'),
		note: t('answer.note'),
		owner: t('answer.owner'),
		due: t('answer.due'),
	};
	/** One side's answer: every field it holds, the ones that differ from the other side marked (not by colour alone). */
	const answerCell = (side: 'theirs' | 'mine', answer: Answer | undefined, differs: readonly SharedField[]) => {
		const fields = (Object.keys(LABELS) as SharedField[]).filter((field) => field === 'value' || answer?.[field] !== undefined);
		return h(
			'td',
			{},
			h('span', { class: 'pb-compare-side', 'aria-hidden': 'true' }, t(side === 'theirs' ? 'dash.theirs' : 'dash.mine')),
			h(
				'dl',
				{ class: 'pb-compare-answer' },
				...fields.map((field) =>
					h(
						'div',
						{ 'data-field': field, ...(differs.includes(field) ? { 'data-differs': true } : {}) },
						h('dt', {}, LABELS[field]),
						h('dd', {}, differs.includes(field) ? h('span', { class: 'pb-differs-mark', title: t('dash.differs') }, '≠ ') : null, field === 'value' ? (answer?.value === undefined ? t('dash.status.unanswered') : levelLabel(answer.value)) : String(answer![field]))
					)
				)
			)
		);
	};

	const row = (entry: SharedRow) =>
		h(
			'tr',
			{ 'data-item': entry.id, ...(entry.differs.length ? { 'data-differs': true } : {}) },
			h(
				'th',
				{ scope: 'row' },
				h('a', { href: titles.itemLinks[entry.id] }, titles.items[entry.id] ?? entry.id),
				h('span', { class: 'pb-item-id' }, ` #${entry.id}`),
				entry.differs.length ? h('span', { class: 'pb-differs' }, `≠ ${t('dash.differs')}`) : null
			),
			answerCell('theirs', entry.theirs, entry.differs),
			answerCell('mine', entry.mine, entry.differs)
		);

	const table = (theirs: AssessmentState) => {
		const { rows, carriesNotes } = compareShared(ctx.model, theirs, session.state);
		const shown = onlyDifferences ? rows.filter((entry) => entry.differs.length) : rows;
		const groups = ctx.model.checklists.map((c) => ({ id: c.id, rows: shown.filter((entry) => entry.checklistId === c.id) })).filter((g) => g.rows.length);
		return h(
			'div',
			{ class: 'pb-shared-compare', 'data-compare': true },
			h('p', { 'data-carries': true }, t('dash.sharedCarries', { count: rows.length, differ: rows.filter((entry) => entry.differs.length).length })),
			carriesNotes ? null : h('p', { 'data-no-notes': true }, t('dash.sharedNoNotes')),
			shown.length
				? h(
						'div',
						{ class: 'pb-table-wrap', tabindex: 0, role: 'region', 'aria-label': t('dash.sharedCaption') },
						h(
							'table',
							{ class: 'pb-table pb-compare', id: 'pb-compare' },
							h('caption', {}, t('dash.sharedCaption')),
							h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('dash.item')), h('th', { scope: 'col' }, t('dash.theirs')), h('th', { scope: 'col' }, t('dash.mine')))),
							...groups.map((g) => h('tbody', {}, h('tr', { class: 'pb-compare-group' }, h('th', { scope: 'colgroup', colspan: 3 }, titles.checklists[g.id] ?? g.id)), ...g.rows.map(row)))
						)
					)
				: h('p', {}, t(rows.length ? 'dash.noDifferences' : 'dash.sharedEmpty'))
		);
	};

	const render = () => {
		const container = $('[data-shared]');
		if (!shared) {
			container.replaceChildren();
			return;
		}
		const theirs = shared;
		const who = [theirs.respondent?.name, theirs.respondent?.role].filter(Boolean).join(' · ');
		const adopt = async () => {
			if (!window.confirm(t('dash.adoptConfirm'))) return;
			await hooks.snapshot(t('dash.mine'));
			const { applyImport } = await import('../../../lib/assessment/json-codec');
			session.update(applyImport(session.state, theirs, 'replace', Date.now()), 'all', 'now');
			close();
			notice(notices, t('dash.adopted'));
		};
		let compare = table(theirs);
		const toggle = () => {
			onlyDifferences = !onlyDifferences;
			filter.setAttribute('aria-pressed', String(onlyDifferences));
			const next = table(theirs);
			compare.replaceWith(next);
			compare = next;
		};
		const filter = h('button', { type: 'button', 'data-action': 'compare', 'aria-pressed': String(onlyDifferences), onclick: toggle }, t('dash.compare'));
		container.replaceChildren(
			h(
				'div',
				{ class: 'pb-notice', role: 'status' },
				h('p', {}, t('dash.sharedView')),
				who ? h('p', { 'data-shared-by': true }, t('dash.sharedBy', { who })) : null,
				h(
					'div',
					{ class: 'pb-toolbar' },
					filter,
					h('button', { type: 'button', 'data-action': 'adopt', onclick: adopt, disabled: session.readOnly }, t('dash.adopt')),
					h('button', { type: 'button', 'data-action': 'close-shared', onclick: close }, t('dash.closeShared'))
				)
			),
			compare
		);
	};

	/** Opens `#share=…` when the address has one. */
	const open = async () => {
		const fragment = shareFragment(location.hash);
		if (fragment === undefined) return;
		const [{ decodeShare }, { describeImportError }] = await Promise.all([import('../../../lib/assessment/share-codec'), import('../../../i18n/import-messages')]);
		const result = await decodeShare(fragment, ctx.model, { current: session.state });
		if (result.ok) shared = result.state;
		else notice(notices, t('dash.sharedFailed', { message: describeImportError(session.data.strings, result.error, 'link', document.documentElement.lang) }), 'alert');
	};

	return {
		render,
		open,
		get state() {
			return shared;
		},
	};
}
