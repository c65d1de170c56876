/**
 * The "what applies to me" planner end to end on the built site: a seller fills the profile, sees the
 * obligations (and what does not apply, with the reason), follows one to its checklist item, answers it,
 * comes back and sees the obligation's status change; the calendar downloads a valid .ics; the checklist
 * pages offer N/A suggestions that only apply on a click; axe and keyboard use on both new pages.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The planner page carries every regulation as a card: on a busy 2-core machine axe and the flows take a while.
test.describe.configure({ timeout: 120_000 });

const KEY = 'cbp-assessment';
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The speaker seller of the issue: Bluetooth speakers on Amazon.de from a German warehouse. */
async function fillSpeakerProfile(page: Page) {
	await islandReady(page);
	const form = page.locator('[data-profile-form]');
	await form.getByRole('group', { name: 'EU member states' }).getByRole('checkbox', { name: 'Germany', exact: true }).check();
	await form.locator('input[name="channels"][value="amazon"]').check();
	for (const category of ['electronics', 'radio-equipment', 'batteries']) await form.locator(`input[name="categories"][value="${category}"]`).check();
	await form.locator('input[name="fulfilment"][value="overseas-warehouse"]').check();
	await form.locator('input[name="stockIn"][value="de"]').check();
}

/** The planner island has loaded the saved profile and drawn the results. */
async function islandReady(page: Page) {
	await expect(page.locator('[data-profile-summary]')).not.toBeEmpty();
}

/** Parses an iCalendar text into its VEVENTs (unfolding continuation lines), failing on a malformed structure. */
function parseIcs(text: string): Record<string, string>[] {
	expect(text.endsWith('\r\n')).toBe(true);
	const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);
	expect(lines[0]).toBe('BEGIN:VCALENDAR');
	expect(lines.at(-1)).toBe('END:VCALENDAR');
	expect(lines).toContain('VERSION:2.0');
	const events: Record<string, string>[] = [];
	let current: Record<string, string> | undefined;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') {
			expect(current).toBeUndefined();
			current = {};
		} else if (line === 'END:VEVENT') {
			events.push(current!);
			current = undefined;
		} else if (current) {
			const colon = line.indexOf(':');
			expect(colon).toBeGreaterThan(0);
			current[line.slice(0, colon)] = line.slice(colon + 1);
		}
	}
	expect(current).toBeUndefined();
	return events;
}

test.describe('what applies to me', () => {
	test('profile → obligations → checklist item → answer → status changes; the profile is saved with the answers', async ({ page }) => {
		await page.goto('/en/planner/');
		await expect(page.locator('[data-summary]')).toContainText('Choose at least one market');
		await fillSpeakerProfile(page);
		await expect(page.locator('[data-summary]')).toContainText('regulation(s) apply');
		const saved = await stored(page);
		expect(saved.version).toBe(3);
		expect(saved.seller).toMatchObject({ markets: ['de'], channels: ['amazon'], fulfilment: ['overseas-warehouse'], stockIn: ['de'] });

		// GPSR applies in Germany, with what to do, its source and the items that evidence it.
		const gpsr = page.locator('#reg-eu-gpsr');
		await expect(page.locator('[data-dated] #reg-eu-gpsr, [data-ongoing] #reg-eu-gpsr')).toHaveCount(1);
		await expect(gpsr.locator('[data-where]')).toContainText('Germany');
		await expect(gpsr.locator('[data-source]')).toHaveAttribute('href', /^https:\/\//);
		await expect(page.locator('#market-de')).toBeVisible();
		await expect(page.locator('[data-by-market] a[href="#reg-eu-gpsr"]')).toHaveCount(1);
		// MoCRA (US cosmetics) does not, and the page says which condition excluded it.
		await expect(page.locator('[data-excluded] #reg-us-fda-mocra [data-reason]')).toContainText('United States');

		// Follow an applying obligation whose evidence is not answered yet to its first checklist item.
		const card = page.locator('[data-dated] .pb-obligation, [data-ongoing] .pb-obligation').filter({ has: page.locator('[data-status="unanswered"]') }).first();
		const regId = await card.getAttribute('data-reg');
		const items = card.locator('[data-item]');
		const count = await items.count();
		expect(count).toBeGreaterThan(0);
		const itemId = (await items.first().getAttribute('data-item'))!;
		await expect(items.first().locator('[data-answer]')).toContainText('not answered');
		await items.first().locator('a').click();
		await expect(page).toHaveURL(new RegExp(`/en/checklists/[^/]+/#${itemId}$`));
		await page.locator(`fieldset[data-item="${itemId}"] input[type="radio"][value="3"]`).check();
		await expect(page.locator('[data-live]')).toContainText('Saved');

		await page.goBack();
		await expect(page).toHaveURL(/\/en\/planner\//);
		const back = page.locator(`#reg-${regId}`);
		await expect(back.locator('[data-status]')).toHaveAttribute('data-status', count === 1 ? 'met' : 'in-progress');
		await expect(back.locator(`[data-item="${itemId}"] [data-answer]`)).toContainText('3');
		await expect(back.locator(`[data-item="${itemId}"]`)).toHaveAttribute('data-met', 'met');

		// The Markdown export carries the obligations and the reasons.
		const download = page.waitForEvent('download');
		await page.locator('[data-action="export-md"]').click();
		const md = await readFile((await (await download).path())!, 'utf8');
		expect(md).toContain('# What applies to me');
		expect(md).toMatch(/#reg-eu-gpsr\)/);
		expect(md).toContain('United States');
	});

	test('the Chinese page works the same and the profile form is usable from the keyboard', async ({ page }) => {
		await page.goto('/planner/');
		await islandReady(page);
		const first = page.locator('[data-profile-form] input[name="markets"]').first();
		await first.focus();
		await page.keyboard.press('Space');
		await expect(first).toBeChecked();
		await expect(page.locator('[data-summary]')).toContainText('项规定适用');
		await page.keyboard.press('Tab');
		await expect(page.locator('[data-profile-form] input[name="markets"]').nth(1)).toBeFocused();
		// Reload: the profile comes back from storage.
		await page.reload();
		await expect(page.locator('[data-profile-form] input[name="markets"]').first()).toBeChecked();
	});

	test('a deep link to an obligation lands on it after the cards are sorted', async ({ page }) => {
		await page.goto('/en/planner/');
		await fillSpeakerProfile(page);
		await expect(page.locator('[data-summary]')).toContainText('regulation(s) apply');
		await page.goto('/en/planner/#reg-eu-gpsr');
		await expect(page.locator('#reg-eu-gpsr')).toBeInViewport();
	});
});

test.describe('tailored assessment', () => {
	test('items whose regulations do not apply are suggested N/A with the reason, applied only on a click', async ({ page }) => {
		await page.goto('/en/planner/');
		await islandReady(page);
		// A cosmetics seller shipping direct to US consumers: the EU-only items are suggested N/A.
		const form = page.locator('[data-profile-form]');
		await form.getByRole('group', { name: 'Other markets' }).getByRole('checkbox', { name: 'United States', exact: true }).check();
		await form.locator('input[name="categories"][value="cosmetics"]').check();
		await form.locator('input[name="fulfilment"][value="direct-post"]').check();
		await expect(page.locator('[data-summary]')).toContainText('regulation(s) apply');
		await page.goto('/en/checklists/product-compliance/');
		const suggestion = page.locator('.pb-item [data-suggest]').first();
		await expect(suggestion).toBeVisible();
		await expect(suggestion).toContainText('Suggested N/A:');
		const itemId = (await suggestion.getAttribute('data-suggest'))!;
		// Nothing was answered by itself.
		expect((await stored(page)).answers[itemId]).toBeUndefined();
		await suggestion.getByRole('button', { name: 'Accept suggestion' }).click();
		const fieldset = page.locator(`fieldset[data-item="${itemId}"]`);
		await expect(fieldset.locator('input[value="na"]')).toBeChecked();
		await expect(fieldset.locator('input[name="naReason"]')).toHaveValue(/Does not apply to our seller profile/);
		await expect(page.locator(`[data-suggest="${itemId}"]`)).toHaveCount(0);
		const answer = (await stored(page)).answers[itemId];
		expect(answer).toMatchObject({ value: 'na' });
		const left = await page.locator('.pb-item [data-suggest]').count();
		if (left > 0) {
			await page.locator('[data-action="accept-all-suggestions"]').click();
			await expect(page.locator('.pb-item [data-suggest]')).toHaveCount(0);
		}
	});

	test('no suggestion without a seller profile', async ({ page }) => {
		await page.goto('/en/checklists/product-compliance/');
		await expect(page.locator('[data-panel]')).toBeVisible();
		await expect(page.locator('[data-suggest]')).toHaveCount(0);
	});
});

test.describe('regulatory calendar', () => {
	test('filters by profile and market, and downloads the filter as a valid .ics', async ({ page }) => {
		await page.goto('/en/planner/');
		await fillSpeakerProfile(page);
		await expect(page.locator('[data-summary]')).toContainText('regulation(s) apply');
		await page.goto('/en/planner/calendar/');
		await expect(page.locator('[data-action="ics"]')).toBeVisible();
		const all = await page.locator('tr[data-reg]:visible').count();
		expect(all).toBeGreaterThan(0);
		await page.locator('[data-filter-profile]').check();
		await expect(page).toHaveURL(/\?profile=1/);
		const mine = await page.locator('tr[data-reg]:visible').count();
		expect(mine).toBeGreaterThan(0);
		expect(mine).toBeLessThan(all);
		await expect(page.locator('tr[data-reg="us-fda-mocra"]:visible')).toHaveCount(0);

		const download = page.waitForEvent('download');
		await page.locator('[data-action="ics"]').click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('regulatory-calendar.ics');
		const events = parseIcs(await readFile((await file.path())!, 'utf8'));
		expect(events.length).toBe(mine);
		for (const event of events) {
			expect(event.UID).toMatch(/@/);
			expect(event['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
			expect(event['DTEND;VALUE=DATE']).toMatch(/^\d{8}$/);
			expect(event.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
			expect(event.SUMMARY?.length).toBeGreaterThan(0);
		}

		// A market filter (US only) drops the EU's events; the filter is in the link.
		await page.locator('[data-filter-profile]').uncheck();
		await page.locator('[data-filter-market]').selectOption('us');
		await expect(page).toHaveURL(/market=us/);
		await expect(page.locator('tr[data-reg="eu-gpsr"]:visible')).toHaveCount(0);
		await page.reload();
		await expect(page.locator('[data-filter-market]')).toHaveValue('us');
	});
});

for (const path of ['/planner/', '/en/planner/', '/planner/calendar/', '/en/planner/calendar/']) {
	test(`axe ${path}`, async ({ page }) => {
		test.setTimeout(240_000);
		await page.goto(path.includes('calendar') ? path : '/en/planner/');
		if (!path.includes('calendar')) {
			await fillSpeakerProfile(page);
			await expect(page.locator('[data-summary]')).toContainText('regulation(s) apply');
			await page.goto(path);
			await expect(page.locator('[data-dated] .pb-obligation, [data-ongoing] .pb-obligation').first()).toBeVisible();
		} else await expect(page.locator('[data-action="ics"]')).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
	});
}
