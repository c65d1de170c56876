/**
 * Every page type fits the screen (no sideways scrolling of the page itself) on phones and a laptop,
 * in both languages and both themes; deep links land fully visible below every sticky element.
 */
import type { Page } from '@playwright/test';
import { expect, PAGE_TYPES, test } from './fixtures';
import { seedAnswers } from './seed-answers';

const WIDTHS = [360, 390, 1366] as const;
const SEEDED_EN = '/en/checklists/account-health/';
const SCHEMES = ['light', 'dark'] as const;
const PAGES = [
	...Object.values(PAGE_TYPES).flat(),
	'/assessment/facilitator/',
	'/en/assessment/facilitator/',
	'/404.html',
	'/en/404.html',
];

/** How far the page reaches past the viewport's right edge, and the widest offenders. */
const overflow = (page: Page) =>
	page.evaluate(() => {
		const over = document.documentElement.scrollWidth - window.innerWidth;
		const culprits = [...document.querySelectorAll<HTMLElement>('main *')]
			.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && el.getClientRects().length > 0)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`);
		return { over, culprits };
	});

for (const width of WIDTHS) {
	for (const colorScheme of SCHEMES) {
		test.describe(`${width} px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height: width > 1000 ? 900 : 844 }, colorScheme });

			test('no page type is wider than the screen, the overview with and without answers', async ({ page }) => {
				test.setTimeout(300_000);
				const wide: string[] = [];
				const check = async (path: string) => {
					// Styles block rendering, so the layout is final once the document is parsed; the overview's
					// tables are drawn by its island.
					await page.goto(path, { waitUntil: 'domcontentloaded' });
					if (path.endsWith('/assessment/')) await page.locator('[data-scores] table').waitFor();
					const { over, culprits } = await overflow(page);
					if (over > 0) wide.push(`${path}: ${over}px too wide (${culprits.join(', ')})`);
				};
				for (const path of PAGES) await check(path);
				await seedAnswers(page);
				for (const path of ['/assessment/', '/en/assessment/', '/checklists/account-health/', SEEDED_EN]) await check(path);
				expect(wide).toEqual([]);
			});
		});
	}
}

/** The lowest bottom edge of the fixed and sticky elements pinned at the top over `target`. */
const stickyBottom = (page: Page, selector: string) =>
	page.evaluate((selector) => {
		const target = document.querySelector(selector)!.getBoundingClientRect();
		let bottom = 0;
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			const { position, display, visibility } = getComputedStyle(el);
			if ((position !== 'fixed' && position !== 'sticky') || display === 'none' || visibility === 'hidden') continue;
			const box = el.getBoundingClientRect();
			if (el.matches('.sl-skip-link:not(:focus)')) continue;
			const pinnedAtTop = box.height > 0 && box.top < window.innerHeight / 3 && box.height < window.innerHeight / 2;
			const overTarget = box.left < target.right && box.right > target.left;
			if (pinnedAtTop && overTarget) bottom = Math.max(bottom, box.bottom);
		}
		// An item taller than the room below the bars starts there, its statement in full view.
		const head = (document.querySelector(selector)!.querySelector('.pb-item-head') ?? document.querySelector(selector)!).getBoundingClientRect();
		const room = window.innerHeight - bottom;
		const visible = target.bottom <= window.innerHeight || (target.height > room && head.bottom <= window.innerHeight);
		return { bottom, top: target.top, visible };
	}, selector);

const DEEP_LINKS = [
	{ path: '/checklists/product-compliance/', id: 'pc-eu-responsible-person', kind: 'item' },
	{ path: '/en/checklists/product-compliance/', id: 'pc-eu-responsible-person', kind: 'item' },
	{ path: '/checklists/product-compliance/', id: 'uk', kind: 'heading' },
	{ path: '/en/checklists/product-compliance/', id: 'uk', kind: 'heading' },
	{ path: '/en/risks/tax-customs/', id: 'indicators', kind: 'heading' },
];

for (const width of WIDTHS) {
	test.describe(`deep links at ${width} px`, () => {
		test.use({ viewport: { width, height: width > 1000 ? 900 : 844 } });
		for (const { path, id, kind } of DEEP_LINKS) {
			test(`${path}#${id} (${kind}) lands fully visible below every sticky element`, async ({ page }) => {
				test.setTimeout(90_000);
				await page.goto(`${path}#${id}`);
				if (path.includes('/checklists/')) await expect(page.locator('[data-panel]')).toBeVisible({ timeout: 30_000 });
				await expect
					.poll(async () => {
						const { bottom, top, visible } = await stickyBottom(page, `[id="${id}"]`);
						return bottom > 0 && top >= bottom && visible;
					}, { timeout: 15_000 })
					.toBe(true);
				// Opened with the hash before the island ran: still in place once everything has settled.
				await page.waitForTimeout(300);
				const { bottom, top, visible } = await stickyBottom(page, `[id="${id}"]`);
				expect(top, `top of #${id} vs the sticky elements' bottom`).toBeGreaterThanOrEqual(bottom);
				expect(visible, `#${id} in full view`).toBe(true);
			});
		}
	});
}

/**
 * Words drawn on more than one line in the cells `selector` finds (words: runs without spaces, hyphens
 * or slashes, where a line may break). Chinese text in a cell wraps between any two characters, so
 * only a Chinese heading counts as one word. `maxColumns` leaves out wider tables.
 */
const splitWords = (page: Page, selector: string, maxColumns = Infinity) =>
	page.evaluate(
		([selector, maxColumns]) => {
			const words: string[] = [];
			for (const cell of document.querySelectorAll(selector as string)) {
				if ((cell.closest('table')?.querySelectorAll('thead th').length ?? 0) > (maxColumns as number)) continue;
				const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
					for (const match of node.data.matchAll(/[^\s\-/–]+/g)) {
						if (cell.tagName !== 'TH' && /[\u3400-\u9fff]/.test(match[0])) continue;
						const range = document.createRange();
						range.setStart(node, match.index);
						range.setEnd(node, match.index + match[0].length);
						if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) words.push(match[0]);
					}
				}
			}
			return words;
		},
		[selector, maxColumns] as const
	);

test.describe('words stay whole at 1366 px', () => {
	test.use({ viewport: { width: 1366, height: 900 } });

	test('in tables written in Markdown, headings included (a RACI chart\'s headings may break)', async ({ page }) => {
		const broken: string[] = [];
		for (const path of ['/guides/operating-rhythm/', '/en/guides/operating-rhythm/', '/training/new-operator-week/', '/en/training/new-operator-week/', '/en/risks/tax-customs/']) {
			await page.goto(path);
			const table = '.sl-markdown-content table:not(.pb-table, .pb-matrix)';
			expect(await page.locator(table).count(), path).toBeGreaterThan(0);
			broken.push(...(await splitWords(page, `${table} :is(th, td)`, 7)).map((word) => `${path}: ${word}`));
		}
		expect(broken).toEqual([]);
	});

	test('in the risk matrix\'s risk names', async ({ page }) => {
		for (const path of ['/assessment/', '/en/assessment/']) {
			await page.goto(path);
			await expect(page.locator('#pb-matrix li').first()).toBeVisible();
			expect(await splitWords(page, '#pb-matrix li'), path).toEqual([]);
		}
	});
});

test('the checklist bar is compact and its notices can be dismissed', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/en/checklists/account-health/');
	const bar = page.locator('[data-panel]');
	await expect(bar).toBeVisible();
	const height = (await bar.boundingBox())!.height;
	expect(height).toBeLessThanOrEqual(64);
	// The bar holds progress and the way to the overview; the privacy text is outside it.
	await expect(bar.locator('progress')).toBeVisible();
	await expect(bar.getByRole('link')).toHaveAttribute('href', '/en/assessment/');
	expect(await page.locator('.pb-privacy').evaluate((el) => el.closest('[data-panel]'))).toBeNull();
	// The measured height is what the checklist's anchors clear.
	expect(await page.locator('#ah-daily-health-check').evaluate((el) => getComputedStyle(el).getPropertyValue('--pb-sticky'))).toBe(`${Math.ceil(height)}px`);
	for (const id of ['ah-daily-health-check', 'ah-internal-alert-lines', 'ah-policy-watch', 'ah-poa-template', 'ah-listing-audit']) {
		await page.locator(`fieldset[data-item="${id}"] input[value="3"]`).check();
	}
	await page.reload();
	const reminder = page.locator('[data-notices] .pb-notice');
	await expect(reminder).toBeVisible({ timeout: 30_000 });
	await reminder.getByRole('button', { name: 'Dismiss' }).click();
	await expect(reminder).toHaveCount(0);
});
