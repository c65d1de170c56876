/**
 * What loading the saved answers found, told to the user: a salvaged or unreadable value (with its
 * backup to restore or download), storage that cannot be used, a migration, answers from a newer
 * version (read-only), and items reworded or removed since they were answered. Loaded only when a
 * load found something to tell (`LoadResult.toReport`).
 */
import type { LoadResult, Store, StoredNotice } from '../../lib/assessment/storage';
import { acceptPlaybookVersion, setAnswer } from '../../lib/assessment/state';
import { describeRejected } from '../../i18n/rejected-messages';
import { download, h } from './dom';
import type { PageData } from './page-data';
import type { Session } from './session';

/** The items a version notice names: linked to the item on this page, or on its checklist page, else by id. */
function changedList(label: string, ids: readonly string[], data: PageData): HTMLElement[] {
	if (!ids.length) return [];
	const entries = ids.map((id) => {
		const onPage = document.getElementById(id);
		const name = onPage?.dataset.pbAnchor ?? data.titles?.items[id];
		const href = onPage ? `#${id}` : data.titles?.itemLinks[id];
		return h('li', {}, href ? h('a', { href }, name ?? id) : id, name ? h('span', { class: 'pb-item-id' }, ` #${id}`) : null);
	});
	return [h('p', {}, label), h('ul', { class: 'pb-changed-list' }, ...entries)];
}

/** Marks a reworded item on this page (its statement gets a visible label); returns the label, if placed. */
function markReworded(id: string, text: string): HTMLElement | undefined {
	const statement = document.getElementById(id)?.querySelector('legend');
	if (!statement) return undefined;
	const mark = h('span', { class: 'pb-changed-mark' }, text);
	statement.append(mark);
	return mark;
}

/** Shows, in the page's notices, what `loaded` found; `reportOnce` shows one notice per kind. */
export function reportLoad(
	session: Session,
	store: Store,
	loaded: LoadResult,
	reportOnce: (id: string, text: string, kind?: 'alert' | 'status') => HTMLElement | undefined
) {
	const { data, t } = session;
	const showStoredNotice = (record: StoredNotice) => {
		const text =
			record.kind === 'salvaged'
				? t('storage.salvaged', { count: record.rejectedCount, backupKey: record.backupKey, items: describeRejected(data.strings, record.rejected) })
				: t('storage.corrupt', { backupKey: record.backupKey });
		const box = reportOnce('stored', text);
		if (!box) return;
		const actions = h('div', { class: 'pb-toolbar' });
		if (record.kind === 'salvaged') {
			actions.append(
				h('button', {
					type: 'button',
					'data-action': 'restore-backup',
					onclick: () => {
						const restored = store.restoreBackup(session.state, record);
						if (restored && restored.restored > 0) {
							session.update(restored.state, 'all', 'now');
							store.dismissNotice();
							box.replaceChildren(h('p', {}, t('storage.restored', { count: restored.restored })));
							box.setAttribute('role', 'status');
						} else box.append(h('p', {}, t('storage.restoreNothing')));
					},
				}, t('storage.restore'))
			);
		}
		actions.append(
			h('button', {
				type: 'button',
				'data-action': 'download-backup',
				onclick: () => download(`${record.backupKey.replaceAll(':', '-')}.json`, store.readRaw(record.backupKey) ?? '', 'application/json'),
			}, t('storage.download')),
			h('button', {
				type: 'button',
				'data-action': 'dismiss-notice',
				onclick: () => {
					store.dismissNotice();
					box.remove();
				},
			}, t('storage.dismiss'))
		);
		box.append(actions);
	};

	if (loaded.notice) showStoredNotice(loaded.notice);
	if (loaded.status === 'corrupt' && loaded.backupFailed) reportOnce('corrupt', t('storage.corruptNoBackup'));
	else if (loaded.status === 'unavailable') reportOnce('save-unavailable', t('storage.unavailable'));
	else if (loaded.status === 'migrated') reportOnce('migrated', t('storage.migrated'), 'status');
	else if (loaded.status === 'newer') {
		const box = reportOnce('newer', t('storage.readOnly'));
		box?.append(
			h('div', { class: 'pb-toolbar' }, h('button', {
				type: 'button',
				'data-action': 'download-backup',
				onclick: () => download(`${store.key}.json`, store.readRaw(store.key) ?? '', 'application/json'),
			}, t('storage.download')))
		);
	}
	// A checklist page knows its own items only (a partial model): the overview, which knows them all, reports removed and reworded items.
	if (loaded.playbookVersionChanged && !data.model.partial) {
		const { removed, reworded } = loaded.diff;
		const accept = () => session.update(acceptPlaybookVersion(session.state, data.model), new Set(), 'now');
		if (removed.length || reworded.length) {
			const box = reportOnce('version', t('version.changed', { removed: removed.length, reworded: reworded.length }), 'status');
			const marks = reworded.map((id) => markReworded(id, t('version.mark'))).filter((mark) => mark !== undefined);
			box?.append(
				...changedList(t('version.reworded'), reworded, data),
				...changedList(t('version.removed'), removed, data),
				h('button', { type: 'button', onclick: () => { accept(); box.remove(); for (const mark of marks) mark.remove(); } }, t('version.accept'))
			);
		}
	}

	// A checklist page knows the statement hashes of its own items: it marks those reworded since they
	// were answered and lists them in one line. Answering an item again records the new statement's
	// hash, which clears its mark; the overview's "reviewed" button clears them all (it sets the version).
	if (loaded.playbookVersionChanged && data.model.partial && loaded.diff.reworded.length) {
		const pending = new Map(loaded.diff.reworded.flatMap((id) => {
			const mark = markReworded(id, t('version.mark'));
			// Keeping the same answer confirms it against the new wording (setAnswer records the hash).
			mark?.append(
				h('button', {
					type: 'button',
					class: 'pb-confirm-wording',
					'aria-label': `${t('version.confirmItem')} #${id}`,
					disabled: store.readOnly,
					onclick: () => session.update(setAnswer(session.state, id, { value: session.state.answers[id]?.value }, Date.now(), data.model), new Set([id]), 'now'),
				}, t('version.confirmItem'))
			);
			return mark ? [[id, mark] as const] : [];
		}));
		const box = pending.size ? reportOnce('version', '', 'status') : undefined;
		const list = () => [...pending.keys()].flatMap((id, i) => [i ? t('version.listSeparator') : '', h('a', { href: `#${id}` }, `#${id}`)]);
		const line = box?.querySelector('p');
		const show = () => line?.replaceChildren(t('version.rewordedHere', { count: pending.size }), ...list());
		show();
		if (box) box.dataset.reworded = '';
		session.subscribe((next, changed) => {
			for (const [id, mark] of pending) {
				if (changed !== 'all' && !changed.has(id)) continue;
				const hash = Object.hasOwn(next.answers, id) ? next.answers[id].textHash : undefined;
				if (hash !== data.model.items.find((item) => item.id === id)?.textHash) continue;
				mark.remove();
				pending.delete(id);
			}
			if (pending.size) show();
			else box?.remove();
		});
	}
}
