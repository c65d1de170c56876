/**
 * A checklist page marks its own items whose statement changed since they were answered (it carries
 * their statement hashes), lists them in one line, and lets the user confirm each: answering again or
 * "reviewed" records the new wording. Items of other checklists are left to the overview.
 */
import { expect, test } from './fixtures';

const KEY = 'cbp-assessment';

for (const [path, mark, notice, confirm] of [
	['/checklists/account-health/', '措辞有变，请复核', '本页有 2 项在你作答后改了措辞', '已复核，答案不变'],
	['/en/checklists/account-health/', 'Reworded: please review', '2 item(s) on this page were reworded since you answered', 'Reviewed, answer stands'],
] as const) {
	test(`a checklist page marks and lists its reworded items ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.evaluate((key) => {
			const answers = {
				'ah-daily-health-check': { value: 2, textHash: 'stale-hash', updatedAt: 1 },
				'ah-policy-watch': { value: 1, textHash: 'stale-too', updatedAt: 1 },
				// No hash recorded (answered before hashes were kept): nothing to compare, not marked.
				'ah-poa-template': { value: 0, updatedAt: 1 },
				// Another checklist's item: this page cannot know it and says nothing about it.
				'pc-eu-responsible-person': { value: 1, textHash: 'stale-elsewhere', updatedAt: 1 },
			};
			localStorage.setItem(key, JSON.stringify({ format: 'cbp-assessment', version: 3, playbookVersion: 'an-older-edition', answers }));
		}, KEY);
		await page.reload();
		await expect(page.locator('[data-panel]')).toBeVisible();
		const box = page.locator('[data-notice="version"]');
		await expect(box).toContainText(notice);
		await expect(box.locator('a')).toHaveText(['#ah-daily-health-check', '#ah-policy-watch']);
		const marks = page.locator('.pb-changed-mark');
		await expect(marks).toHaveCount(2);
		const daily = page.locator('fieldset[data-item="ah-daily-health-check"] legend .pb-changed-mark');
		await expect(daily).toBeVisible();
		await expect(daily).toContainText(mark);
		await expect(page.locator('fieldset[data-item="ah-poa-template"] .pb-changed-mark')).toHaveCount(0);
		// The link in the notice leads to the item.
		await box.locator('a').first().click();
		await expect(page).toHaveURL(/#ah-daily-health-check$/);

		// Confirming keeps the answer and records the current wording.
		await daily.getByRole('button', { name: `${confirm} #ah-daily-health-check` }).click();
		await expect(daily).toHaveCount(0);
		await expect(box.locator('a')).toHaveText(['#ah-policy-watch']);
		const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).answers, KEY);
		expect(saved['ah-daily-health-check'].value).toBe(2);
		expect(saved['ah-daily-health-check'].textHash).toMatch(/^[0-9a-f]{8}$/);
		// Answering again does too; with nothing left, the notice goes.
		await page.locator('fieldset[data-item="ah-policy-watch"] input[type="radio"][value="2"]').check();
		await expect(marks).toHaveCount(0);
		await expect(box).toHaveCount(0);
		// The page never marks the edition reviewed: the overview still reports the other checklist's item.
		expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).playbookVersion, KEY)).toBe('an-older-edition');
		await page.reload();
		await expect(page.locator('[data-panel]')).toBeVisible();
		await expect(page.locator('.pb-changed-mark')).toHaveCount(0);
	});
}
