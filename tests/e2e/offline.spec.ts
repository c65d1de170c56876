/**
 * Offline use in a training room: after one visit the whole playbook works without a network, and a
 * new edition is announced without losing an answer. Against nginx with the production headers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CACHE_PREFIX } from '../../src/lib/deploy/sw-protocol';
import { expect, test } from './fixtures';

/** Waits until the worker has stored this edition and controls the page. */
async function waitForOfflineEdition(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
	});
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

async function search(page: Page, query: string) {
	await page.locator('button[data-open-modal]').first().click();
	await page.locator('.pagefind-ui__search-input').fill(query);
	const first = page.locator('.pagefind-ui__result-link').first();
	await expect(first).toBeVisible({ timeout: 15_000 });
	return first;
}

const TEN_PAGES = [
	['/strategies/market-insight/', '市场'],
	['/en/risks/tax-customs/', 'Tax'],
	['/risks/', '风险'],
	['/en/checklists/', 'Checklist'],
	['/glossary/', '术语'],
	['/en/assessment/', 'ssessment'],
	['/assessment/team/', ''],
	['/en/guides/operating-rhythm/', ''],
	['/training/new-operator-week/', ''],
	['/en/strategies/', 'trateg'],
] as const;

test('after one visit, ten other pages, search in both languages and answering work offline', async ({ page, context, consoleErrors }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await waitForOfflineEdition(page);
	await context.setOffline(true);
	// Really offline: nginx cannot be reached from this page any more.
	expect(await page.evaluate(() => fetch('/offline-probe/', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');
	const probeError = consoleErrors.findIndex((e) => /ERR_FAILED|ERR_INTERNET_DISCONNECTED/.test(e));
	if (probeError >= 0) consoleErrors.splice(probeError, 1);

	for (const [path, text] of TEN_PAGES) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		expect(response?.fromServiceWorker(), path).toBe(true);
		await expect(page.locator('h1').first()).toBeVisible();
		if (text) await expect(page.locator('h1').first()).toContainText(text);
		// The page's own styles came along: Starlight's layout is applied.
		expect(await page.evaluate(() => getComputedStyle(document.body).getPropertyValue('--sl-nav-height'))).not.toBe('');
	}

	await page.goto('/');
	await expect(await search(page, '增值税')).toHaveAttribute('href', '/risks/tax-customs/');
	await page.goto('/en/');
	await expect(await search(page, 'VAT')).toHaveAttribute('href', '/en/risks/tax-customs/');

	await page.goto('/en/checklists/account-health/');
	const item = page.locator('fieldset[data-item="ah-daily-health-check"]');
	await item.locator('input[value="3"]').check();
	await expect(page.locator('[data-progress-text]')).toContainText('1/15');
	await page.reload();
	await expect(item.locator('input[value="3"]')).toBeChecked();
	expect(await page.evaluate(() => JSON.parse(localStorage.getItem('cbp-assessment')!).answers['ah-daily-health-check'].value)).toBe(3);
	await context.setOffline(false);
});

test('offline, a page that does not exist shows the 404 page in its language', async ({ page, context, consoleErrors }) => {
	await page.goto('/en/');
	await waitForOfflineEdition(page);
	await context.setOffline(true);
	for (const [path, lang] of [['/en/no-such-page/', 'en'], ['/no-such-page/', 'zh-CN']]) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1').first()).toHaveText('404');
	}
	// Those two 404s were the point of this test.
	consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/no-such-page|status of 404/.test(e)));
	await context.setOffline(false);
});

/** A port nobody listens on now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** A private copy of the site on its own nginx, so the test can publish a "new edition" of it. */
async function serveCopy(port: number): Promise<{ dist: string; stop: () => void }> {
	const dist = mkdtempSync(join(tmpdir(), 'playbook-edition-'));
	cpSync('dist', dist, { recursive: true });
	const server: ChildProcess = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/serve-nginx.ts', '--port', String(port), '--dist', dist], { detached: true, stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		dist,
		stop: () => {
			process.kill(-server.pid!, 'SIGTERM');
			rmSync(dist, { recursive: true, force: true });
		},
	};
}

test('a new edition is announced, never reloads by itself, and keeps the answers', async ({ page }) => {
	test.setTimeout(120_000);
	const port = await freePort();
	const copy = await serveCopy(port);
	try {
		const origin = `http://127.0.0.1:${port}`;
		await page.goto(`${origin}/checklists/account-health/`);
		await waitForOfflineEdition(page);
		const item = page.locator('fieldset[data-item="ah-daily-health-check"]');
		await item.locator('input[value="2"]').check();
		await item.locator('summary').click();
		await item.locator('textarea[name="note"]').fill('周一复核');
		// A marker that a reload would wipe.
		await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
		const [oldEdition] = await cacheNames(page);

		// Publish a new edition: the worker of the next build differs (its edition id does).
		const workerFile = join(copy.dist, 'sw.js');
		writeFileSync(workerFile, readFileSync(workerFile, 'utf8').replace(oldEdition.slice(CACHE_PREFIX.length), '9.9.9+next'));
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));

		const notice = page.locator('.pb-update');
		await expect(notice).toContainText('手册有新版本可用', { timeout: 60_000 });
		// Announced, not applied: same page, same answer, note still being written.
		expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
		await expect(item.locator('input[value="2"]')).toBeChecked();
		await expect(item.locator('textarea[name="note"]')).toHaveValue('周一复核');

		await notice.getByRole('button', { name: '重新加载' }).click();
		await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
		await expect(item.locator('input[value="2"]')).toBeChecked();
		await item.locator('summary').click();
		await expect(item.locator('textarea[name="note"]')).toHaveValue('周一复核');
		await expect(notice).toHaveCount(0);
		// The new edition took over and the old one's cache is gone.
		await expect.poll(() => cacheNames(page)).toEqual([`${CACHE_PREFIX}9.9.9+next`]);
	} finally {
		copy.stop();
	}
});
