/**
 * Every browser test fails if a page it visits logs a console error or throws.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
			});
			// Name the resource behind a "Failed to load resource" message.
			page.on('response', (response) => {
				if (response.status() >= 400) errors.push(`${page.url()}: ${response.status()} for ${response.url()}`);
			});
			page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
			await use(errors);
			expect(errors, 'console errors on the pages visited').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** One page of each type, in both languages. */
export const PAGE_TYPES = {
	home: ['/', '/en/'],
	strategyIndex: ['/strategies/', '/en/strategies/'],
	strategy: ['/strategies/market-insight/', '/en/strategies/market-insight/'],
	riskIndex: ['/risks/', '/en/risks/'],
	risk: ['/risks/tax-customs/', '/en/risks/tax-customs/'],
	checklistIndex: ['/checklists/', '/en/checklists/'],
	checklist: ['/checklists/market-entry/', '/en/checklists/market-entry/'],
	assessment: ['/assessment/', '/en/assessment/'],
	team: ['/assessment/team/', '/en/assessment/team/'],
	facilitator: ['/assessment/facilitator/', '/en/assessment/facilitator/'],
	glossary: ['/glossary/', '/en/glossary/'],
	guide: ['/guides/operating-rhythm/', '/en/guides/operating-rhythm/'],
	training: ['/training/new-operator-week/', '/en/training/new-operator-week/'],
} as const;

/**
 * Makes a share link on the overview the page is on and returns it. Waits for the island (its scores
 * table) before clicking, and for the link, which the lazily loaded share code fills in.
 */
export async function makeShareLink(page: import('@playwright/test').Page): Promise<string> {
	await expect(page.locator('#pb-scores')).toBeVisible();
	await page.locator('[data-action="share"]').click();
	const field = page.locator('[data-share-link]');
	await expect(field).not.toHaveValue('');
	return field.inputValue();
}
