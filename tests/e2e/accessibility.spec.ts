import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PAGE_TYPES, expect, makeShareLink, test } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		// axe walks every node: the glossary and the longest checklists take 10–30 s on a busy 2-core machine.
		test.describe.configure({ timeout: 90_000 });
		for (const [type, paths] of Object.entries(PAGE_TYPES)) {
			for (const path of paths) {
				test(`${type} ${path}`, async ({ page }) => {
					await page.goto(path);
					await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
					const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
					expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
				});
			}
		}
	});
}

/** Answers a few items of one checklist (a level, N/A with and without its reason, don't know). */
async function answerSome(page: Page, prefix = '') {
	await page.goto(`${prefix}/checklists/account-health/`);
	const pick = (id: string, value: string) => page.locator(`fieldset[data-item="${id}"] input[type="radio"][value="${value}"]`).check();
	await pick('ah-daily-health-check', '2');
	await pick('ah-policy-watch', '1');
	await pick('ah-internal-alert-lines', 'na');
	await pick('ah-notification-routing', 'unknown');
}

async function shareLink(page: Page, prefix = '') {
	await page.goto(`${prefix}/assessment/`);
	return makeShareLink(page);
}

/** The pages that only exist with answers: an overview with answers, a shared view, a team comparison. */
for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe with answers, ${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		test.describe.configure({ timeout: 120_000 });
		const violations = async (page: Page) =>
			(await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);

		for (const prefix of ['', '/en']) {
			test(`overview with answers ${prefix || '/'}`, async ({ page }) => {
				await answerSome(page, prefix);
				await page.goto(`${prefix}/assessment/`);
				await expect(page.locator('#pb-actions tbody tr').first()).toBeVisible();
				await expect(page.locator('[data-not-assessed] li').first()).toBeVisible();
				expect(await violations(page)).toEqual([]);
			});
		}

		test('a shared view', async ({ page, context }) => {
			await answerSome(page, '/en');
			const link = await shareLink(page, '/en');
			const theirs = await context.newPage();
			await theirs.goto(link);
			await expect(theirs.locator('[data-shared]')).toContainText('read-only');
			expect(await violations(theirs)).toEqual([]);
		});

		test('a team comparison with loaded members', async ({ page }) => {
			await answerSome(page, '/en');
			const first = await shareLink(page, '/en');
			await page.goto('/en/checklists/account-health/');
			await page.locator('fieldset[data-item="ah-daily-health-check"] input[type="radio"][value="0"]').check();
			const second = await shareLink(page, '/en');
			await page.goto('/en/assessment/team/');
			await page.getByLabel('Share links (one per line)').fill([first, second].join('\n'));
			await page.getByRole('button', { name: 'Compare' }).click();
			await expect(page.locator('#pb-team tbody tr').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	});
}
