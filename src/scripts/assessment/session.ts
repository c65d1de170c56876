/**
 * The one client layer every assessment island uses: loads the saved answers and reports what happened
 * (salvaged, backed up, newer version, storage unavailable), saves as the user types (debounced), on
 * blur and on `pagehide`, reports every failed save once, and merges other tabs' writes field by field.
 */
import { createStore, type LoadResult, type SaveStatus, type Store, type StoredNotice } from '../../lib/assessment/storage';
import { acceptPlaybookVersion, setAnswer, type AssessmentState } from '../../lib/assessment/state';
import type { AssessmentKey } from '../../i18n/assessment';
import { describeRejected } from '../../i18n/assessment-messages';
import { browserStorage, translator, type Translate } from './browser';
import { download, h, notice } from './dom';
import type { PageData } from './page-data';

export { browserStorage, translator, type Translate };

/** Which items a change touched; 'all' after a load, a restore or another tab's write we could not narrow. */
export type Changed = ReadonlySet<string> | 'all';
export type Listener = (state: AssessmentState, changed: Changed, source: 'local' | 'remote') => void;

export interface Session {
	readonly data: PageData;
	readonly t: Translate;
	readonly store: Store;
	readonly state: AssessmentState;
	readonly readOnly: boolean;
	/**
	 * Takes a new state: listeners run at once; it is written `now` (a choice, a blur) or after a short
	 * pause in typing (`later`). Returns nothing: failures are reported in the notices.
	 */
	update(next: AssessmentState, changed: Changed, persist: 'now' | 'later'): void;
	/** Writes a pending change now. */
	flush(): void;
	subscribe(listener: Listener): void;
}

/** Pause in typing after which the answers are written. */
export const SAVE_DELAY_MS = 400;

const SAVE_MESSAGES: Partial<Record<SaveStatus, AssessmentKey>> = {
	quota: 'storage.quota',
	denied: 'storage.denied',
	unavailable: 'storage.unavailable',
};

/** Items whose stored answer differs between two states. */
export function changedItems(before: AssessmentState, after: AssessmentState): Set<string> {
	const ids = new Set<string>();
	for (const id of new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])) {
		const a = Object.hasOwn(before.answers, id) ? before.answers[id] : undefined;
		const b = Object.hasOwn(after.answers, id) ? after.answers[id] : undefined;
		if (JSON.stringify(a) !== JSON.stringify(b)) ids.add(id);
	}
	return ids;
}

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

export function openSession(notices: Element, data: PageData): Session {
	const t = translator(data.strings);
	const store = createStore({ storage: browserStorage(), key: data.storageKey, model: data.model });
	const listeners: Listener[] = [];
	const reported = new Set<string>();
	let timer: ReturnType<typeof setTimeout> | undefined;
	let dirty = false;

	/** One notice per kind of problem per page: an edit that fails again does not stack another. */
	const reportOnce = (id: string, text: string, kind: 'alert' | 'status' = 'alert') => {
		if (reported.has(id)) return undefined;
		reported.add(id);
		const box = notice(notices, text, kind);
		box.dataset.notice = id;
		return box;
	};

	const loaded: LoadResult = store.load();
	let state = loaded.state;

	const notify = (changed: Changed, source: 'local' | 'remote') => {
		for (const listener of listeners) listener(state, changed, source);
	};

	const write = () => {
		clearTimeout(timer);
		timer = undefined;
		if (!dirty) return;
		dirty = false;
		const status = store.save(state);
		const key = SAVE_MESSAGES[status];
		if (key) reportOnce(`save-${status}`, t(key));
	};

	const session: Session = {
		data,
		t,
		store,
		get state() {
			return state;
		},
		get readOnly() {
			return store.readOnly;
		},
		update(next, changed, persist) {
			state = next;
			dirty = true;
			notify(changed, 'local');
			if (persist === 'now') write();
			else {
				clearTimeout(timer);
				timer = setTimeout(write, SAVE_DELAY_MS);
			}
		},
		flush: write,
		subscribe(listener) {
			listeners.push(listener);
		},
	};

	// ---- what the load found ----------------------------------------------------------------
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
						const restored = store.restoreBackup(state, record);
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
		const accept = () => session.update(acceptPlaybookVersion(state, data.model), new Set(), 'now');
		if (removed.length || reworded.length) {
			const box = reportOnce('version', t('version.changed', { removed: removed.length, reworded: reworded.length }), 'status');
			const marks = reworded.map((id) => markReworded(id, t('version.mark'))).filter((mark) => mark !== undefined);
			box?.append(
				...changedList(t('version.reworded'), reworded, data),
				...changedList(t('version.removed'), removed, data),
				h('button', { type: 'button', onclick: () => { accept(); box.remove(); for (const mark of marks) mark.remove(); } }, t('version.accept'))
			);
		} else if (!store.readOnly) {
			state = acceptPlaybookVersion(state, data.model);
			dirty = true;
			write();
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
					onclick: () => session.update(setAnswer(state, id, { value: state.answers[id]?.value }, Date.now(), data.model), new Set([id]), 'now'),
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

	// ---- other tabs, leaving the page -----------------------------------------------------------
	window.addEventListener('storage', (event) => {
		if (event.key !== store.key) return;
		const before = state;
		state = store.mergeFromStorageEvent(state, event.newValue);
		const changed = changedItems(before, state);
		// The seller profile is not an item: a change to it reaches the listeners with no item changed.
		if (changed.size || before.seller !== state.seller) notify(changed, 'remote');
	});
	window.addEventListener('pagehide', write);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') write();
	});

	return session;
}
