/**
 * Long lists on the overview. A playbook of hundreds of checklists and risks would draw thousands of
 * rows nobody reads at once (17,000 elements at ten times today's content: seconds of layout on a
 * phone). A list longer than its limit draws its first rows and a button to show the rest, and back.
 * Printing shows everything. Today's playbook (13 checklists, 15 risks, a few risks per matrix cell)
 * fits within the limits: nothing is held back.
 */
import { h } from '../dom';
import type { Translate } from '../session';

/** Rows of a list of checklists or risks drawn before "Show all". */
export const LIST_LIMIT = 20;
/** Risk names a matrix cell lists before its "+n" button. */
export const CELL_LIMIT = 8;

/**
 * A playbook with more checklists or risks than a list draws: its overview runs to many screens on a
 * phone (10,000 px at ten times today's content), and laying all of it out before the first screen
 * shows costs more than the rest of the page's start.
 */
export function isLongPlaybook(model: { checklists: unknown[]; risks: unknown[] }): boolean {
	return model.checklists.length > LIST_LIMIT || model.risks.length > LIST_LIMIT;
}

export interface LongList {
	/** How many of `total` rows to draw. */
	count(total: number): number;
	/** The button after the list (it names `controls`, the element holding the rows); null when all `total` fit. */
	toggle(total: number, controls: string): HTMLElement | null;
	/** Shows every row (for printing). */
	open(): void;
}

/** The overview's long lists: each remembers whether it is open; `openAll` opens them before printing. */
export function longLists(t: Translate, afterToggle: () => void) {
	const lists: LongList[] = [];
	let made = 0;
	return {
		/**
		 * A list of at most `limit` rows until opened; `redraw` draws it again from its last figures.
		 * `compact`: a button that fits a matrix cell on a phone ("+92", "Fewer"), named in full for screen readers.
		 */
		list(limit: number, redraw: () => void, compact = false): LongList {
			let open = false;
			const key = String(made++);
			const list: LongList = {
				count: (total) => (open ? total : Math.min(total, limit)),
				toggle(total, controls) {
					if (total <= limit) return null;
					const more = total - limit;
					const text = open ? t(compact ? 'list.fewer' : 'list.showFirst', { limit }) : compact ? `+${more}` : t('list.showAll', { total });
					return h(
						'button',
						{
							type: 'button',
							class: 'pb-show-all',
							'aria-expanded': String(open),
							'aria-controls': controls,
							'data-list-toggle': key,
							// "+92" alone says little: its name says what it does (and begins with what is shown).
							'aria-label': compact && !open ? t('list.moreLabel', { more, total }) : undefined,
							onclick: () => {
								open = !open;
								redraw();
								afterToggle();
								// The button was drawn again: focus stays on it, wherever the list now ends.
								document.querySelector<HTMLElement>(`[data-list-toggle="${key}"][aria-controls="${controls}"]`)?.focus();
							},
						},
						text
					);
				},
				open() {
					if (open) return;
					open = true;
					redraw();
				},
			};
			lists.push(list);
			return list;
		},
		openAll() {
			for (const list of lists) list.open();
		},
	};
}

export type LongLists = ReturnType<typeof longLists>;
