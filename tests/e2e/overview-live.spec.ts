import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The overview updates in place when another tab saves an answer: rows, bars, matrix cells, the radar
 * and the not-assessed list are rewritten piece by piece. Whatever the sequence of answers, it must
 * then show exactly what a fresh load of the overview shows, also for an answer saved while the
 * overview was still drawing itself.
 */

const CHECKLIST = '/en/checklists/account-health/';

/** Every view an answer can change, as text (field values print as text beside each field). */
const freshOverview = async (page: Page) => {
	await page.goto('/en/assessment/');
	await expect(page.locator('#pb-scores')).toBeVisible();
	// Settled: the views loaded with their first row (the action plan) and the statements they show are in.
	await page.waitForLoadState('networkidle');
	return shown(page);
};

const shown = (page: Page) =>
	page.evaluate(() => {
		const text = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
		return {
			scores: text('[data-scores]'),
			radar: `${document.querySelector('.pb-radar')?.getAttribute('aria-label')} | ${document.querySelector('.pb-radar-score')?.getAttribute('points')} | ${text('.pb-radar-legend')}`,
			matrix: [...document.querySelectorAll('#pb-matrix td')].map((td) => `${td.getAttribute('aria-label')}: ${[...td.querySelectorAll('li a')].map((a) => a.getAttribute('href')).join(' ')}`),
			matrixTable: text('[data-matrix-table]'),
			actions: text('[data-actions]'),
			notAssessed: text('[data-not-assessed]'),
			notAssessedLinks: [...document.querySelectorAll('[data-not-assessed] a')].map((a) => a.getAttribute('href')),
		};
	});

test('an overview left open follows another tab\'s answers exactly as a fresh load shows them', async ({ context }) => {
	const overview = await context.newPage();
	await overview.goto('/en/assessment/');
	await expect(overview.locator('#pb-scores')).toBeVisible();
	const checklist = await context.newPage();
	await checklist.goto(CHECKLIST);
	await expect(checklist.locator('[data-panel]')).toBeVisible();
	const items = await checklist.locator('fieldset[data-item]').evaluateAll((sets) => sets.map((set) => set.getAttribute('data-item')!));
	const answer = (id: string, value: string) => checklist.locator(`fieldset[data-item="${id}"] input[type="radio"][value="${value}"]`).check();
	const clear = async (id: string) => {
		await checklist.locator(`fieldset[data-item="${id}"] summary`).click();
		await checklist.locator(`fieldset[data-item="${id}"] [data-action="clear"]`).click();
	};

	const matchesFreshLoad = async () => {
		const fresh = await context.newPage();
		const expected = await freshOverview(fresh);
		await fresh.close();
		await expect.poll(() => shown(overview)).toEqual(expected);
	};

	// A few answers: one N/A still missing its reason (listed by statement), one weak control (an action).
	await answer(items[0], '3');
	await answer(items[1], '1');
	await answer(items[2], 'na');
	await matchesFreshLoad();
	await expect(overview.locator('[data-not-assessed] li[data-checklist="account-health"]')).toContainText('missing an N/A reason');

	// Every item answered at the top level: the checklist leaves the not-assessed list, its risks move
	// to lower cells of the residual matrix, the action drops out.
	for (const id of items) await answer(id, '3');
	await matchesFreshLoad();
	await expect(overview.locator('[data-not-assessed] li[data-checklist="account-health"]')).toHaveCount(0);

	// Answers taken back: the checklist returns to its place in the list, the risks to their cells.
	await clear(items[0]);
	await answer(items[3], '0');
	await matchesFreshLoad();
	await expect(overview.locator('[data-not-assessed] li[data-checklist="account-health"]')).toContainText('1/');
});

test('an answer saved while the overview draws its first views shows once it is drawn', async ({ context }) => {
	const overview = await context.newPage();
	// The overview draws its views a group per task, yielding between them: hold it at the first yield.
	await overview.addInitScript(() => {
		const held: (() => void)[] = [];
		let open = false;
		const yieldHeld = () => (open ? Promise.resolve() : new Promise<void>((resolve) => held.push(resolve)));
		Object.defineProperty(globalThis, 'scheduler', { configurable: true, value: { yield: yieldHeld } });
		const w = window as unknown as { pbHeld: () => number; pbRelease: () => void; pbStored: boolean };
		w.pbHeld = () => held.length;
		w.pbRelease = () => {
			open = true;
			held.splice(0).forEach((resolve) => resolve());
		};
		w.pbStored = false;
		addEventListener('storage', () => (w.pbStored = true));
	});
	await overview.goto('/en/assessment/');
	await expect.poll(() => overview.evaluate(() => (window as unknown as { pbHeld: () => number }).pbHeld())).toBe(1);

	const checklist = await context.newPage();
	await checklist.goto(CHECKLIST);
	const first = checklist.locator('fieldset[data-item]').first();
	await first.locator('input[type="radio"][value="2"]').check();
	await expect.poll(() => overview.evaluate(() => (window as unknown as { pbStored: boolean }).pbStored)).toBe(true);
	await overview.evaluate(() => (window as unknown as { pbRelease: () => void }).pbRelease());

	const fresh = await context.newPage();
	const expected = await freshOverview(fresh);
	await expect.poll(() => shown(overview)).toEqual(expected);
	expect(expected.notAssessed).toContain('1/');
});
