/**
 * The overview on a laptop and a phone: the action plan (every column, owner and due date included)
 * fits its box at 1366 px, the radar names its axes by pillar and has a legend for the target line,
 * in both languages, readable at 390 px, and no word of the risk matrix breaks in two there.
 */
import { expect, test } from './fixtures';
import { seedAnswers } from './seed-answers';

test.describe('overview layout', () => {
	test.setTimeout(120_000);

	test('at 1366 × 900 the action plan with owners and due dates fits without sideways scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await seedAnswers(page);
		for (const path of ['/en/assessment/', '/assessment/']) {
			await page.goto(path);
			const table = page.locator('#pb-actions');
			await expect(table.locator('tbody tr').first()).toBeVisible();
			const row = table.locator('tbody tr').first();
			await row.locator('input[data-field="owner"]').fill('Ana Ruiz-Montenegro');
			await row.locator('input[data-field="due"]').fill('2027-01-15');
			await row.locator('input[data-field="due"]').blur();
			// Every column is there, the last two being owner and due date.
			const heads = table.locator('thead th');
			await expect(heads).toHaveCount(7);
			await expect(heads.nth(5)).toHaveText(/Owner|负责人/);
			await expect(heads.nth(6)).toHaveText(/Due date|截止日期/);
			const wrap = page.locator('[data-actions] .pb-table-wrap');
			const { scrollWidth, clientWidth } = await wrap.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
			expect(scrollWidth, `${path}: the action plan's box scrolls sideways`).toBeLessThanOrEqual(clientWidth);
			// And the due date field is on screen, whole.
			const due = (await row.locator('input[data-field="due"]').boundingBox())!;
			const box = (await wrap.boundingBox())!;
			expect(due.x + due.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
		}
	});

	for (const [path, target] of [['/assessment/', '目标'], ['/en/assessment/', 'Target']] as const) {
		test(`the radar names its axes by pillar and keys the target line, readable at 390 px ${path}`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await seedAnswers(page);
			await page.goto(path);
			const figure = page.locator('.pb-radar-figure');
			await expect(figure).toBeVisible();
			await expect(figure.locator('.pb-key-target')).toHaveCount(0);
			await page.locator('[data-profile]').selectOption({ index: 1 });
			await expect(figure.locator('.pb-radar-key .pb-key-target')).toHaveText(target);
			await expect(figure.locator('.pb-radar-target')).toHaveCount(1);
			// Each axis carries its pillar's name, as the legend lists them (the name, not only its number).
			const names = (await figure.locator('.pb-radar-legend ol li').allInnerTexts()).map((text) => text.split(' · ')[0].trim());
			expect(names).toHaveLength(5);
			const axes = await figure.locator('.pb-radar-label').evaluateAll((labels) =>
				labels.map((label) => {
					const box = label.getBoundingClientRect();
					return { text: [...label.querySelectorAll('tspan')].map((s) => s.textContent).join(' '), left: box.left, right: box.right, size: parseFloat(getComputedStyle(label).fontSize) * (label.closest('svg')!.getBoundingClientRect().width / label.closest('svg')!.viewBox.baseVal.width) };
				})
			);
			expect(axes.map((axis) => axis.text.replace(/\s+/g, '').replace(/^\d\./, ''))).toEqual(names.map((name) => name.replace(/\s+/g, '')));
			for (const axis of axes) {
				expect(axis.text).toMatch(/^\d\. \S/);
				// On screen, and at least 10 px on a phone.
				expect(axis.left).toBeGreaterThanOrEqual(0);
				expect(axis.right).toBeLessThanOrEqual(390);
				expect(axis.size).toBeGreaterThanOrEqual(10);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		});
	}

	for (const path of ['/en/assessment/', '/assessment/']) {
		test(`at 390 px the risk matrix breaks no word in two ${path}`, async ({ page }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await seedAnswers(page);
			await page.goto(path);
			const matrix = page.locator('#pb-matrix');
			await expect(matrix.locator('tbody td a').first()).toBeVisible();
			// Every word shown in a head or a score sits on one line ("Likeliho|od 1", "mediu|m" did not).
			const broken = await matrix.evaluate((table) => {
				const out: string[] = [];
				for (const el of table.querySelectorAll('th, .pb-cell-score')) {
					const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const parent = node.parentElement!;
						if (parent.getBoundingClientRect().width <= 1) continue; // visually hidden
						for (const match of node.textContent!.matchAll(/\S+/g)) {
							const range = document.createRange();
							range.setStart(node, match.index);
							range.setEnd(node, match.index + match[0].length);
							const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
							if (lines.size > 1) out.push(match[0]);
						}
					}
				}
				return out;
			});
			expect(broken).toEqual([]);
			// The heads still name their axis for screen readers, and the caption says which is which.
			await expect(matrix.locator('thead th').first()).toHaveText(/^(Likelihood|可能性) 1$/);
			await expect(matrix.locator('caption')).toHaveText(/(columns|列).*(rows|行)/);
		});
	}
});
