import { expect, test } from './fixtures';

const ITEM = 'me-eu-vat-ioss-oss';

test('arriving at #item-id scrolls to the item and highlights it', async ({ page }) => {
	await page.goto(`/checklists/market-entry/#${ITEM}`);
	const item = page.locator(`#${ITEM}`);
	await expect(item).toBeInViewport();
	// The highlight is the :target style: an accent outline.
	await expect.poll(() => item.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
	const other = page.locator(`article.pb-item:not(#${ITEM})`).first();
	await expect.poll(() => other.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
});

test('the copy-link button is reachable by keyboard, copies the deep link and says so', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/checklists/market-entry/');
	const button = page.locator(`#${ITEM} .pb-copy`);
	await expect(button).toHaveAccessibleName(/^Copy link to “.+”$/);
	await button.focus();
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(button).toContainText('Link copied');
	await expect(page.locator('pb-deep-links > [role="status"]')).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/checklists/market-entry/#${ITEM}`);
});

test('headings have copy-link buttons too, labelled in the page language', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/risks/tax-customs/');
	const button = page.locator('.sl-heading-wrapper:has(#indicators) .pb-copy');
	await expect(button).toHaveAccessibleName(/^复制“.+”的链接$/);
	await button.click();
	await expect(button).toContainText('已复制链接');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/risks/tax-customs/#indicators`);
});

test('the same anchor works in both languages and the language switch keeps it', async ({ page }) => {
	await page.goto('/risks/tax-customs/#indicators');
	await expect(page.locator('#indicators')).toBeInViewport();
	await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
	await expect(page).toHaveURL(/\/en\/risks\/tax-customs\/#indicators$/);
	await expect(page.locator('#indicators')).toBeInViewport();
	await expect(page.locator('#indicators')).toHaveText(/Early-warning indicators/);

	await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
	await expect(page).toHaveURL(/\/risks\/tax-customs\/#indicators$/);
	await expect(page.locator('#indicators')).toHaveText(/预警指标/);
});

test('without JavaScript a checklist is a complete, readable list', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/checklists/market-entry/');
	const items = page.locator('article.pb-item');
	expect(await items.count()).toBeGreaterThan(0);
	await expect(items.first().locator('.pb-item-statement')).not.toBeEmpty();
	await context.close();
});

test('each heading has one link affordance, labelled in the page language, with the same id in both languages', async ({ page }) => {
	for (const [path, label] of [
		['/risks/tax-customs/', /^复制“.+”的链接$/],
		['/en/risks/tax-customs/', /^Copy link to “.+”$/],
	] as const) {
		await page.goto(path);
		const wrapper = page.locator('.sl-heading-wrapper:has(#indicators)');
		await expect(wrapper.locator('.pb-copy')).toHaveCount(1);
		// Starlight's own anchor gave a second tab stop (and said "Section titled …" on Chinese pages).
		await expect(wrapper.locator('a, button')).toHaveCount(1);
		await expect(wrapper.locator('.pb-copy')).toHaveAccessibleName(label);
		expect(await page.locator('main').innerText()).not.toContain('Section titled');
	}
});

test('every heading of an editorial page (home, guide, training) has its copy-link button', async ({ page }) => {
	for (const path of ['/', '/en/guides/operating-rhythm/', '/training/new-operator-week/']) {
		await page.goto(path);
		const headings = page.locator('.sl-markdown-content :is(h2, h3)[id]');
		expect(await headings.count(), path).toBeGreaterThan(3);
		const missing = await headings.evaluateAll((list) => list.filter((h) => !h.closest('.sl-heading-wrapper')?.querySelector(':scope > .pb-copy')).map((h) => h.id));
		expect(missing, path).toEqual([]);
	}
});

test('without JavaScript a Chinese heading link is labelled in Chinese', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/risks/tax-customs/');
	const anchor = page.locator('.sl-heading-wrapper:has(#indicators) a.sl-anchor-link');
	await expect(anchor).toHaveCount(1);
	await expect(anchor).toHaveAccessibleName(/^“.+”一节的链接$/);
	await context.close();
});
