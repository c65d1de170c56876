/**
 * `npm run bench`: builds the site and prints what it costs. Build time and page count; then for
 * each page type, the gzip bytes of JavaScript, CSS and HTML a visit loads, beside a plain
 * Starlight page of the same build (a Markdown guide page). Budget: a reading page loads no script
 * that the plain page does not. Then the island pages with the data files they fetch and the
 * answer → overview frame time (`scripts/bench-browser.ts`). `--no-build` measures the existing
 * `dist/`; `--scale` runs the scale benchmark against stock Starlight instead (`scripts/bench-scale.ts`),
 * which also measures island bytes and frame time on its 10× playbook; `--lighthouse` runs Lighthouse
 * on the checklist and overview pages (`scripts/bench-lighthouse.ts`, add `--scale` for the 10× site).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSize, lazyScripts, pageWeight, type PageWeight } from './lib/page-weight';
import { browserTimings, ISLAND_BUDGETS, printFrames, printPageBytes, summarise } from './bench-browser';
import { offlineWeight, REGISTRATION_BUDGET } from '../src/lib/deploy/offline-weight';
import { countPages } from './lib/count-pages';
import { isAssessmentChunk } from '../src/integrations/island-chunks';

if (process.argv.includes('--lighthouse')) {
	await (await import('./bench-lighthouse')).main();
	process.exit(process.exitCode ?? 0);
}
if (process.argv.includes('--scale')) {
	await import('./bench-scale');
	process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

let buildSeconds: number | undefined;
if (!process.argv.includes('--no-build')) {
	const start = performance.now();
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, stdio: 'ignore' });
	if (result.status !== 0) {
		console.error('Build failed: run "npm run build" to see why.');
		process.exit(1);
	}
	buildSeconds = (performance.now() - start) / 1000;
}

const read = (sitePath: string) => {
	const file = join(dist, decodeURIComponent(sitePath));
	return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
};

/**
 * Page types. `reading` pages must load no script the plain page does not, and no island chunk. Small islands may add at
 * most `budget` bytes (gzip) of script; the assessment islands' budget is on their total bytes (HTML,
 * CSS, script and data over a reading page), checked in the table of island pages below.
 */
const KB = 1024;
const TOTALS = 'total budget: island pages table';
const PAGES: { type: string; path: string; reading: boolean; budget?: number }[] = [
	{ type: 'plain Starlight page (guide)', path: '/guides/operating-rhythm/', reading: true },
	{ type: 'home (splash)', path: '/', reading: true },
	{ type: 'strategy', path: '/strategies/market-insight/', reading: true },
	{ type: 'risk', path: '/risks/tax-customs/', reading: true },
	{ type: 'checklist (answer island)', path: '/checklists/market-entry/', reading: false },
	{ type: 'assessment overview', path: '/assessment/', reading: false },
	{ type: 'team comparison', path: '/assessment/team/', reading: false },
	{ type: 'planner (what applies)', path: '/planner/', reading: false, budget: 20 * KB },
	{ type: 'regulatory calendar', path: '/planner/calendar/', reading: false, budget: 20 * KB },
	{ type: 'strategy index', path: '/strategies/', reading: true },
	{ type: 'risk register (sortable)', path: '/risks/', reading: false, budget: 2 * KB },
	// Progress per checklist: the code that reads saved answers loads only when some are stored.
	{ type: 'checklist index (progress)', path: '/checklists/', reading: false, budget: 1 * KB },
	{ type: 'glossary', path: '/glossary/', reading: true },
	{ type: 'training path', path: '/training/new-operator-week/', reading: true },
	{ type: 'English risk', path: '/en/risks/tax-customs/', reading: true },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const weights = new Map<string, PageWeight>();
for (const page of PAGES) {
	const html = read(`${page.path}index.html`);
	if (html === undefined) {
		console.error(`Missing page ${page.path}: has the site been built?`);
		process.exit(1);
	}
	weights.set(page.path, pageWeight(page.path, html, read));
}

const plain = weights.get(PAGES[0].path)!;
console.log('Cross-border playbook: build and page weight (gzip)\n');
if (buildSeconds !== undefined) console.log(`build time      ${buildSeconds.toFixed(1)} s`);
console.log(`pages built     ${countPages(dist)}\n`);
console.log(['page type'.padEnd(30), 'JS'.padStart(9), 'ΔJS'.padStart(9), 'CSS'.padStart(9), 'HTML'.padStart(9), '  budget'].join(''));
let over = 0;
for (const page of PAGES) {
	const w = weights.get(page.path)!;
	// The plain page is built with our site too: code of ours that reaches every page loads there as
	// well, so island chunks on a reading page are named whatever the plain page loads.
	const extra = w.scripts.filter((s) => !plain.scripts.includes(s) || isAssessmentChunk(s));
	const delta = w.js - plain.js;
	const verdict = page.reading
		? extra.length === 0
			? 'ok: no extra JS'
			: `OVER: loads ${extra.join(', ')}`
		: page.budget === undefined
			? TOTALS
			: `${delta <= page.budget ? 'ok' : 'OVER'}: island ${kb(delta)} of ${kb(page.budget)}`;
	if (page.reading ? extra.length > 0 : page.budget !== undefined && delta > page.budget) over++;
	console.log([page.type.padEnd(30), kb(w.js).padStart(9), `${delta >= 0 ? '+' : ''}${kb(delta)}`.padStart(9), kb(w.css).padStart(9), kb(w.html).padStart(9), `  ${verdict}`].join(''));
}
// The code a checklist page loads later, only once a seller profile is saved: the N/A suggestions (the
// obligations engine). Shown beside the page's budget, which covers what every visit loads.
{
	const checklist = PAGES.find((page) => page.path.startsWith('/checklists/') && page.path !== '/checklists/')!;
	const budget = ISLAND_BUDGETS.checklist;
	const w = weights.get(checklist.path)!;
	// Only what the plain page cannot load later too (Starlight's search loads its UI on first use everywhere).
	const plainLazy = lazyScripts(plain.scripts, read);
	const lazy = lazyScripts(w.scripts, read)
		.filter((path) => !plainLazy.includes(path))
		.reduce((sum, path) => sum + gzipSize(read(path) ?? ''), 0);
	const total = w.js - plain.js + lazy;
	const verdict = total <= budget ? 'within' : 'over';
	console.log([`${checklist.type} + profile`.padEnd(30), kb(w.js + lazy).padStart(9), `+${kb(total)}`.padStart(9), ''.padStart(9), ''.padStart(9), `  note: +${kb(lazy)} lazy suggestions with a seller profile, ${kb(total)} in all, ${verdict} ${kb(budget)}`].join(''));
}
console.log(`\nStarlight's own budget for comparison (examples/basics): JS ≤ 27 kB, CSS ≤ 16.75 kB, HTML ≤ 7 kB.`);

// The offline edition: the worker, its registration on every page (budget 1 kB gzip), what it stores.
const offline = await offlineWeight(dist);
if (offline.registrationGzip > REGISTRATION_BUDGET) over++;
console.log(`service worker  sw.js ${kb(offline.workerBytes)} (${kb(offline.workerGzip)} gzip) · registration ${kb(offline.registrationGzip)} gzip of ${kb(REGISTRATION_BUDGET)}: ${offline.registrationGzip <= REGISTRATION_BUDGET ? 'ok' : 'OVER'} · stores ${offline.precacheFiles} files, ${kb(offline.precacheBytes)} (${kb(offline.precacheGzip)} gzip)`);

// Time from an answer to updated scores, in the browser, against a static server on the build.
const { spawn } = await import('node:child_process');
const port = 4399;
const server = spawn(process.execPath, ['node_modules/sirv-cli/bin.js', 'dist', '--port', String(port), '--host', '127.0.0.1', '--quiet'], { cwd: root, stdio: 'ignore' });
try {
	await new Promise((resolve) => setTimeout(resolve, 800));
	const timings = await browserTimings(`http://127.0.0.1:${port}`);
	if (!timings) {
		console.log('\nAnswer-to-score timing skipped: no Chromium found (see README).');
	} else {
		const frame = 16;
		const show = (label: string, times: number[]) => {
			const { median, p95, max } = summarise(times);
			const verdict = p95 <= frame ? 'ok' : 'OVER';
			if (p95 > frame) over++;
			console.log(`${label.padEnd(52)} median ${median.toFixed(2)} ms · p95 ${p95.toFixed(2)} ms · max ${max.toFixed(2)} ms  ${verdict} (one frame = ${frame} ms)`);
		};
		console.log('\nAnswer → updated scores, measured in Chromium');
		show('500 items: save + every score, matrix, action plan', timings.synthetic);
		show('real checklist page: click → progress updated', timings.real);
	}
} finally {
	server.kill();
}

// Island pages with the data they fetch, and an answer → the overview's painted frame (bench-browser.ts;
// `npm run bench -- --scale` measures both on the 10× site too).
console.log('');
if (!(await printPageBytes(dist))) over++;
await printFrames(dist, 60);
process.exit(over ? 1 : 0);
