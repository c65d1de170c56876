/**
 * `npm run bench -- --scale [--entries 1000] [--runs 3]`: the playbook's build against a stock
 * Starlight site of the same size. Generates `--entries` synthetic entries per locale (valid
 * references) into a scratch root that copies this project's `src/` and config, and the same
 * number of plain pages per locale into a stock Starlight site (both in `tests/.tmp/`); builds the two alternately
 * `--runs` times each and prints pages/s, peak memory (RSS) and the ratio of the median times.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writePlaybookContent, writeStockSite } from './lib/synthetic-content';
import { countPages } from './lib/count-pages';
import { loadavg } from 'node:os';
import { printFrames, printPageBytes } from './bench-browser';

const project = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const entries = arg('entries', 1000);
const runs = arg('runs', 3);
// Inside the project: Astro resolves the shared node_modules wrongly from a root under /tmp.
const base = join(project, 'tests/.tmp', `scale-${entries}`);

rmSync(base, { recursive: true, force: true });
const ours = join(base, 'playbook');
const stock = join(base, 'stock');
mkdirSync(ours, { recursive: true });
// A copy of the code (so editing src/ during a run does not change it), shared dependencies.
for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(project, entry), join(ours, entry), { recursive: true });
symlinkSync(join(project, 'node_modules'), join(ours, 'node_modules'));
writePlaybookContent(join(ours, 'content'), entries);
// The locales and interface strings are the project's own (data in `content/i18n`, not generated).
cpSync(join(project, 'content/i18n'), join(ours, 'content/i18n'), { recursive: true });
writeStockSite(stock, entries);
symlinkSync(join(project, 'node_modules'), join(stock, 'node_modules'));


interface Run { seconds: number; peakMb: number | undefined; pages: number }

/** One clean build (no content cache), timed, with the peak RSS GNU time reports when it exists. */
function build(root: string): Run {
	rmSync(join(root, 'dist'), { recursive: true, force: true });
	rmSync(join(root, '.astro'), { recursive: true, force: true });
	const cacheDir = join(root, '.cache');
	rmSync(cacheDir, { recursive: true, force: true });
	const gnuTime = existsSync('/usr/bin/time');
	const memFile = join(base, 'mem.txt');
	// Programmatic build, so each site gets its own content cache (both share node_modules, where
	// Astro would otherwise keep one cache for every site).
	const script = `import { build } from 'astro'; await build(${JSON.stringify({ root, cacheDir, logLevel: 'warn' })});`;
	const command = [process.execPath, '--input-type=module', '-e', script];
	const start = performance.now();
	const result = gnuTime
		? spawnSync('/usr/bin/time', ['-f', '%M', '-o', memFile, ...command], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
		: spawnSync(command[0], command.slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
	const seconds = (performance.now() - start) / 1000;
	if (result.status !== 0) {
		console.error(`Build of ${root} failed:\n${result.stderr.slice(-3000)}`);
		process.exit(1);
	}
	const peakMb = gnuTime ? Number(readFileSync(memFile, 'utf8').trim().split('\n').at(-1)) / 1024 : undefined;
	return { seconds, peakMb, pages: countPages(join(root, 'dist')) };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`Scale benchmark: ${entries} entries per locale, ${runs} interleaved builds each (in ${base})\n`);
const results = { playbook: [] as Run[], stock: [] as Run[] };
for (let i = 0; i < runs; i++) {
	for (const [name, root] of [['playbook', ours], ['stock', stock]] as const) {
		const run = build(root);
		results[name].push(run);
		console.log(`  run ${i + 1} ${name.padEnd(9)} ${run.seconds.toFixed(1).padStart(6)} s  ${run.pages} pages  ${(run.pages / run.seconds).toFixed(1)} pages/s  peak ${run.peakMb?.toFixed(0) ?? '?'} MB`);
	}
}
const summary = (name: 'playbook' | 'stock') => {
	const r = results[name];
	const seconds = median(r.map((x) => x.seconds));
	const pages = r[0].pages;
	const peak = Math.max(...r.map((x) => x.peakMb ?? 0));
	return { seconds, pages, rate: pages / seconds, peak };
};
const a = summary('playbook');
const b = summary('stock');
console.log('\nmedian          time      pages   pages/s   peak RSS');
for (const [name, s] of [['playbook', a], ['stock Starlight', b]] as const) {
	console.log(`${name.padEnd(15)} ${s.seconds.toFixed(1).padStart(6)} s ${String(s.pages).padStart(8)} ${s.rate.toFixed(1).padStart(9)} ${s.peak.toFixed(0).padStart(7)} MB`);
}
const ratio = a.seconds / b.seconds;
const perPage = (a.seconds / a.pages) / (b.seconds / b.pages);
console.log(`\nratio (playbook / stock), median build time: ${ratio.toFixed(2)}×  (per page: ${perPage.toFixed(2)}×)  target ≤ 1.15×  (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);

// The island pages of the 10× playbook: bytes against a reading page and the answer → overview frame.
console.log('');
const bytesOk = await printPageBytes(join(ours, 'dist'));
await printFrames(join(ours, 'dist'), 60);
process.exit(bytesOk ? 0 : 1);
