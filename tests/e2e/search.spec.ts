import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import en from '../../content/i18n/en.json' with { type: 'json' };

/** Opens the search dialog, types a query and returns the result links, best first. */
async function search(page: Page, query: string) {
	await page.locator('button[data-open-modal]').first().click();
	const input = page.locator('.pagefind-ui__search-input');
	await input.fill(query);
	const results = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
	await expect(results.first()).toBeVisible({ timeout: 15_000 });
	return results;
}

const QUERIES: { locale: string; query: string; first: string; type: string }[] = [
	{ locale: '/', query: '增值税', first: '/risks/tax-customs/', type: '风险' },
	{ locale: '/', query: '知识产权', first: '/risks/intellectual-property/', type: '风险' },
	{ locale: '/', query: '汇率', first: '/risks/market-volatility/', type: '风险' },
	{ locale: '/', query: '海外仓', first: '/risks/logistics-supply-chain/', type: '风险' },
	{ locale: '/', query: '账号健康', first: '/strategies/platform-rules/', type: '策略' },
	{ locale: '/', query: '拒付', first: '/risks/payment-fraud/', type: '风险' },
	{ locale: '/en/', query: 'VAT', first: '/en/risks/tax-customs/', type: 'Risk' },
	{ locale: '/en/', query: 'intellectual property', first: '/en/risks/intellectual-property/', type: 'Risk' },
	{ locale: '/en/', query: 'exchange rate', first: '/en/risks/market-volatility/', type: 'Risk' },
	{ locale: '/en/', query: 'overseas warehouse', first: '/en/risks/logistics-supply-chain/', type: 'Risk' },
	{ locale: '/en/', query: 'account health', first: '/en/checklists/account-health/', type: 'Checklist' },
	{ locale: '/en/', query: 'chargeback', first: '/en/risks/payment-fraud/', type: 'Risk' },
];

for (const { locale, query, first, type } of QUERIES) {
	test(`search ${locale} "${query}" finds ${first} first`, async ({ page }) => {
		await page.goto(locale);
		const results = await search(page, query);
		await expect(results.first()).toHaveAttribute('href', first);
		// Results name the entry type before the title.
		await expect(results.first()).toHaveText(new RegExp(`^${type} · `));
	});
}

test('results can be filtered by entry type and risk category', async ({ page }) => {
	await page.goto('/en/');
	await search(page, 'customs');
	const filters = page.locator('.pagefind-ui__filter-panel');
	await expect(filters).toContainText('Type');
	await expect(filters).toContainText('Risk category');
	// Each filter is a collapsed group: open it, then tick a value.
	await filters.locator('summary', { hasText: /^Type/ }).click();
	await filters.getByLabel(/^Checklist/).check();
	const links = page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
	// Results render one by one: wait until the filtered list has replaced the whole unfiltered one.
	await expect(links.first()).toHaveText(/^Checklist · /);
	await expect.poll(async () => (await links.allTextContents()).filter((text) => !/^Checklist · /.test(text))).toEqual([]);
	const hrefs = () => links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	await filters.getByLabel(/^Checklist/).uncheck();
	// Unfiltered again (the tax risk is back) before the next filter: else the checklist-only list,
	// still on screen, would pass for the category's results (checklists count as in it).
	await expect.poll(async () => (await hrefs()).includes('/en/risks/tax-customs/')).toBe(true);
	await filters.locator('summary', { hasText: /^Risk category/ }).click();
	await filters.getByLabel(/^Intellectual property/).check();
	// The unfiltered list may already start with a risk, so wait until the filter has replaced it.
	const inIpCategory = /intellectual-property|ip-protection|\/(strategies|checklists)\//;
	await expect.poll(async () => (await hrefs()).filter((href) => !inIpCategory.test(href))).toEqual([]);
	await expect(links.first()).toHaveText(/^(Risk|Checklist) · /);
	for (const href of await hrefs()) expect(href).toMatch(inIpCategory);
});

test('every filter shows even when one filter file arrives after the results', async ({ page }) => {
	// Pagefind fetches one file per filter. Hold the second one back so that the search itself is done first.
	let requested = 0;
	await page.route('**/pagefind/filter/*.pf_filter', async (route) => {
		if (++requested === 2) await new Promise((resolve) => setTimeout(resolve, 2_000));
		await route.continue();
	});
	await page.goto('/en/');
	await search(page, 'customs');
	const filters = page.locator('.pagefind-ui__filter-panel');
	await expect(filters.locator('summary', { hasText: /^Type$/ })).toBeVisible();
	await expect(filters.locator('summary', { hasText: /^Risk category$/ })).toBeVisible();
	expect(requested).toBe(2);
});

test('the index holds what a page says, not its answer controls or its links to other entries', async ({ page }) => {
	await page.goto('/en/');
	const indexed = await page.evaluate(async (urls) => {
		const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
		const byUrl: Record<string, string> = {};
		// Each page's own text: search its title and keep the fragment of that page.
		for (const [url, query] of urls) {
			for (const result of (await pagefind.search(query)).results) {
				const data = await result.data();
				if (data.url === url) byUrl[url] = data.content;
			}
		}
		return byUrl;
	}, [
		['/en/checklists/account-health/', 'account health'],
		['/en/risks/tax-customs/', 'customs'],
		['/en/strategies/platform-rules/', 'platform rules'],
	]);
	const checklist = indexed['/en/checklists/account-health/'];
	expect(checklist).toContain('Evidence: The metrics log for the last 30 days');
	// Labels that repeat on every item: indexed, every checklist would match "owner" or "clear".
	for (const label of [en.assessment['answer.clear'], en.assessment['answer.more'], en.assessment['answer.naReason']]) expect(checklist.includes(label), `"${label}" is indexed`).toBe(false);
	// Link lists: the titles they list are indexed on their own pages.
	expect(indexed['/en/risks/tax-customs/']).toContain('de minimis');
	expect(indexed['/en/risks/tax-customs/'].includes(en.ui['risk.related']), 'the risk page indexes its related links').toBe(false);
	expect(indexed['/en/strategies/platform-rules/'].includes(en.ui['strategy.related']), 'the strategy page indexes its related links').toBe(false);
});

test('searching one language never returns the other', async ({ page }) => {
	await page.goto('/en/');
	const results = await search(page, 'VAT');
	for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\//);
});

test('the Chinese search UI speaks Chinese: result count, "load more" and "clear" have no English', async ({ page }) => {
	await page.goto('/');
	await search(page, '欧代');
	const ui = page.locator('#starlight__search');
	await expect(ui.locator('.pagefind-ui__message')).toHaveText(/^“欧代”共有 \d+ 条结果$/);
	const texts = [
		await ui.locator('.pagefind-ui__message').innerText(),
		await ui.locator('.pagefind-ui__search-clear').innerText(),
		...(await ui.locator('.pagefind-ui__button, .pagefind-ui__filter-panel-label, .pagefind-ui__filter-name').allInnerTexts()),
	];
	for (const text of texts) expect(text, text).not.toMatch(/\b(results?|Load more|Clear|Filters|Search)\b/);
	await expect(ui.locator('.pagefind-ui__search-clear')).toHaveText('清除');
	await expect(ui.locator('.pagefind-ui__search-input')).toHaveAttribute('placeholder', '搜索');
});

test('a nonsense query finds nothing, in either language', async ({ page }) => {
	for (const [locale, query, none] of [
		['/', 'qzxv 无关词', /^没有找到“qzxv 无关词”的结果$/],
		['/en/', 'qzxv wibblefrotz', /^No results for qzxv wibblefrotz$/],
	] as const) {
		await page.goto(locale);
		await page.locator('button[data-open-modal]').first().click();
		await page.locator('.pagefind-ui__search-input').fill(query);
		await expect(page.locator('#starlight__search .pagefind-ui__message')).toHaveText(none, { timeout: 15_000 });
		await expect(page.locator('.pagefind-ui__result')).toHaveCount(0);
	}
});
