/**
 * Answers a few items of one checklist through its own controls, as a user would: the overview and
 * print tests then have answers, a note, an owner, a due date and an N/A reason to show.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const SEED = {
	checklist: '/en/checklists/account-health/',
	note: 'Checked every Monday by Lina',
	owner: 'Lina Zhou',
	due: '2026-12-31',
	naReason: 'Only sold through our own shop',
	/** item → level answered; the first carries the note, owner and due date, `na` the reason. */
	answers: { 'ah-daily-health-check': '2', 'ah-internal-alert-lines': 'na', 'ah-policy-watch': '1', 'ah-poa-template': '0' } as Record<string, string>,
};

export async function seedAnswers(page: Page) {
	await page.goto(SEED.checklist);
	await expect(page.locator('[data-panel]')).toBeVisible({ timeout: 30_000 });
	for (const [id, value] of Object.entries(SEED.answers)) {
		await page.locator(`fieldset[data-item="${id}"] input[type="radio"][value="${value}"]`).check();
	}
	const [first] = Object.keys(SEED.answers);
	const item = page.locator(`fieldset[data-item="${first}"]`);
	await item.locator('summary').click();
	await item.locator('textarea[name="note"]').fill(SEED.note);
	await item.locator('input[name="owner"]').fill(SEED.owner);
	await item.locator('input[name="due"]').fill(SEED.due);
	await item.locator('input[name="due"]').blur();
	await page.locator('fieldset[data-item="ah-internal-alert-lines"] input[name="naReason"]').fill(SEED.naReason);
	await page.locator('fieldset[data-item="ah-internal-alert-lines"] input[name="naReason"]').blur();
	// Saved: every answer and the typed fields are in the store the overview reads.
	await expect
		.poll(() => page.evaluate(() => JSON.stringify(JSON.parse(localStorage.getItem('cbp-assessment') ?? '{}').answers ?? {})))
		.toContain(SEED.naReason);
}
