/**
 * The one client layer every assessment island uses: loads the saved answers and reports what happened
 * (salvaged, backed up, newer version, storage unavailable), saves as the user types (debounced), on
 * blur and on `pagehide`, reports every failed save once, and merges other tabs' writes field by field.
 *
 * The code that reads stored answers (the store: parsing, migrating, salvaging, merging, and the
 * reports of what it found) loads only when storage holds something, or when another tab writes: a
 * first visit saves its answers with a plain write.
 */
import type { LoadResult, Store } from '../../lib/assessment/storage';
import { hasStoredValue, writeRaw, type SaveStatus } from '../../lib/assessment/storage-raw';
import { acceptPlaybookVersion, emptyState, type AssessmentState } from '../../lib/assessment/state';
import type { AssessmentKey } from '../../i18n/assessment';
import { browserStorage, translator, type Translate } from './browser';
import { notice } from './dom';
import { DataLoadError, type PageData } from './page-data';

export { browserStorage, translator, type Translate };

/** Which items a change touched; 'all' after a load, a restore or another tab's write we could not narrow. */
export type Changed = ReadonlySet<string> | 'all';
export type Listener = (state: AssessmentState, changed: Changed, source: 'local' | 'remote') => void;

export interface Session {
	readonly data: PageData;
	readonly t: Translate;
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
	/** Says, once per page, that part of the page could not be loaded (a file fetched on demand). */
	loadFailed(): void;
}

/** Pause in typing after which the answers are written. */
export const SAVE_DELAY_MS = 400;

const SAVE_MESSAGES: Partial<Record<SaveStatus, AssessmentKey>> = {
	quota: 'storage.quota',
	denied: 'storage.denied',
	unavailable: 'storage.unavailable',
};

/** The error of an `import()` whose file did not load, as Chromium, Firefox and Safari word it. */
export const isModuleLoadError = (reason: unknown) =>
	reason instanceof TypeError && /dynamically imported module|importing a module script failed/i.test(reason.message);

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

export async function openSession(notices: Element, data: PageData): Promise<Session> {
	const t = translator(data.strings);
	const storage = browserStorage();
	const key = data.storageKey;
	let store: Store | undefined;
	let opening: Promise<Store> | undefined;
	const openStore = () => (opening ??= import('../../lib/assessment/storage').then(({ createStore }) => (store = createStore({ storage, key, model: data.model }))));
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

	// A part that loads on demand (the store, a view, an export) could not be fetched: offline without
	// the offline worker, or a new edition that replaced the file. Said once, instead of a button that
	// silently does nothing.
	const loadFailed = () => void reportOnce('load-failed', t('load.failed'));
	addEventListener('unhandledrejection', (event) => {
		if (isModuleLoadError(event.reason) || event.reason instanceof DataLoadError) loadFailed();
	});

	// Undefined on a first visit: nothing to read, so the store's code is not loaded.
	const loaded: LoadResult | undefined = hasStoredValue(storage, key) ? (await openStore()).load() : undefined;
	let state = loaded?.state ?? emptyState(data.model);

	const notify = (changed: Changed, source: 'local' | 'remote') => {
		for (const listener of listeners) listener(state, changed, source);
	};

	const write = () => {
		clearTimeout(timer);
		timer = undefined;
		if (!dirty) return;
		dirty = false;
		// Storage is there when nothing was stored (`hasStoredValue`), so a first visit's write is a plain one.
		const status = store ? store.save(state) : writeRaw(storage!, key, JSON.stringify(state));
		const message = SAVE_MESSAGES[status];
		if (message) reportOnce(`save-${status}`, t(message));
	};

	const session: Session = {
		data,
		t,
		get state() {
			return state;
		},
		get readOnly() {
			return store?.readOnly ?? false;
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
		loadFailed,
	};

	// ---- what the load found ----------------------------------------------------------------
	if (loaded?.toReport) (await data.withStrings(import('./load-report'))).reportLoad(session, store!, loaded, reportOnce);
	// A new playbook version that changed none of the answered items: taken on without a word.
	if (loaded?.playbookVersionChanged && !data.model.partial && !loaded.diff.removed.length && !loaded.diff.reworded.length && !store!.readOnly) {
		state = acceptPlaybookVersion(state, data.model);
		dirty = true;
		write();
	}

	// ---- other tabs, leaving the page -----------------------------------------------------------
	// Other tabs' writes are merged one after the other, in the order they came (the first one may wait
	// for the store's code).
	let merged = Promise.resolve();
	window.addEventListener('storage', (event) => {
		if (event.key !== key) return;
		merged = merged.then(async () => {
			const merger = await openStore();
			const before = state;
			state = merger.mergeFromStorageEvent(state, event.newValue);
			const changed = changedItems(before, state);
			// The seller profile is not an item: a change to it reaches the listeners with no item changed.
			if (changed.size || before.seller !== state.seller) notify(changed, 'remote');
		});
	});
	window.addEventListener('pagehide', write);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') write();
	});

	return session;
}
