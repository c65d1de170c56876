/**
 * Sortable table headers, as progressive enhancement: without JavaScript the table stays in the
 * register's order. Each `th[data-sort-key]` becomes a button; rows carry the numeric sort values
 * in `data-<key>` attributes. Clicking again reverses the order; `aria-sort` tells screen readers.
 */
import { sortRows, type SortDirection } from '../lib/site/sort-rows';

export function enhanceSortableTable(root: HTMLElement) {
	const table = root.querySelector('table');
	const body = table?.tBodies[0];
	if (!table || !body) return;
	const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
	// `{column}` stands for the header text (src/i18n/ui.ts, index.sortBy).
	const label = root.dataset.sortLabel ?? '{column}';

	for (const header of headers) {
		const key = header.dataset.sortKey!;
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = header.textContent?.trim() ?? key;
		button.setAttribute('aria-label', label.replace('{column}', button.textContent));
		header.replaceChildren(button);
		button.addEventListener('click', () => {
			const current = header.getAttribute('aria-sort');
			// Scores read best from high to low; everything else from first to last.
			const direction: SortDirection =
				current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : key === 'score' ? 'descending' : 'ascending';
			for (const other of headers) other.removeAttribute('aria-sort');
			header.setAttribute('aria-sort', direction);
			const rows = sortRows(
				[...body.rows].map((row) => ({ row, value: Number(row.dataset[key]), order: Number(row.dataset.order) })),
				direction
			);
			body.replaceChildren(...rows.map((r) => r.row));
		});
	}
}
