/**
 * Browser half of `npm run bench`: the time from an answer to updated scores, measured in Chromium.
 * Run alone (`npm run bench:answers -- --root dist`), it measures an existing build (any `--root`, e.g.
 * the scale benchmark's 10× site): island page bytes with their data files against a reading page, and
 * the answer → overview frame time.
 * 1. With a synthetic 500-item playbook: setAnswer + save + every score the overview shows
 *    (overall, per pillar, per checklist, risk matrix, action plan), the library code bundled as the
 *    islands bundle it.
 * 2. On a real built checklist page: a click on an answer until the progress text has changed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import sirv from 'sirv';
import { gzipSize, pageWeight } from './lib/page-weight';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const HARNESS = `
import { buildPlaybookModel } from './src/lib/assessment/model';
import { emptyState, setAnswer } from './src/lib/assessment/state';
import { scoreOverall, scoreStrategy, scoreChecklist } from './src/lib/assessment/scoring';
import { riskMatrix } from './src/lib/assessment/residual';
import { actionPlan } from './src/lib/assessment/actions';
window.benchAnswers = (itemCount, runs) => {
	const risks = Array.from({ length: 12 }, (_, i) => ({ id: 'r' + i, order: i + 1, category: 'compliance', likelihood: 1 + (i % 5), impact: 1 + ((i * 2) % 5) }));
	const strategies = Array.from({ length: 5 }, (_, i) => ({ id: 's' + i, order: i + 1 }));
	const checklists = Array.from({ length: 10 }, (_, c) => ({
		id: 'c' + c, order: c + 1,
		sections: [{ id: 'main', items: Array.from({ length: itemCount / 10 }, (_, i) => ({
			id: 'c' + c + '-i' + i, statement: 'Item ' + c + '.' + i, weight: 1 + (i % 3),
			mitigates: ['r' + ((c + i) % 12), 'r' + ((c * 3 + i) % 12)], implements: 's' + (i % 5) })) }],
	}));
	const model = buildPlaybookModel({ checklists, risks, strategies }, 'bench');
	let state = emptyState(model);
	const storage = new Map();
	const times = [];
	for (let run = 0; run < runs; run++) {
		const item = model.items[(run * 37) % model.items.length];
		const start = performance.now();
		state = setAnswer(state, item.id, { value: run % 4 }, Date.now(), model);
		storage.set('k', JSON.stringify(state));
		scoreOverall(model, state);
		for (const s of model.strategies) scoreStrategy(model, state, s.id);
		for (const c of model.checklists) scoreChecklist(model, state, c.id);
		riskMatrix(model, state);
		actionPlan(model, state);
		times.push(performance.now() - start);
	}
	return times;
};
`;

export async function browserTimings(baseUrl: string) {
	const executablePath = findChromium();
	if (!executablePath) return undefined;
	const bundle = await build({
		stdin: { contents: HARNESS, resolveDir: process.cwd(), loader: 'ts' },
		bundle: true,
		format: 'iife',
		write: false,
		minify: true,
	});
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.setContent('<!doctype html><title>bench</title>');
		await page.addScriptTag({ content: bundle.outputFiles[0].text });
		const synthetic: number[] = await page.evaluate(() => (window as any).benchAnswers(500, 200));

		await page.goto(`${baseUrl}/checklists/account-health/`);
		await page.locator('[data-panel]').waitFor();
		const real: number[] = await page.evaluate(async () => {
			const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
			const text = document.querySelector('[data-progress-text]')!;
			const times: number[] = [];
			for (let i = 0; i < 60; i++) {
				const radio = radios[(i * 7) % radios.length];
				const before = text.textContent;
				const start = performance.now();
				radio.click();
				times.push(performance.now() - start);
				if (text.textContent === before && !radio.checked) throw new Error('no update');
			}
			return times;
		});
		return { synthetic, real };
	} finally {
		await browser.close();
	}
}

export function summarise(times: number[]) {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

// ---- answer → overview frame, and island page bytes with their data (`npm run bench:answers`) ----------

/**
 * Total gzip bytes a first visit to a page loads: HTML, CSS, JS (pageWeight) plus the island data files
 * it fetches. `fetched` lists the data files a real visit requested (see `fetchedData`); without it, the
 * model and titles named in the page's `#pb-assessment-data` block count.
 */
export function pageBytes(dist: string, sitePath: string, fetched?: string[]) {
	const read = (path: string) => {
		const file = join(dist, decodeURIComponent(path));
		return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
	};
	const html = read(`${sitePath}index.html`);
	if (html === undefined) throw new Error(`no page ${sitePath} in ${dist}`);
	const weight = pageWeight(sitePath, html, read);
	const inline = /<script type="application\/json" id="pb-assessment-data">([\s\S]*?)<\/script>/.exec(html);
	const urls: string[] = fetched ?? (inline ? Object.entries(JSON.parse(inline[1])).filter(([k]) => k.endsWith('Url')).map(([, v]) => v as string) : []);
	const data = urls.reduce((sum, url) => sum + gzipSize(read(url) ?? ''), 0);
	return { ...weight, data, total: weight.html + weight.css + weight.js + data };
}

/**
 * The JSON files a first visit to each page fetches (empty storage, offline worker blocked), once the
 * island has settled: what the island really loads, e.g. the item statements of the checklists its
 * action plan shows.
 */
export async function fetchedData(baseUrl: string, paths: string[]): Promise<Map<string, { files: string[]; elements: number }>> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('no Chromium found');
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	const result = new Map<string, { files: string[]; elements: number }>();
	try {
		for (const path of paths) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const urls = new Set<string>();
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.pathname.endsWith('.json')) urls.add(url.pathname);
			});
			await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle', timeout: 120_000 });
			// Islands fetch in steps (model, then the statements a view shows): settled once 5 s pass without a request.
			for (let seen = -1, waited = 0; seen !== urls.size && waited < 60_000; waited += 5000) {
				seen = urls.size;
				await page.waitForTimeout(5000);
			}
			// Elements once the islands have drawn: what the browser lays out (the sidebar included).
			result.set(path, { files: [...urls].sort(), elements: await page.evaluate(() => document.getElementsByTagName('*').length) });
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return result;
}

/** Serves a built site on a free port. */
async function serve(dist: string) {
	const handler = sirv(dist, { dev: false, etag: true });
	const server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end(); }));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

/**
 * The time from another tab's answer to the overview's next painted frame: the overview page hears the
 * `storage` event (first listener, so the clock starts before the island's), and the clock stops in the
 * task after the next animation frame, i.e. once the frame that shows the update has been produced.
 */
/** The pages measured on a site: today's content, or the scale benchmark's synthetic playbook. */
export function sitePages(dist: string) {
	const synthetic = existsSync(join(dist, 'checklists/checklist-1/index.html'));
	return synthetic
		? // The reading page compared is an entry page with the same sidebar (the synthetic home is a bare splash page).
			{ reading: '/risks/risk-1/', checklist: '/checklists/checklist-1/', label: 'synthetic 10× playbook' }
		: { reading: '/guides/operating-rhythm/', checklist: '/checklists/market-entry/', label: "today's content" };
}

/**
 * The time from another tab's answer to the overview's next painted frame: the overview page hears the
 * `storage` event (first listener, so the clock starts before the island's), and the clock stops in the
 * task after the next animation frame, i.e. once the frame that shows the update has been produced.
 * Each answer waits for its frame before the next is given, so answers never queue up.
 */
export async function answerToOverviewFrame(baseUrl: string, checklistPath: string, answers = 60): Promise<{ frames: number[]; cpu: number[] }> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('no Chromium found');
	// Both tabs count as visible: a background tab's frames and timers would be throttled to one a second.
	const args = [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];
	const browser = await chromium.launch({ executablePath, args });
	try {
		// The offline worker would precache the whole site meanwhile (thousands of pages at 10×): not what is timed.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const overview = await context.newPage();
		await overview.addInitScript(() => {
			const w = window as unknown as { frames_: number[] };
			w.frames_ = [];
			window.addEventListener('storage', (event) => {
				if (event.key !== 'cbp-assessment') return;
				const start = performance.now();
				requestAnimationFrame(() => setTimeout(() => w.frames_.push(performance.now() - start)));
			});
		});
		await overview.goto(`${baseUrl}/assessment/`);
		await overview.locator('#pb-scores').waitFor({ timeout: 120_000 });
		const checklist = await context.newPage();
		await checklist.goto(`${baseUrl}${checklistPath}`);
		await checklist.locator('[data-panel]').waitFor({ timeout: 120_000 });
		await overview.bringToFront();
		const radios = checklist.locator('fieldset[data-item] input[type="radio"]');
		const count = await radios.count();
		// CPU time of the overview's main thread (Chromium's ThreadTime metric): unlike wall time, barely
		// stretched by other processes on a loaded machine.
		const cdp = await context.newCDPSession(overview);
		await cdp.send('Performance.enable');
		const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
		const cpu: number[] = [];
		// Cycle through the levels of each item so every answer is a change (a click on the checked level writes nothing).
		for (let i = 0; i < answers; i++) {
			const before = await overview.evaluate(() => (window as unknown as { frames_: number[] }).frames_.length);
			const cpuBefore = await threadTime();
			await radios.nth(i % count).check({ force: true });
			await overview.waitForFunction((n) => (window as unknown as { frames_: number[] }).frames_.length > n, before, { timeout: 60_000, polling: 'raf' });
			cpu.push((await threadTime()) - cpuBefore);
		}
		return { frames: await overview.evaluate(() => (window as unknown as { frames_: number[] }).frames_), cpu: cpu.map((seconds) => seconds * 1000) };
	} finally {
		await browser.close();
	}
}

const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

/** Issue 7's budgets: what an island page may add, in all (HTML, CSS, script, data; gzip), to a reading page. */
export const ISLAND_BUDGETS = { checklist: 10 * KB, overview: 25 * KB, team: 20 * KB, facilitator: 20 * KB };

/** Island page bytes (data as a first visit fetches it) against a reading page; returns false when a page is over its budget. */
export async function printPageBytes(dist: string): Promise<boolean> {
	const pages = sitePages(dist);
	const rows = [
		{ type: 'reading page', path: pages.reading },
		{ type: 'checklist', path: pages.checklist, budget: ISLAND_BUDGETS.checklist },
		{ type: 'assessment overview', path: '/assessment/', budget: ISLAND_BUDGETS.overview },
		{ type: 'team comparison', path: '/assessment/team/', budget: ISLAND_BUDGETS.team },
		{ type: 'facilitator mode', path: '/assessment/facilitator/', budget: ISLAND_BUDGETS.facilitator },
	];
	const server = await serve(dist);
	let fetched: Map<string, { files: string[]; elements: number }>;
	try {
		fetched = await fetchedData(server.url, rows.map((r) => r.path));
	} finally {
		await server.close();
	}
	const reading = pageBytes(dist, pages.reading, fetched.get(pages.reading)!.files);
	console.log(`Island pages, first visit (empty storage), gzip: ${pages.label} (${dist})\n`);
	console.log('page                    html     css      js       data     total    over reading  budget       data files  elements');
	let ok = true;
	for (const row of rows) {
		const { files, elements } = fetched.get(row.path)!;
		const b = pageBytes(dist, row.path, files);
		const extra = b.total - reading.total;
		const within = row.budget === undefined || extra <= row.budget;
		ok &&= within;
		console.log(
			[row.type.padEnd(22), ...[b.html, b.css, b.js, b.data, b.total].map((n) => kb(n).padStart(8)), kb(extra).padStart(13), (row.budget === undefined ? '' : `${within ? '≤' : '>'} ${kb(row.budget)}`).padEnd(12), String(files.length).padStart(10), String(elements).padStart(9)].join(' ')
		);
	}
	return ok;
}

/** Answer → overview frame on a built site; prints median and p95; returns the summary. */
export async function printFrames(dist: string, answers: number) {
	const server = await serve(dist);
	try {
		const { frames, cpu } = await answerToOverviewFrame(server.url, sitePages(dist).checklist, answers);
		const s = summarise(frames);
		const c = summarise(cpu);
		console.log(`\nAnswer on a checklist page → overview's next frame (storage event to frame), ${frames.length} answers, ${sitePages(dist).label}:`);
		console.log(`  wall time            median ${s.median.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms · max ${s.max.toFixed(1)} ms (target p95 ≤ 50 ms at 10× content)`);
		console.log(`  overview thread CPU  median ${c.median.toFixed(1)} ms · p95 ${c.p95.toFixed(1)} ms · max ${c.max.toFixed(1)} ms (includes the bench's own polling)`);
		return s;
	} finally {
		await server.close();
	}
}

async function main() {
	const arg = (name: string) => {
		const at = process.argv.indexOf(name);
		return at >= 0 ? process.argv[at + 1] : undefined;
	};
	const answers = Number(arg('--answers') ?? 60);
	const repeat = Number(arg('--repeat') ?? 1);
	// `--root <dist>` measures one build; `--scale` also builds the synthetic 10× site and measures it.
	const roots = [resolve(arg('--root') ?? 'dist')];
	if (process.argv.includes('--scale')) {
		const { buildScaleSite } = await import('./lib/scale-site');
		console.log('Building the synthetic 10× playbook (scripts/lib/scale-site.ts)…');
		roots.push(buildScaleSite(1000, { reuse: process.argv.includes('--reuse') }));
	}
	let over = false;
	for (const dist of roots) {
		over = !(await printPageBytes(dist)) || over;
		for (let r = 0; r < repeat; r++) await printFrames(dist, answers);
		console.log('');
	}
	console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')} (a loaded machine stretches every time above)`);
	if (over) process.exitCode = 1;
}
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
