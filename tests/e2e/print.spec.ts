/**
 * Printing makes handouts: a checklist with every answer, note, owner, due date, the date and the
 * score as text, and the overview with its values as text, no form fields and no empty tool sections.
 * Checked with the print media applied (what is on paper is what is visible then), and the PDF is
 * produced from the same page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEED, seedAnswers } from './seed-answers';

/** A4 minus 15 mm margins, at 96 dpi: the width a printed page lays out in. */
const PAPER = { width: 680, height: 1000 };

const visibleFields = (page: Page) => page.locator('main').locator('input, textarea, select, button').filter({ visible: true });

/** Chromium's PDF: check it is one and count its pages. */
async function pdfPages(page: Page) {
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test.describe('print', () => {
	test.use({ viewport: PAPER });
	// Each test answers a checklist first and then prints two pages: slower than one page visit.
	test.setTimeout(180_000);

	test('a checklist prints every answer, note, owner, due date, the date and the score as text, and no field', async ({ page }) => {
		await seedAnswers(page);
		for (const [path, printed] of [
			[SEED.checklist, /^Printed .+ · Answered 4\/15/],
			[SEED.checklist.replace('/en/', '/'), /^打印于 .+ · 已作答 4\/15/],
		] as const) {
			await page.goto(path);
			await expect(page.locator('[data-panel]')).toBeVisible({ timeout: 30_000 });
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('[data-print-meta]')).toBeVisible();
			await expect(page.locator('[data-print-meta]')).toHaveText(printed);
			const first = page.locator('#ah-daily-health-check .pb-print-answer');
			await expect(first).toBeVisible();
			for (const text of [SEED.note, SEED.owner, SEED.due]) await expect(first).toContainText(text);
			await expect(first.locator('[data-field="value"] dd')).toHaveText(/^2 /);
			await expect(page.locator('#ah-internal-alert-lines .pb-print-answer')).toContainText(SEED.naReason);
			// Unanswered items say so; empty fields print nothing.
			await expect(page.locator('#ah-shipping-sla .pb-print-answer [data-field="value"] dd')).toHaveText(/Not answered|未作答/);
			await expect(page.locator('#ah-shipping-sla .pb-print-answer [data-field="note"]')).toBeHidden();
			expect(await visibleFields(page).count(), 'form fields on paper').toBe(0);
			await expect(page.locator('.pb-panel')).toBeHidden();
			// No heading left alone at the foot of a page.
			expect(await page.locator('h2#metrics').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('avoid');
			expect(await pdfPages(page)).toBeGreaterThan(1);
			await page.emulateMedia({ media: 'screen' });
		}
	});

	test('the overview prints values as text, whole tables, and no empty tool sections', async ({ page }) => {
		await seedAnswers(page);
		await page.goto('/en/assessment/');
		const row = page.locator('#pb-actions tbody tr').first();
		await row.locator('input[data-field="owner"]').fill('Ana Ruiz');
		await row.locator('input[data-field="due"]').fill('2027-01-15');
		await row.locator('input[data-field="due"]').blur();
		await page.locator('[data-who-name]').fill('Li Wei');
		await page.locator('[data-who-name]').blur();
		await page.emulateMedia({ media: 'print' });
		await expect(row).toContainText('Ana Ruiz');
		await expect(row).toContainText('2027-01-15');
		await expect(page.locator('.pb-who')).toContainText('Li Wei');
		expect(await visibleFields(page).count(), 'form fields on paper').toBe(0);
		// The due column is not cut at the margin: the table fits its box.
		const wrap = page.locator('[data-actions] .pb-table-wrap');
		expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
		const due = (await row.locator('td').last().boundingBox())!;
		expect(due.x + due.width).toBeLessThanOrEqual(PAPER.width);
		// The matrix stays whole, the export, import and share tools are left out.
		expect(await page.locator('[data-matrix]').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
		await expect(page.locator('#export')).toBeHidden();
		await expect(page.locator('#share')).toBeHidden();
		await expect(page.locator('[data-last-export]')).toBeHidden();
		expect(await pdfPages(page)).toBeGreaterThan(0);
	});
});
