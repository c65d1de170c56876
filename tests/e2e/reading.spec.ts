import { PAGE_TYPES, expect, test } from './fixtures';
import { ASSESSMENT_CHUNKS, isAssessmentChunk } from '../../src/integrations/island-chunks';

test.describe('home pages', () => {
	test('Chinese is served at the root, English under /en/', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('.site-title')).toContainText('跨境电商运营与风控手册');
		await page.goto('/en/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('.site-title')).toContainText('Cross-border E-commerce Playbook');
	});
});

test.describe('every page type renders in both languages', () => {
	for (const [type, paths] of Object.entries(PAGE_TYPES)) {
		for (const path of paths) {
			test(`${type} ${path}`, async ({ page }) => {
				const response = await page.goto(path);
				expect(response?.status()).toBe(200);
				await expect(page.locator('main h1')).not.toBeEmpty();
			});
		}
	}
});

test('reading pages load none of the assessment code', async ({ page }) => {
	// The chunks only island pages need (src/integrations/island-chunks.ts): a chunk group that takes a
	// shared helper along would make every page load it.
	expect(ASSESSMENT_CHUNKS.length).toBeGreaterThan(0);
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	for (const path of [...PAGE_TYPES.home, ...PAGE_TYPES.risk, ...PAGE_TYPES.strategy, ...PAGE_TYPES.guide, ...PAGE_TYPES.glossary]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter(isAssessmentChunk)).toEqual([]);
	// The same check sees them on an island page.
	await page.goto(PAGE_TYPES.checklist[0]);
	await page.waitForLoadState('networkidle');
	expect(scripts.filter(isAssessmentChunk)).not.toEqual([]);
});

test('the sidebar lists the collections in the article order and navigates', async ({ page }) => {
	// The home page is a splash page without a sidebar; any reading page has one.
	await page.goto('/glossary/');
	const sidebar = page.locator('#starlight__sidebar');
	const strategyLinks = sidebar.locator('a[href^="/strategies/"]');
	await expect(strategyLinks.first()).toHaveAttribute('href', '/strategies/');
	await expect(strategyLinks.nth(1)).toHaveText(/^\(一\)/);
	await expect(strategyLinks.nth(5)).toHaveText(/^\(五\)/);
	// Editorial groups list their pages too: the trainer's guide, then the three training paths.
	const training = sidebar.locator('a[href^="/training/"]');
	await expect(training).toHaveCount(4);
	await expect(training.first()).toHaveAttribute('href', '/training/');
	await sidebar.locator('a[href="/risks/tax-customs/"]').click();
	await expect(page).toHaveURL(/\/risks\/tax-customs\/$/);
	await expect(page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveAttribute('href', '/risks/tax-customs/');

	await page.goto('/en/glossary/');
	await expect(page.locator('#starlight__sidebar a[href="/en/strategies/market-insight/"]')).toHaveText(/^1\. /);
});

test('the risk register sorts by score and by category, by keyboard', async ({ page }) => {
	await page.goto('/en/risks/');
	const scores = () => page.locator('#risk-register tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.score)));
	const scoreButton = page.getByRole('button', { name: 'Sort by Inherent score' });
	await scoreButton.focus();
	await page.keyboard.press('Enter');
	const sorted = await scores();
	expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
	await expect(page.locator('th[data-sort-key="score"]')).toHaveAttribute('aria-sort', 'descending');
	await page.keyboard.press('Enter');
	expect(await scores()).toEqual([...sorted].reverse().sort((a, b) => a - b));

	await page.getByRole('button', { name: 'Sort by Category' }).click();
	const categories = await page.locator('#risk-register tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.category)));
	expect(categories).toEqual([...categories].sort((a, b) => a - b));
});
