/**
 * "Delete all my answers": a confirmation dialog that offers a last JSON download (its button is the
 * overview's own export action), then removes every assessment key from this browser and reloads
 * the page, which then says what was deleted (or what the browser refused to delete).
 */
import { notice } from '../dom';
import { browserStorage } from '../session';
import type { OverviewContext } from './context';

const PARAM = 'erased';

export function eraseView({ session, t, $, notices }: OverviewContext) {
	const dialog = $<HTMLDialogElement>('[data-erase-dialog]');
	const open = $<HTMLButtonElement>('[data-erase-open]');
	open.disabled = session.readOnly;
	open.addEventListener('click', () => dialog.showModal());
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

	const erased = new URLSearchParams(location.search).get(PARAM);
	if (erased !== null) {
		const count = Number(erased);
		notice(notices, count > 0 ? t('erase.done', { count }) : t('erase.nothing'), 'status');
		const url = new URL(location.href);
		url.searchParams.delete(PARAM);
		history.replaceState(history.state, '', url);
	}
}
