/**
 * `npm run bench -- --lighthouse [--scale] [--runs 3]`: Lighthouse mobile performance (its default:
 * simulated slow 4G and 4× CPU slowdown) on a reading page (the baseline: Starlight's own page on the
 * same machine and load), a checklist page and the assessment overview of `dist/`, and with `--scale`
 * of the synthetic 10× site (scripts/lib/scale-site.ts). The build is served
 * gzip-compressed, as nginx serves it. Prints the median score (and the range: a wide one says the
 * machine was noisy), LCP and TBT of `--runs` runs per page.
 * Targets (issue 7): ≥ 95 today, ≥ 90 at 10×.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './chromium';
import { sitePages } from './bench-browser';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
};

/** A static server for a build: gzip for text, `index.html` for directories, year-long caching for hashed files. */
async function serveGzip(dist: string) {
	const server = createServer((req, res) => {
		let path = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path)) {
			res.statusCode = 404;
			res.end();
			return;
		}
		const type = TYPES[extname(path)] ?? 'application/octet-stream';
		let body: Buffer = readFileSync(path);
		res.setHeader('Content-Type', type);
		if (/^(text|application\/(json|manifest|javascript))|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
			body = gzipSync(body);
			res.setHeader('Content-Encoding', 'gzip');
		}
		res.setHeader('Cache-Control', path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
		res.end(body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(done)) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The main-thread tasks Lighthouse counts as long (simulated mobile time), longest first: what TBT is made of. */
function longTasks(lhr: { audits: Record<string, { details?: unknown }> }): string[] {
	const items = ((lhr.audits['long-tasks']?.details as { items?: { url: string; duration: number; startTime: number }[] } | undefined)?.items ?? []);
	return items
		.sort((a, b) => b.duration - a.duration)
		.slice(0, 6)
		.map((t) => `${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms: ${t.url.replace(/^https?:\/\/[^/]+/, '') || '(page)'}`);
}

export async function lighthouseRuns(dist: string, runs: number) {
	const chromePath = findChromium();
	if (!chromePath) throw new Error('no Chromium found (set CHROMIUM_PATH)');
	const pages = sitePages(dist);
	const server = await serveGzip(dist);
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
	const results: { page: string; score: number; scores: number[]; lcp: number; tbt: number; dom: number; benchmarkIndex: number; tasks: string[] }[] = [];
	try {
		for (const [label, path] of [['reading page', pages.reading], ['checklist', pages.checklist], ['overview', '/assessment/']] as const) {
			const samples = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
				const lhr = result!.lhr;
				samples.push({
					score: Math.round((lhr.categories.performance.score ?? 0) * 100),
					lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
					tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
					dom: Number(lhr.audits['dom-size']?.numericValue ?? NaN),
					benchmarkIndex: lhr.environment.benchmarkIndex,
					tasks: longTasks(lhr),
				});
			}
			results.push({
				page: `${label} (${path})`,
				score: median(samples.map((s) => s.score)),
				scores: samples.map((s) => s.score).sort((a, b) => a - b),
				lcp: median(samples.map((s) => s.lcp)),
				tbt: median(samples.map((s) => s.tbt)),
				dom: median(samples.map((s) => s.dom)),
				benchmarkIndex: median(samples.map((s) => s.benchmarkIndex)),
				tasks: samples[samples.length - 1].tasks,
			});
		}
	} finally {
		await chrome.kill();
		await server.close();
	}
	return { label: pages.label, results };
}

export async function main() {
	const arg = (name: string) => {
		const at = process.argv.indexOf(name);
		return at >= 0 ? process.argv[at + 1] : undefined;
	};
	const runs = Number(arg('--runs') ?? 3);
	const roots = [resolve(arg('--root') ?? 'dist')];
	if (process.argv.includes('--scale')) {
		const { buildScaleSite } = await import('./lib/scale-site');
		roots.push(buildScaleSite(1000, { reuse: process.argv.includes('--reuse') }));
	}
	let over = false;
	for (const dist of roots) {
		const target = sitePages(dist).label.startsWith('synthetic') ? 90 : 95;
		const { label, results } = await lighthouseRuns(dist, runs);
		console.log(`\nLighthouse mobile performance, ${label}, median of ${runs} runs (target ≥ ${target}):`);
		for (const r of results) {
			const baseline = r.page.startsWith('reading page');
			const ok = baseline || r.score >= target;
			over ||= !ok;
			const line = `  ${r.page.padEnd(44)} score ${String(r.score).padStart(3)} (${r.scores[0]}–${r.scores.at(-1)})  LCP ${(r.lcp / 1000).toFixed(2)} s  TBT ${Math.round(r.tbt)} ms  DOM ${r.dom} elements  ${baseline ? '(baseline)' : ok ? 'ok' : 'UNDER'}  (CPU benchmark index ${Math.round(r.benchmarkIndex)})`;
			console.log(line);
			// `--details`: the long tasks of the last run, to see what the blocking time is made of.
			if (process.argv.includes('--details')) for (const task of r.tasks) console.log(`      long task ${task}`);
		}
	}
	// Lighthouse multiplies the task times it observes by 4 (simulated mobile CPU): on a loaded machine
	// every task is already stretched, so TBT and the score say more about the load than the page.
	console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; Lighthouse's mobile preset assumes a CPU benchmark index of about 1000+ (lower = slower machine or more load).`);
	if (over) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
