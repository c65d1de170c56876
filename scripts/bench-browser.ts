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
 * it fetches (the model and titles named in its `#pb-assessment-data` block).
 */
export function pageBytes(dist: string, sitePath: string) {
	const read = (path: string) => {
		const file = join(dist, decodeURIComponent(path));
		return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
	};
	const html = read(`${sitePath}index.html`);
	if (html === undefined) throw new Error(`no page ${sitePath} in ${dist}`);
	const weight = pageWeight(sitePath, html, read);
	const inline = /<script type="application\/json" id="pb-assessment-data">([\s\S]*?)<\/script>/.exec(html);
	const urls: string[] = inline ? Object.entries(JSON.parse(inline[1])).filter(([k]) => k.endsWith('Url')).map(([, v]) => v as string) : [];
	const data = urls.reduce((sum, url) => sum + gzipSize(read(url) ?? ''), 0);
	return { ...weight, data, total: weight.html + weight.css + weight.js + data };
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
export async function answerToOverviewFrame(baseUrl: string, answers = 60): Promise<number[]> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('no Chromium found');
	// Both tabs count as visible: a background tab's frames and timers would be throttled to one a second.
	const args = [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];
	const browser = await chromium.launch({ executablePath, args });
	try {
		const context = await browser.newContext();
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
		await overview.locator('#pb-scores').waitFor();
		const checklist = await context.newPage();
		await checklist.goto(`${baseUrl}/checklists/market-entry/`);
		await checklist.locator('[data-panel]').waitFor();
		await overview.bringToFront();
		const radios = checklist.locator('fieldset[data-item] input[type="radio"]');
		const count = await radios.count();
		for (let i = 0; i < answers; i++) {
			await radios.nth((i * 7) % count).check({ force: true });
			await overview.waitForFunction((n) => (window as unknown as { frames_: number[] }).frames_.length >= n, i + 1);
		}
		return overview.evaluate(() => (window as unknown as { frames_: number[] }).frames_);
	} finally {
		await browser.close();
	}
}

async function main() {
	const arg = (name: string) => {
		const at = process.argv.indexOf(name);
		return at >= 0 ? process.argv[at + 1] : undefined;
	};
	const dist = resolve(arg('--root') ?? 'dist');
	const KB = 1024;
	const reading = pageBytes(dist, '/guides/operating-rhythm/');
	const rows = [
		{ type: 'reading page (guide)', path: '/guides/operating-rhythm/' },
		{ type: 'checklist', path: '/checklists/market-entry/', budget: 10 * KB },
		{ type: 'assessment overview', path: '/assessment/', budget: 25 * KB },
		{ type: 'team comparison', path: '/assessment/team/', budget: 20 * KB },
		{ type: 'facilitator mode', path: '/assessment/facilitator/', budget: 20 * KB },
	];
	const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
	console.log(`Island pages, first visit, gzip (${dist})\n`);
	console.log('page                    html     css      js       data     total    over reading  budget');
	let over = false;
	for (const row of rows) {
		const b = pageBytes(dist, row.path);
		const extra = b.total - reading.total;
		const ok = row.budget === undefined || extra <= row.budget;
		over ||= !ok;
		console.log(
			[row.type.padEnd(22), ...[b.html, b.css, b.js, b.data, b.total].map((n) => kb(n).padStart(8)), kb(extra).padStart(13), row.budget === undefined ? '' : `${ok ? '≤' : '>'} ${kb(row.budget)}`].join(' ')
		);
	}
	const server = await serve(dist);
	try {
		const frames = await answerToOverviewFrame(server.url, Number(arg('--answers') ?? 60));
		const s = summarise(frames);
		console.log(`\nAnswer on a checklist page → overview's next frame (storage event to frame), ${frames.length} answers:`);
		console.log(`  median ${s.median.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms · max ${s.max.toFixed(1)} ms (target p95 ≤ 50 ms at 10× content)`);
	} finally {
		await server.close();
	}
	if (over) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
