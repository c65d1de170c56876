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
	// The page's templates come in its data attributes, not from the tables: the formatter alone.
	const [{ storedProgress }, { format }] = await Promise.all([import('../lib/assessment/erase'), import('../i18n/format')]);
	for (const row of list.querySelectorAll<HTMLElement>('[data-progress-of]')) {
		const progress = storedProgress(raw, row.dataset.progressOf!.split(' '));
		if (!progress) continue;
		const { answered, total, missingReason } = progress;
		const text = [
			answered ? format(list.dataset.answered!, { answered, total }) : format(list.dataset.notStarted!, { total }),
			missingReason ? format(list.dataset.missingReason!, { count: missingReason }) : '',
		];
		row.querySelector('dd')!.textContent = text.filter(Boolean).join(' · ');
		row.hidden = false;
	}
}
