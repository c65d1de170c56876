/**
 * A shared assessment opened from a link shows everything the link carries (answers, N/A reasons,
 * notes, owners, due dates, who answered) read-only beside the recipient's own answers, in both
 * languages, on a phone and on a laptop, by keyboard; a link made without notes says what it lacks.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, makeShareLink, test } from './fixtures';
import { SEED, seedAnswers } from './seed-answers';

const KEY = 'cbp-assessment';
const LANGS = [
	{ prefix: '/en', readOnly: 'read-only', level2: '2 Defined', level3: '3 Measured', noNotes: 'carries no notes', differs: 'differs', sharedBy: 'Answered by Li Wei' },
	{ prefix: '', readOnly: '只读', level2: '2 成形', level3: '3 量化', noNotes: '不带备注', differs: '不同', sharedBy: '作答人：Li Wei' },
] as const;

/** A link from the sender's overview, with or without notes (a fresh page each time: the field shows the newest link). */
async function link(page: Page, prefix: string, notes: boolean) {
	await page.goto(`${prefix}/assessment/`);
	await page.locator('[data-share-notes]').setChecked(notes);
	return makeShareLink(page);
}

/** Someone else: a fresh browser profile with answers of their own. */
async function recipient(browser: Browser, origin: string) {
	const context = await browser.newContext({ baseURL: origin });
	const page = await context.newPage();
	await page.goto(SEED.checklist);
	await expect(page.locator('[data-panel]')).toBeVisible({ timeout: 30_000 });
	await page.locator('fieldset[data-item="ah-daily-health-check"] input[type="radio"][value="3"]').check();
	await page.locator('fieldset[data-item="ah-policy-watch"] input[type="radio"][value="1"]').check();
	const mine = page.locator('fieldset[data-item="ah-daily-health-check"]');
	await mine.locator('summary').click();
	await mine.locator('input[name="owner"]').fill('Wang Fang');
	await mine.locator('input[name="owner"]').blur();
	await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).toContain('Wang Fang');
	return { context, page };
}

test.describe('a shared view', () => {
	test.setTimeout(180_000);

	for (const lang of LANGS) {
		test(`shows what the link carries beside my answers, read-only ${lang.prefix || '/'}`, async ({ page, browser }) => {
			await seedAnswers(page);
			await page.goto(`${lang.prefix}/assessment/`);
			await page.locator('[data-who-name]').fill('Li Wei');
			await page.locator('[data-who-name]').blur();
			// Saved (and said) before the page is left for the links.
			await expect(page.locator('[data-live]')).toContainText('Li Wei');
			const withNotes = await link(page, lang.prefix, true);
			const withoutNotes = await link(page, lang.prefix, false);
			const { context, page: theirs } = await recipient(browser, new URL(withNotes).origin);
			const before = await theirs.evaluate((key) => localStorage.getItem(key), KEY);

			await theirs.goto(withNotes);
			const view = theirs.locator('[data-shared]');
			await expect(view).toContainText(lang.readOnly);
			await expect(view.locator('[data-shared-by]')).toHaveText(lang.sharedBy);
			await expect(view.locator('[data-no-notes]')).toHaveCount(0);
			const rows = view.locator('#pb-compare tr[data-item]');
			// Every item the link carries, and only those.
			await expect(rows).toHaveCount(Object.keys(SEED.answers).length);
			const daily = rows.filter({ has: theirs.locator('a[href$="#ah-daily-health-check"]') });
			const [shared, mine] = [daily.locator('td').nth(0), daily.locator('td').nth(1)];
			await expect(shared.locator('[data-field="value"] dd')).toContainText(lang.level2);
			for (const text of [SEED.note, SEED.owner, SEED.due]) await expect(shared).toContainText(text);
			await expect(mine.locator('[data-field="value"] dd')).toContainText(lang.level3);
			await expect(mine.locator('[data-field="owner"] dd')).toContainText('Wang Fang');
			await expect(daily.locator('th')).toContainText(lang.differs);
			await expect(shared.locator('[data-field="value"][data-differs]')).toHaveCount(1);
			const na = rows.filter({ has: theirs.locator('a[href$="#ah-internal-alert-lines"]') });
			await expect(na.locator('td').first().locator('[data-field="naReason"] dd')).toContainText(SEED.naReason);
			// The same answer on both sides is not a difference; the filter, by keyboard, leaves it out.
			const same = rows.filter({ has: theirs.locator('a[href$="#ah-policy-watch"]') });
			await expect(same).not.toHaveAttribute('data-differs');
			const filter = view.locator('[data-action="compare"]');
			await filter.focus();
			await theirs.keyboard.press('Enter');
			await expect(filter).toHaveAttribute('aria-pressed', 'true');
			await expect(rows).toHaveCount(Object.keys(SEED.answers).length - 1);
			await expect(same).toHaveCount(0);
			await theirs.keyboard.press('Space');
			await expect(filter).toHaveAttribute('aria-pressed', 'false');
			await expect(rows).toHaveCount(Object.keys(SEED.answers).length);
			// Read-only: nothing of theirs was written to my answers.
			expect(await theirs.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);

			// Without notes: it says so, and still carries the answers and the due date.
			await theirs.goto('about:blank');
			await theirs.goto(withoutNotes);
			await expect(view.locator('[data-no-notes]')).toContainText(lang.noNotes);
			const bare = view.locator('#pb-compare tr[data-item]').filter({ has: theirs.locator('a[href$="#ah-daily-health-check"]') }).locator('td').first();
			await expect(bare).toContainText(SEED.due);
			await expect(bare).toContainText(lang.level2);
			for (const text of [SEED.note, SEED.owner]) await expect(bare).not.toContainText(text);
			await context.close();
		});
	}

	for (const [width, height] of [[390, 844], [1366, 900]] as const) {
		test(`fits a ${width} px screen without sideways scrolling`, async ({ page, browser }) => {
			await seedAnswers(page);
			const shared = await link(page, '/en', true);
			const { context, page: theirs } = await recipient(browser, new URL(shared).origin);
			await theirs.setViewportSize({ width, height });
			await theirs.goto(shared);
			const table = theirs.locator('#pb-compare');
			await expect(table.locator('tr[data-item]').first()).toBeVisible();
			expect(await theirs.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'page overflow').toBeLessThanOrEqual(0);
			const wrap = theirs.locator('[data-compare] .pb-table-wrap');
			expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth), 'table overflow').toBeLessThanOrEqual(0);
			// On a phone each side is named, since the column headers are not shown.
			const sides = table.locator('tr[data-item] .pb-compare-side').first();
			if (width < 600) await expect(sides).toBeVisible();
			else await expect(sides).toBeHidden();
			await context.close();
		});
	}
});
