/**
 * Printing makes handouts: a checklist with every answer, note, owner, due date, the date and the
 * score as text, and the overview with its values as text, no form fields and no empty tool sections.
 * Checked with the print media applied (what is on paper is what is visible then), and the PDF is
 * produced from the same page.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
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

/**
 * The PDF's text, as poppler's pdftotext reads it (Debian's poppler-utils; Chinese needs a CJK font,
 * fonts-noto-cjk), in the order Chromium drew it (`-raw`: with `-layout` a table cell that wraps is
 * interleaved line by line with its neighbours), with no whitespace: the page breaks lines anywhere,
 * and pdftotext drops the spaces between Chinese and Latin text ("备注 Checked every" → "备注Checkedevery").
 */
async function pdfText(page: Page, testInfo: TestInfo, name: string) {
	const file = testInfo.outputPath(`${name}.pdf`);
	writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
	return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** Text the page shows, as the PDF text compares with it: without whitespace. */
const flat = (text: string) => text.replace(/\s+/g, '');

/** What an empty form control would put on paper: a date box's mask, or a field's placeholder. */
async function inputTraces(page: Page) {
	const placeholders = await page.locator('main [placeholder]').evaluateAll((fields) => fields.map((f) => f.getAttribute('placeholder')!).filter((p) => p.trim().length > 3));
	return ['mm/dd/yyyy', 'yyyy/mm/dd', '年/月/日', ...new Set(placeholders)];
}

test.describe('print', () => {
	test.use({ viewport: PAPER });
	// Each test answers a checklist first and then prints two pages: slower than one page visit.
	test.setTimeout(180_000);

	test('a checklist prints every answer, note, owner, due date, the date and the score as text, and no field', async ({ page }, testInfo) => {
		await seedAnswers(page);
		for (const [path, printed, lang] of [
			[SEED.checklist, /^Printed .+ · Answered 4\/15/, 'en'],
			[SEED.checklist.replace('/en/', '/'), /^打印于 .+ · 已作答 4\/15/, 'zh'],
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
			// On paper, as text: the date and score line, every seeded answer's label, the note, owner, due date and N/A reason.
			const meta = flat(await page.locator('[data-print-meta]').innerText());
			const answered = await Promise.all(
				Object.keys(SEED.answers).map((id) => page.locator(`#${id} .pb-print-answer [data-field="value"] dd`).innerText().then(flat))
			);
			const text = await pdfText(page, testInfo, `checklist-${lang}`);
			for (const expected of [meta, ...answered, SEED.note, SEED.owner, SEED.due, SEED.naReason].map(flat)) expect(text, `PDF text has "${expected}"`).toContain(expected);
			expect(meta).toMatch(/\d+%/);
			for (const trace of await inputTraces(page)) expect(text, `an empty field ("${trace}") on paper`).not.toContain(flat(trace));
			await page.emulateMedia({ media: 'screen' });
		}
	});

	test('the overview prints values as text, whole tables, and no empty tool sections', async ({ page }, testInfo) => {
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
		await expect(page.locator('.pb-who .pb-print-value').first()).toBeVisible();
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
		// On paper, as text, in both languages: the action's owner and due date, who answered, the scores and the answers.
		for (const [path, lang] of [['/en/assessment/', 'en'], ['/assessment/', 'zh']] as const) {
			if (lang === 'zh') {
				await page.emulateMedia({ media: 'screen' });
				await page.goto(path);
				await page.emulateMedia({ media: 'print' });
			}
			await expect(row).toContainText('Ana Ruiz');
			const overall = flat(await page.locator('#pb-scores tbody tr').first().innerText());
			const action = await row.locator('td').allInnerTexts();
			const text = await pdfText(page, testInfo, `overview-${lang}`);
			expect(overall).toMatch(/\d+%/);
			for (const expected of [overall, ...action, 'Ana Ruiz', '2027-01-15', 'Li Wei'].map(flat).filter(Boolean))
				expect(text, `PDF text has "${expected}"`).toContain(expected);
			for (const trace of await inputTraces(page)) expect(text, `an empty field ("${trace}") on paper`).not.toContain(flat(trace));
		}
	});
});
