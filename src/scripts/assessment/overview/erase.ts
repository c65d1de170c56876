/**
 * "Delete all my answers": a confirmation dialog that offers a last JSON download (its button is the
 * overview's own export action), then removes every assessment key from this browser and reloads
 * the page, which then says what was deleted (or what the browser refused to delete). Loaded when the
 * dialog is first opened, or after the reload (most visits never erase).
 */
import { notice } from '../dom';
import { browserStorage } from '../session';
import { ERASED_PARAM as PARAM, type OverviewContext } from './context';

let wired = false;

/** Opens the confirmation dialog (wiring it the first time). */
export function openErase({ session, t, $, notices }: OverviewContext) {
	const dialog = $<HTMLDialogElement>('[data-erase-dialog]');
	if (wired) return dialog.showModal();
	wired = true;
	dialog.querySelector('[data-erase-cancel]')!.addEventListener('click', () => dialog.close());
	dialog.querySelector('[data-erase-confirm]')!.addEventListener('click', async () => {
		dialog.close();
		const storage = browserStorage();
		if (!storage) {
			notice(notices, t('erase.unavailable'), 'alert');
			return;
		}
		// Loaded when confirmed (most visits never erase). Nothing may be left pending to write back after the keys are gone.
		const { eraseAssessment } = await import('../../../lib/assessment/erase');
		session.flush();
		const { removed, failed } = eraseAssessment(storage, session.data.storageKey);
		if (failed.length) {
			notice(notices, t('erase.failed', { count: failed.length, keys: failed.join(', ') }), 'alert');
			return;
		}
		// Reload: every view then starts from the now empty storage.
		const url = new URL(location.href);
		url.searchParams.set(PARAM, String(removed.length));
		url.hash = '';
		location.replace(url);
	});
	dialog.showModal();
}

/** After the reload: says what was deleted, and takes the note of it out of the address. */
export function reportErased({ t, notices }: OverviewContext, erased: string) {
	const count = Number(erased);
	notice(notices, count > 0 ? t('erase.done', { count }) : t('erase.nothing'), 'status');
	const url = new URL(location.href);
	url.searchParams.delete(PARAM);
	history.replaceState(history.state, '', url);
}
