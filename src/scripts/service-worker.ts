/**
 * The offline worker (`/sw.js`, built by src/integrations/delivery.ts). One edition of the playbook
 * at a time: on install it stores every page, the search index and the islands' files of this build
 * (the list is written in at build time), then serves them cache-first, so the site works without a
 * network after one visit. A new edition installs beside the old one and waits: the page offers a
 * reload and the worker only takes over when the reader accepts. Answers live in localStorage,
 * which this worker never touches.
 */
import { CACHE_PREFIX, SKIP_WAITING } from '../lib/deploy/sw-protocol';

declare const __PLAYBOOK_EDITION__: string;
declare const __PRECACHE__: string[];
/** Per-language 404 pages, longest prefix first: `[['/en/', '/en/404.html'], ['/', '/404.html']]`. */
declare const __NOT_FOUND__: [string, string][];

// The service worker types, locally: the project's DOM lib and the webworker lib cannot be mixed.
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const CACHE = `${CACHE_PREFIX}${__PLAYBOOK_EDITION__}`;
/** Files named by their content never change: a new edition copies them instead of downloading them again. */
const IMMUTABLE = /\/_astro\/|\/pagefind\/(?:fragment|index)\//;
const MATCH = { ignoreSearch: true, ignoreVary: true };

async function fromOlderEdition(url: string): Promise<Response | undefined> {
	for (const name of await caches.keys()) {
		if (name === CACHE || !name.startsWith(CACHE_PREFIX)) continue;
		const hit = await (await caches.open(name)).match(url, MATCH);
		if (hit) return hit;
	}
	return undefined;
}

async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	const queue = [...__PRECACHE__];
	const download = async () => {
		for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
			if (await cache.match(url, MATCH)) continue; // an interrupted install resumes where it stopped
			const response = (IMMUTABLE.test(url) && (await fromOlderEdition(url))) || (await fetch(url, { cache: 'no-cache' }));
			// Any failure fails the install: a half-stored edition is never served; the next visit retries.
			if (!response.ok || response.redirected) throw new Error(`Cannot store ${url} for offline use: ${response.status}`);
			await cache.put(url, response);
		}
	};
	await Promise.all(Array.from({ length: 4 }, download));
}

worker.addEventListener('install', (event) => event.waitUntil(precache()));

worker.addEventListener('activate', (event) =>
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
			// The first visit's page is served by this worker from now on, without a reload.
			await worker.clients.claim();
		})()
	)
);

worker.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void worker.skipWaiting();
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request, MATCH);
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode !== 'navigate') throw error;
		// Offline and not in this edition: the language's own 404 page.
		const path = new URL(request.url).pathname;
		const page = __NOT_FOUND__.find(([prefix]) => path.startsWith(prefix))?.[1];
		const notFound = page && (await cache.match(page, MATCH));
		if (!notFound) throw error;
		return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
	}
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
	event.respondWith(respond(request));
});
