/**
 * The checklist index, enhanced: each card shows how many of its items the stored answers cover
 * ("Answered 5/16", or "Not started" — never a percentage). Reads only; nothing shows without
 * stored answers or JavaScript. The code that reads a saved state loads only when one is stored, so a
 * first visit runs a few hundred bytes.
 */

export async function showChecklistProgress() {
	const list = document.querySelector<HTMLElement>('[data-checklist-progress]');
	if (!list) return;
	let raw: string | null = null;
	try {
		raw = localStorage.getItem(list.dataset.checklistProgress!);
	} catch {
		return; // storage unavailable: nothing to show
	}
	if (raw === null) return;
	(await import('./checklist-progress-rows')).showProgressRows(list, raw);
}
