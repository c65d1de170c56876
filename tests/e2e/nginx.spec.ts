/**
 * The site as production serves it: Debian's nginx with deploy/nginx/playbook.conf and the header
 * snippets generated from src/lib/deploy/headers.ts (the "nginx" Playwright project).
 */
import type { APIResponse } from '@playwright/test';
import { CACHE_CONTROL, securityHeaders } from '../../src/lib/deploy/headers';
import { siteCsp } from '../../src/lib/deploy/site-files';
import { expect, test } from './fixtures';

const CSP = siteCsp('dist');

function expectSecurityHeaders(response: APIResponse, cache: string) {
	const headers = response.headers();
	for (const [name, value] of Object.entries(securityHeaders(CSP))) expect(headers[name.toLowerCase()], name).toBe(value);
	expect(headers['cache-control']).toBe(cache);
	// What the policy must say, whatever the module says.
	const csp = headers['content-security-policy'];
	expect(csp).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
	expect(csp).toMatch(/(^|; )script-src 'self' /);
	expect(csp.match(/script-src [^;]*/)![0]).not.toContain('unsafe-inline');
	expect(csp.match(/style-src [^;]*/)![0]).not.toContain('unsafe-inline');
	expect(headers['x-content-type-options']).toBe('nosniff');
}

for (const { home, lang, missing, title } of [
	{ home: '/', lang: 'zh-CN', missing: '/risks/no-such-risk/', title: '跨境电商运营与风控手册' },
	{ home: '/en/', lang: 'en', missing: '/en/risks/no-such-risk/', title: 'Cross-border E-commerce Playbook' },
]) {
	test(`nginx ${lang}: headers on a page, a hashed asset and the 404`, async ({ request }) => {
		const page = await request.get(home);
		expect(page.status()).toBe(200);
		expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
		expectSecurityHeaders(page, CACHE_CONTROL.short);
		const html = await page.text();

		const asset = html.match(/\/_astro\/[^"']+\.(?:css|js)/)![0];
		const assetResponse = await request.get(asset, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(assetResponse.status()).toBe(200);
		expectSecurityHeaders(assetResponse, CACHE_CONTROL.hashedAsset);

		const notFound = await request.get(missing);
		expect(notFound.status()).toBe(404);
		expectSecurityHeaders(notFound, CACHE_CONTROL.short);
		const body = await notFound.text();
		expect(body).toContain(`<html lang="${lang}"`);
		expect(body).toContain(`<title>404 | ${title}</title>`);
	});
}

test('nginx: trailing-slash redirects, compression, search index, worker and manifest caching', async ({ request }) => {
	for (const [from, to] of [['/risks', '/risks/'], ['/en/checklists/account-health', '/en/checklists/account-health/']]) {
		const response = await request.get(from, { maxRedirects: 0 });
		expect(response.status(), from).toBe(301);
		expect(response.headers().location).toBe(to);
	}
	const page = await request.get('/en/risks/', { headers: { 'Accept-Encoding': 'gzip' } });
	expect(page.headers()['content-encoding']).toBe('gzip');

	const entry = await request.get('/pagefind/pagefind-entry.json');
	expect(entry.status()).toBe(200);
	expectSecurityHeaders(entry, CACHE_CONTROL.short);

	const worker = await request.get('/sw.js');
	expect(worker.headers()['content-type']).toMatch(/^application\/javascript\b/);
	expectSecurityHeaders(worker, CACHE_CONTROL.revalidate);

	for (const [path, lang, start] of [['/manifest.webmanifest', 'zh-CN', '/'], ['/en/manifest.webmanifest', 'en', '/en/']]) {
		const manifest = await request.get(path);
		expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json\b/);
		expectSecurityHeaders(manifest, CACHE_CONTROL.revalidate);
		expect(await manifest.json()).toMatchObject({ lang, start_url: start, display: 'standalone' });
	}
	// Host configuration for other servers is not served.
	expect((await request.get('/_headers')).status()).toBe(404);
});

test('nginx smoke: read, search and answer in both languages', async ({ page }) => {
	// Several pages and a search while the offline worker stores the site in the background.
	test.setTimeout(90_000);
	await page.goto('/en/risks/tax-customs/');
	await expect(page.locator('h1')).toBeVisible();
	await page.locator('button[data-open-modal]').first().click();
	await page.locator('.pagefind-ui__search-input').fill('VAT');
	await expect(page.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', '/en/risks/tax-customs/', { timeout: 15_000 });

	await page.goto('/checklists/account-health/');
	await page.locator('fieldset[data-item="ah-daily-health-check"] input[value="2"]').check();
	await page.reload();
	await expect(page.locator('fieldset[data-item="ah-daily-health-check"] input[value="2"]')).toBeChecked();
	await page.goto('/assessment/');
	await expect(page.locator('h1')).toBeVisible();
});
