/**
 * Shared set-up for the assessment islands: the data the page embeds, the store on localStorage,
 * string formatting and notices. No framework: the islands enhance server-rendered HTML.
 */
import type { PlaybookModel } from '../lib/assessment/model';
import { createStore, type LoadResult, type Store } from '../lib/assessment/storage';
import { acceptPlaybookVersion, type AssessmentState } from '../lib/assessment/state';
import { format, type AssessmentKey } from '../i18n/assessment';
import type { AssessmentTitles } from '../utils/assessment-titles';

export interface PageData {
	model: PlaybookModel;
	strings: Record<AssessmentKey, string>;
	storageKey: string;
	dashboard: string;
	/** Present where the page embeds them (`<AssessmentData withTitles />`). */
	titles?: AssessmentTitles;
}

export function readPageData(): PageData {
	return JSON.parse(document.getElementById('pb-assessment-data')!.textContent!);
}

/** localStorage, or undefined where even touching it throws (some private modes, sandboxed frames). */
export function browserStorage(): Storage | undefined {
	try {
		return window.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

export function openStore(data: PageData): Store {
	return createStore({ storage: browserStorage(), key: data.storageKey, model: data.model });
}

export function translator(strings: Record<AssessmentKey, string>) {
	return (key: AssessmentKey, vars?: Record<string, string | number>) => format(strings[key], vars);
}

/** Shows a notice; `alert` for problems that lost or risk losing data, `status` otherwise. Returns it. */
export function notice(container: Element, text: string, kind: 'alert' | 'status' = 'status'): HTMLElement {
	const box = document.createElement('div');
	box.className = `pb-notice pb-notice-${kind}`;
	box.setAttribute('role', kind);
	const p = document.createElement('p');
	p.textContent = text;
	box.append(p);
	container.append(box);
	return box;
}

export const DAY = 24 * 60 * 60 * 1000;
/** Remind to export after this many answers without any export, or this long since the last. */
export const REMIND_AFTER_ANSWERS = 5;
export const REMIND_AFTER_DAYS = 14;

/**
 * Tells the user what happened to their saved answers (corrupt → backed up, storage unavailable,
 * old format upgraded, playbook changed since they answered). Returns the state to work with.
 */
export function reportLoad(
	loaded: LoadResult,
	data: PageData,
	store: Store,
	notices: Element,
	/** Called when the user confirms they reviewed the changed items. */
	onAccept: () => void
): AssessmentState {
	const t = translator(data.strings);
	let state = loaded.state;
	if (loaded.status === 'corrupt') {
		notice(notices, loaded.backupKey ? t('storage.corrupt', { backupKey: loaded.backupKey }) : t('storage.corruptNoBackup'), 'alert');
	} else if (loaded.status === 'unavailable') {
		notice(notices, t('storage.unavailable'), 'alert');
	} else if (loaded.status === 'migrated') {
		notice(notices, t('storage.migrated'));
	}
	if (loaded.playbookVersionChanged) {
		const { removed, reworded } = loaded.diff;
		if (removed.length || reworded.length) {
			const box = notice(notices, t('version.changed', { removed: removed.length, reworded: reworded.length }));
			const accept = document.createElement('button');
			accept.type = 'button';
			accept.textContent = t('version.accept');
			accept.addEventListener('click', () => {
				onAccept();
				box.remove();
			});
			box.append(accept);
		} else {
			state = acceptPlaybookVersion(state, data.model);
			store.save(state);
		}
	}
	return state;
}
