/**
 * Browser half of `npm run bench`: the time from an answer to updated scores, measured in Chromium.
 * 1. With a synthetic 500-item playbook: setAnswer + save + every score the overview shows
 *    (overall, per pillar, per checklist, risk matrix, action plan), the library code bundled as the
 *    islands bundle it.
 * 2. On a real built checklist page: a click on an answer until the progress text has changed.
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
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
