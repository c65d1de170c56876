/**
 * Zero Content Security Policy violations, served by nginx with the production headers: every page
 * type in both languages, light and dark, with answers filled in, search used and the theme switched.
 * Violations are recorded twice: `securitypolicyviolation` events in the page and the browser's
 * console reports (which the shared fixture also fails on, as console errors).
 */
import { test as plainTest, type Page } from '@playwright/test';
import { expect, PAGE_TYPES, test } from './fixtures';

const LANGUAGES = [
	{ index: 0, name: 'zh', checklist: '/checklists/account-health/', notFound: '/404.html', query: '增值税' },
	{ index: 1, name: 'en', checklist: '/en/checklists/account-health/', notFound: '/en/404.html', query: 'VAT' },
] as const;

async function recordViolations(page: Page, theme: 'light' | 'dark') {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) violations.push(`${page.url()}: console: ${message.text()}`);
	});
	await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript((initialTheme) => {
		// The first page of the test starts in this theme; a later switch by the test sticks.
		if (!localStorage.getItem('starlight-theme')) localStorage.setItem('starlight-theme', initialTheme);
		document.addEventListener(
			'securitypolicyviolation',
			(event) => {
				const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
				void report(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} "${event.sample}"`);
			},
			true
		);
	}, theme);
	return violations;
}

async function answerItems(page: Page) {
	const items = page.locator('fieldset[data-item]');
	await items.nth(0).locator('input[value="2"]').check();
	await items.nth(1).locator('input[value="na"]').check();
	await items.nth(1).locator('input[name="naReason"]').fill('N/A · 不适用');
	await items.nth(2).locator('input[value="3"]').check();
	await items.nth(0).locator('summary').click();
	await items.nth(0).locator('textarea[name="note"]').fill('note · 备注');
	await items.nth(0).locator('textarea[name="note"]').blur();
}

async function search(page: Page, query: string) {
	await page.locator('button[data-open-modal]').first().click();
	await page.locator('.pagefind-ui__search-input').fill(query);
	await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
	await page.keyboard.press('Escape');
}

for (const theme of ['light', 'dark'] as const) {
	for (const language of LANGUAGES) {
		test(`CSP: no violation on any ${language.name} page type, ${theme} theme, answers, search and theme switch`, async ({ page }) => {
			test.setTimeout(120_000);
			const violations = await recordViolations(page, theme);
			// Answers first, so the assessment overview and the team page render with data.
			await page.goto(language.checklist);
			await answerItems(page);
			for (const paths of Object.values(PAGE_TYPES)) {
				await page.goto(paths[language.index]);
				await expect(page.locator('h1').first()).toBeVisible();
				await expect(page.locator(':root')).toHaveAttribute('data-theme', theme);
			}
			// The 404 page, opened directly (nginx serves it with the same headers for missing pages).
			await page.goto(language.notFound);
			await expect(page.locator('h1').first()).toHaveText('404');
			await search(page, language.query);
			// Switch the theme with Starlight's picker and keep reading.
			const other = theme === 'light' ? 'dark' : 'light';
			await page.locator('starlight-theme-select select').first().selectOption(other);
			await expect(page.locator(':root')).toHaveAttribute('data-theme', other);
			await page.goto(PAGE_TYPES.assessment[language.index]);
			await expect(page.locator(':root')).toHaveAttribute('data-theme', other);
			await page.goto(language.checklist);
			await expect(page.locator('fieldset[data-item]').first().locator('input[value="2"]')).toBeChecked();
			expect(violations).toEqual([]);
		});
	}
}

// Without this, "0 violations" could mean the recorder hears nothing. (The plain test: the shared
// fixture would rightly fail on the console errors these violations log.)
plainTest('CSP: the recorder sees an injected inline script and style attribute', async ({ page }) => {
	const violations = await recordViolations(page, 'light');
	await page.goto('/en/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.title = "injected"';
		document.body.append(script);
		document.body.setAttribute('style', 'outline: 1px solid red');
	});
	await expect.poll(() => violations.filter((v) => !v.includes('console:')).length).toBe(2);
	expect(violations.join('\n')).toMatch(/script-src-elem blocked inline/);
	expect(violations.join('\n')).toMatch(/style-src-attr blocked inline/);
	expect(await page.title()).not.toBe('injected');
});
