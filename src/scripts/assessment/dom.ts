/** Small DOM helpers shared by the assessment islands (no framework: they enhance server-rendered HTML). */

export type Child = Node | string | number | null | undefined | false;

/** Creates an element; `on*` props become listeners, other props attributes (false/undefined: left out). */
export function h(tag: string, props: Record<string, unknown> = {}, ...children: Child[]): HTMLElement {
	const el = document.createElement(tag);
	for (const [key, value] of Object.entries(props)) {
		if (value === undefined || value === false) continue;
		if (key.startsWith('on')) el.addEventListener(key.slice(2), value as EventListener);
		else el.setAttribute(key, value === true ? '' : String(value));
	}
	for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child instanceof Node ? child : String(child));
	return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
	const el = document.createElementNS(SVG, tag);
	for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
	return el;
}

/** Offers text as a file download. */
export function download(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = h('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Enables the controls a page renders disabled (`data-until-started`) until its island has wired them:
 * a click before then would do nothing, silently. An island that cannot start leaves them disabled.
 */
export function enableStartedControls(root: ParentNode) {
	for (const control of root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[data-until-started]')) control.disabled = false;
}

/** Shows a notice (closable when the container has `data-dismiss-label`); `alert` for problems that lost or risk losing data, `status` otherwise. Returns it. */
export function notice(container: Element, text: string, kind: 'alert' | 'status' = 'status'): HTMLElement {
	const box = h('div', { class: `pb-notice pb-notice-${kind}`, role: kind }, h('p', {}, text));
	// A container that names a dismiss label (rendered in the page's language) makes its notices closable.
	const dismiss = container instanceof HTMLElement ? container.dataset.dismissLabel : undefined;
	if (dismiss) box.prepend(h('button', { type: 'button', class: 'pb-dismiss', 'aria-label': dismiss, title: dismiss, onclick: () => box.remove() }, '×'));
	container.append(box);
	return box;
}

/** Replaces a container's content only when `key` differs from what it shows: unchanged views are not rebuilt. */
export function renderIfChanged(container: HTMLElement, key: string, build: () => (Node | string)[]): boolean {
	if (container.dataset.renderKey === key) return false;
	container.replaceChildren(...build());
	container.dataset.renderKey = key;
	return true;
}

/**
 * Makes `children` the element children of `parent`, in this order, moving only what is out of place
 * and removing the rest. Unlike `replaceChildren`, rows that stay are not re-inserted: the browser
 * neither re-styles their siblings nor treats their links as new.
 */
export function placeInOrder(parent: Element, children: readonly Element[]) {
	let cursor = parent.firstElementChild;
	for (const child of children) {
		if (child === cursor) cursor = cursor.nextElementSibling;
		else parent.insertBefore(child, cursor);
	}
	while (cursor) {
		const after: Element | null = cursor.nextElementSibling;
		cursor.remove();
		cursor = after;
	}
}

/** Ends the current task, so the browser can paint and handle input (`scheduler.yield()` where it exists). */
export function yieldToBrowser(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
