/**
 * Registers the offline worker on every page (the only script of ours a reading page loads) and
 * announces a new edition. It never reloads by itself: the reader chooses "Reload", so nothing is
 * interrupted mid-assessment (answers are saved in localStorage as they are given). The notice's
 * strings load with the notice: the locale data is bundled with the islands' session code, and a
 * static import would make every page load it.
 */
import { SERVICE_WORKER_FILE, SKIP_WAITING } from '../lib/deploy/sw-protocol';

const container = navigator.serviceWorker;

function button(text: string, onClick: () => void): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = text;
	element.addEventListener('click', onClick);
	return element;
}

async function offer(waiting: ServiceWorker) {
	if (document.querySelector('.pb-update')) return;
	const { deliveryStrings } = await import('../i18n/delivery');
	if (document.querySelector('.pb-update')) return;
	const t = deliveryStrings(document.documentElement.lang);
	const bar = document.createElement('div');
	bar.className = 'pb-update';
	bar.setAttribute('role', 'status');
	const text = document.createElement('span');
	text.textContent = t.updateReady;
	bar.append(
		text,
		button(t.updateAction, () => {
			// A field being edited saves on change: let it, before the page goes.
			(document.activeElement as HTMLElement | null)?.blur();
			container.addEventListener('controllerchange', () => location.reload());
			waiting.postMessage(SKIP_WAITING);
		}),
		button(t.updateLater, () => bar.remove())
	);
	document.body.append(bar);
}

/** A worker that finishes installing while an older one controls the page is a new edition. */
function watch(installing: ServiceWorker | null) {
	installing?.addEventListener('statechange', () => {
		if (installing.state === 'installed' && container.controller) void offer(installing);
	});
}

if (import.meta.env.PROD && container) {
	addEventListener('load', () => {
		container
			.register(`${import.meta.env.BASE_URL}${SERVICE_WORKER_FILE}`)
			.then((registration) => {
				if (registration.waiting && container.controller) void offer(registration.waiting);
				watch(registration.installing);
				registration.addEventListener('updatefound', () => watch(registration.installing));
				// A training day keeps one tab open for hours: look for a new edition when it comes back.
				document.addEventListener('visibilitychange', () => {
					if (document.visibilityState === 'visible') registration.update().catch(() => {});
				});
			})
			// No worker (private window, blocked by policy): the site works online as before.
			.catch(() => {});
	});
}
