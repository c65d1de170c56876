/**
 * Paper cannot show form fields: each field matching `selector` gets a print-only copy of its value
 * right after it (`.pb-print-value`, shown only by print.css), kept in sync as the user edits.
 * Returns a function that refreshes every copy (after the island rewrites the fields' values). The
 * fields are the page's own, found once: the overview calls this on every answer.
 */
import { h } from './dom';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function printCopy(field: Field): HTMLElement {
	const next = field.nextElementSibling;
	const copy = next instanceof HTMLElement && next.classList.contains('pb-print-value') ? next : h('span', { class: 'pb-print-value' });
	if (copy !== next) field.after(copy);
	copy.textContent = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.textContent ?? '') : field.value;
	return copy;
}

export function mirrorForPrint(root: HTMLElement, selector: string): () => void {
	const sync = (event: Event) => {
		const field = event.target as Element;
		if (field.matches(selector)) printCopy(field as Field);
	};
	root.addEventListener('input', sync);
	root.addEventListener('change', sync);
	const fields = [...root.querySelectorAll<Field>(selector)];
	return () => fields.forEach(printCopy);
}
