/**
 * Copy-link buttons. Every anchored heading (Starlight's `.sl-heading-wrapper`) and every element
 * marked `data-pb-anchor` (checklist items, practices, indicators…) gets a button that copies the
 * absolute URL of its anchor and announces the result. On a heading the button takes the place of
 * Starlight's anchor link, so each heading has one link affordance (one tab stop), labelled in the
 * page's language; without JavaScript Starlight's link stays (its label is worded in
 * src/i18n/starlight.ts). Highlighting the target on arrival is pure CSS (`:target`), so it also
 * works without JavaScript.
 */

const LINK_ICON =
	'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 0 1-1.4-1.4l2-2a1 1 0 0 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 0 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0Z"/></svg>';

async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Older browsers and non-secure contexts: fall back to a hidden textarea.
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		return ok;
	}
}

function anchorTargets(root: HTMLElement): { id: string; title: string; host: HTMLElement }[] {
	const targets: { id: string; title: string; host: HTMLElement }[] = [];
	for (const wrapper of root.querySelectorAll<HTMLElement>('.sl-heading-wrapper')) {
		const heading = wrapper.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
		if (heading?.id) targets.push({ id: heading.id, title: heading.textContent?.trim() ?? heading.id, host: wrapper });
	}
	for (const element of root.querySelectorAll<HTMLElement>('[data-pb-anchor]')) {
		const slot = element.querySelector<HTMLElement>('[data-pb-copy-slot]') ?? element;
		targets.push({ id: element.id, title: element.dataset.pbAnchor || element.id, host: slot });
	}
	return targets;
}

export function enhanceDeepLinks(root: HTMLElement) {
	// Texts come from src/i18n/ui.ts through the wrapper's data attributes.
	const { copy = '', label = '{title}', done = '', failed = '' } = root.dataset;
	const status = document.createElement('div');
	status.className = 'sr-only';
	status.setAttribute('role', 'status');
	root.append(status);

	for (const { id, title, host } of anchorTargets(root)) {
		if (!id || host.querySelector(':scope > .pb-copy')) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'pb-copy';
		button.dataset.anchor = id;
		button.setAttribute('aria-label', label.replace('{title}', title));
		button.title = copy;
		button.innerHTML = `${LINK_ICON}<span class="pb-copy-done" hidden></span>`;
		button.addEventListener('click', async () => {
			const url = new URL(`#${id}`, window.location.href).href;
			const ok = await copyText(url);
			const feedback = button.querySelector<HTMLElement>('.pb-copy-done')!;
			feedback.textContent = ok ? done : failed;
			feedback.hidden = false;
			status.textContent = '';
			status.textContent = ok ? done : failed;
			window.setTimeout(() => (feedback.hidden = true), 2500);
		});
		const starlightAnchor = host.querySelector(':scope > a.sl-anchor-link');
		if (starlightAnchor) starlightAnchor.replaceWith(button);
		else host.append(button);
	}
}
