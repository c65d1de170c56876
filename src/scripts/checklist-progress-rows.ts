/**
 * The checklist index's progress lines, from a stored state: loaded by `checklist-progress.ts` only
 * when one is stored. One module, so the page loads it in one request and the formatter comes as a
 * plain import (not one a page without stored answers would pay for).
 */
import { storedProgress } from '../lib/assessment/erase';
import { format } from '../i18n/format';

/** Fills and shows each card's line; the templates come in the list's data attributes, not from the tables. */
export function showProgressRows(list: HTMLElement, raw: string) {
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
