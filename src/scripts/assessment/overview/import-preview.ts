/**
 * Import of an exported file: size checked before reading, then a preview of merge and replace. Loaded
 * when a file is chosen (most visits never import), with the file codec.
 */
import type * as JsonCodec from '../../../lib/assessment/json-codec';
import { describeImportError } from '../../../i18n/import-messages';
import { describeRejected } from '../../../i18n/rejected-messages';
import type { ImportResult } from '../../../lib/assessment/import-result';
import { h, notice } from '../dom';
import type { OverviewContext } from './context';

export async function importFile(ctx: OverviewContext, rerender: () => void, input: HTMLInputElement) {
	const { session, titles, t, $, live, loadAllItemTitles } = ctx;
	const container = $('[data-import-preview]');

	const show = async ({ applyImport, previewImport }: typeof JsonCodec, incoming: Extract<ImportResult, { ok: true }>) => {
		await loadAllItemTitles();
		const preview = previewImport(session.state, incoming.state, ctx.model);
		const apply = (mode: 'merge' | 'replace') => {
			session.update(applyImport(session.state, incoming.state, mode, Date.now()), 'all', 'now');
			// The result shows beside the import control, replacing the preview (never piling up).
			container.replaceChildren();
			rerender();
			live.textContent = t('dash.imported');
			notice(container, t('dash.imported'));
		};
		const { removed, added, reworded, playbookVersionChanged } = incoming.diff;
		container.replaceChildren(
			h(
				'div',
				{ class: 'pb-notice', role: 'status', 'data-preview': true },
				h('p', {}, t('dash.importPreview', {
					mergeAdded: preview.merge.added,
					mergeChanged: preview.merge.changed,
					replaceAdded: preview.replace.added,
					replaceChanged: preview.replace.changed,
					replaceRemoved: preview.replace.removed,
				})),
				incoming.rejected.length
					? h('p', { 'data-rejected': incoming.rejected.length }, t('dash.rejected', { count: incoming.rejected.length, items: describeRejected(session.data.strings, incoming.rejected) }))
					: null,
				playbookVersionChanged
					? h('p', { 'data-version-diff': true }, t('dash.importVersion', { removed: removed.length, added: added.length, reworded: reworded.length }))
					: null,
				// Name the items: removed ones by id (the playbook no longer has their text), the others by their statement.
				playbookVersionChanged && (removed.length || added.length || reworded.length)
					? h(
							'ul',
							{ 'data-version-items': true },
							...removed.map((id) => h('li', {}, `− ${id}`)),
							...added.map((id) => h('li', {}, '+ ', h('a', { href: titles.itemLinks[id] }, titles.items[id] ?? id))),
							...reworded.map((id) => h('li', {}, '≠ ', h('a', { href: titles.itemLinks[id] }, titles.items[id] ?? id)))
						)
					: null,
				h(
					'div',
					{ class: 'pb-toolbar' },
					h('button', { type: 'button', 'data-action': 'merge', onclick: () => apply('merge'), disabled: session.readOnly }, t('dash.merge')),
					h('button', { type: 'button', 'data-action': 'replace', onclick: () => apply('replace'), disabled: session.readOnly }, t('dash.replace')),
					h('button', { type: 'button', onclick: () => container.replaceChildren() }, t('dash.cancel'))
				)
			)
		);
	};

	const file = input.files?.[0];
	input.value = '';
	if (!file) return;
	// A file may answer any item: read against the whole model.
	const [codec] = await Promise.all([import('../../../lib/assessment/json-codec'), ctx.models.complete()]);
	const result = codec.checkImportSize(file.size) ?? codec.parseImport(await file.text(), ctx.model, { current: session.state });
	if (result.ok) await show(codec, result);
	else {
		container.replaceChildren();
		notice(container, t('dash.importFailed', { message: describeImportError(session.data.strings, result.error, 'file', document.documentElement.lang) }), 'alert');
	}
}
