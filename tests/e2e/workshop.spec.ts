/**
 * A whole team workshop on the built site, with no server: three colleagues answer in their own browsers
 * and set their names; two send share links and one a file; the facilitator compares them, sees the
 * N/A-vs-3 item ranked as a disagreement, reads a note, records the agreed answer in facilitator mode and
 * exports the minutes (CSV and Markdown, contents checked). Then axe and keyboard-only checks.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, makeShareLink, test } from './fixtures';

const CHECKLIST = '/en/checklists/account-health/';
const ITEM = 'ah-policy-watch';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const answer = (page: Page, id: string, value: string) => page.locator(`fieldset[data-item="${id}"] input[type="radio"][value="${value}"]`).check();

async function colleague(browser: Browser, name: string, role: string, fill: (page: Page) => Promise<void>) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(CHECKLIST);
	await expect(page.locator('[data-panel]')).toBeVisible();
	await fill(page);
	await page.goto('/en/assessment/');
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Role (e.g. buyer, compliance)').fill(role);
	await page.getByLabel('Role (e.g. buyer, compliance)').blur();
	await expect(page.locator('[data-live]')).toContainText(`Saved: ${name}`);
	return { context, page };
}

async function axe(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('a whole workshop: three people answer, the facilitator compares, agrees and exports the minutes', async ({ browser, page }) => {
	test.setTimeout(180_000);
	// Anna says the policy watch does not apply; Bo rates it 3 with a note; Chen does not know.
	const anna = await colleague(browser, 'Anna', 'buyer', async (p) => {
		await answer(p, ITEM, 'na');
		await p.locator(`fieldset[data-item="${ITEM}"] input[name="naReason"]`).fill('We only sell on our own site');
		await answer(p, 'ah-daily-health-check', '2');
	});
	const bo = await colleague(browser, 'Bo', 'compliance', async (p) => {
		await answer(p, ITEM, '3');
		const item = p.locator(`fieldset[data-item="${ITEM}"]`);
		await item.locator('summary').click();
		await item.locator('textarea[name="note"]').fill('Checked every Monday against the platform news');
		await item.locator('textarea[name="note"]').blur();
		await answer(p, 'ah-daily-health-check', '2');
	});
	const chen = await colleague(browser, 'Chen', 'operations', async (p) => {
		await answer(p, ITEM, 'unknown');
	});

	const linkFrom = async (p: Page) => {
		await p.locator('[data-share-notes]').check();
		const link = await makeShareLink(p);
		expect(link).toMatch(/#share=v3\./);
		return link;
	};
	const links = [await linkFrom(anna.page), await linkFrom(bo.page)];
	const [fileDownload] = await Promise.all([chen.page.waitForEvent('download'), chen.page.locator('[data-action="export-json"]').first().click()]);
	expect(fileDownload.suggestedFilename()).toMatch(/^playbook-assessment-chen-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await fileDownload.path();

	// The facilitator's browser.
	await page.goto('/en/assessment/team/');
	await page.getByLabel('Answer files (choose several)').setInputFiles(file);
	await page.getByLabel('Share links (one per line)').fill(links.join('\n'));
	await page.getByRole('button', { name: 'Compare' }).click();
	const head = page.locator('#pb-team thead th');
	await expect(head).toHaveText(['Item', 'Disagreement', 'Unanswered', 'Chen (operations)', 'Anna (buyer)', 'Bo (compliance)']);
	const first = page.locator('#pb-team tbody tr').first();
	await expect(first).toHaveAttribute('data-item', ITEM);
	await expect(first).toHaveAttribute('data-disagreement', '3');
	// Columns: disagreement, unanswered, then Chen, Anna, Bo.
	await expect(first.locator('td').nth(2)).toHaveText("Don't know");
	await expect(first.locator('td').nth(3)).toContainText('Not applicable');
	await expect(first.locator('td').nth(3)).toContainText('We only sell on our own site');
	await expect(first.locator('td').nth(4)).toContainText('Checked every Monday against the platform news');
	await expect(first.locator('th a').first()).toHaveAttribute('href', new RegExp(`/en/checklists/account-health/#${ITEM}$`));
	await expect(first.locator('.pb-team-risks a').first()).toHaveAttribute('href', /\/en\/risks\//);
	expect(await axe(page), 'axe on the team page with data').toEqual([]);

	// Filters: weight-3 only and "unanswered by someone" narrow the rows.
	await page.getByLabel('Only items someone has not answered').check();
	await expect(page.locator(`#pb-team tbody tr[data-item="${ITEM}"]`)).toHaveCount(0);
	await expect(page.locator('#pb-team tbody tr[data-item="ah-daily-health-check"]')).toHaveCount(1);
	await page.getByLabel('Only items someone has not answered').uncheck();
	await expect(page.locator('#pb-team tbody tr').first()).toHaveAttribute('data-item', ITEM);

	// Facilitator mode, from the team page, opens at the biggest disagreement.
	await page.getByRole('link', { name: 'Open facilitator mode' }).click();
	await expect(page).toHaveURL(new RegExp(`/en/assessment/facilitator/\\?checklist=account-health#${ITEM}$`));
	await expect(page.locator('[data-team]')).toContainText('Bo (compliance): 3 Measured');
	await expect(page.locator('[data-team]')).toContainText('Checked every Monday against the platform news');
	await expect(page.locator('[data-disagreement]')).toHaveText('Disagreement: 3');
	await expect(page.locator('[data-qr] svg')).toBeVisible();
	expect(await axe(page), 'axe on facilitator mode').toEqual([]);
	await page.getByLabel('2 Defined').check();
	await page.getByLabel('Agreed by (names, separated by commas)').fill('Anna, Bo, Chen');
	await page.getByRole('button', { name: 'Record the agreed answer' }).click();
	await expect(page.locator('[data-recorded]')).toHaveText('Recorded: 2 Defined (Anna, Bo, Chen)');
	// Saved as this browser's (the team's) own assessment, with who agreed in the note.
	const own = await page.evaluate(() => JSON.parse(localStorage.getItem('cbp-assessment') ?? 'null'));
	expect(own.answers[ITEM]).toMatchObject({ value: 2, note: expect.stringContaining('Anna, Bo, Chen') });

	// Back on the team page (restored from this browser), the minutes include the agreement.
	await page.goto('/en/assessment/team/');
	await expect(page.locator('#pb-team tbody tr').first()).toHaveAttribute('data-item', ITEM);
	const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export minutes (Markdown)' }).click()]);
	const minutes = await readFile(await md.path(), 'utf8');
	expect(minutes).toContain('# Team workshop minutes');
	expect(minutes).toContain('- Chen (operations)\n- Anna (buyer)\n- Bo (compliance)');
	expect(minutes).toMatch(/\| 3 \| Don't know \| Not applicable \| 3 Measured \|/);
	expect(minutes).toContain('- Anna (buyer): We only sell on our own site');
	expect(minutes).toContain('- Bo (compliance): Checked every Monday against the platform news');
	expect(minutes).toMatch(/## Agreed answer\n\n\| Item \| Agreed answer \| Agreed by \|\n\| --- \| --- \| --- \|\n\| .+ \| 2 Defined \| Anna, Bo, Chen \|/);
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
	const lines = (await readFile(await csv.path(), 'utf8')).replace('\uFEFF', '').split('\r\n');
	expect(lines[0]).toBe('ID,Checklist,Item,Weight,Disagreement,Unanswered,Chen (operations),Chen (operations): Note,Anna (buyer),Anna (buyer): Note,Bo (compliance),Bo (compliance): Note,Agreed answer');
	expect(lines[1]).toMatch(new RegExp(`^${ITEM},.+,3,0,Don't know,,Not applicable,We only sell on our own site,3 Measured,Checked every Monday against the platform news,2 Defined$`));

	for (const c of [anna, bo, chen]) await c.context.close();
});

test('facilitator mode and the team page work with the keyboard alone', async ({ page }) => {
	// The training modules link with ?item= (a link the checker can verify); the page then shows that item.
	await page.goto('/en/assessment/facilitator/?checklist=account-health&item=ah-internal-alert-lines');
	await expect(page).toHaveURL(/#ah-internal-alert-lines$/);
	await expect(page.locator('[data-open]')).toHaveAttribute('href', /\/en\/checklists\/account-health\/#ah-internal-alert-lines$/);
	await page.goto(`/en/assessment/facilitator/?checklist=account-health#${ITEM}`);
	const position = page.locator('[data-position]');
	await expect(position).toContainText('Item');
	const start = await position.textContent();
	await page.locator('body').press('ArrowRight');
	await expect(position).not.toHaveText(start!);
	await page.keyboard.press('ArrowLeft');
	await expect(position).toHaveText(start!);
	await expect(page).toHaveURL(new RegExp(`#${ITEM}$`));
	// From the island's first control, Tab reaches the agreed-answer controls; Space and Enter record.
	await page.getByLabel('Checklist', { exact: true }).focus();
	const record = page.getByRole('button', { name: 'Record the agreed answer' });
	for (let i = 0; i < 20 && !(await record.evaluate((el) => el === document.activeElement)); i++) {
		// A radio group is one tab stop: Space checks the focused answer.
		if ((await page.locator('input[name="pb-fac-value"]:focus').count()) > 0) await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
	}
	await expect(record).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-recorded]')).toContainText('Recorded:');

	await page.goto('/en/assessment/team/');
	const compare = page.getByRole('button', { name: 'Compare' });
	await page.getByLabel('Answer files (choose several)').focus();
	for (let i = 0; i < 10 && !(await compare.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(compare).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-result]')).toContainText('Add at least two assessments that can be read.');
	expect(await axe(page), 'axe on the empty team page').toEqual([]);
});

for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
	test(`facilitator mode is a projector layout at ${viewport.width}×${viewport.height}: no sidebar, large type, full screen, a way back`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize(viewport);
		// Two colleagues' answers, as the team page keeps them for facilitator mode.
		const member = (name: string, value: number, note: string) => ({
			name,
			state: { format: 'cbp-assessment', version: 2, playbookVersion: 'test', respondent: { name }, answers: { [ITEM]: { value, note, updatedAt: 1 } } },
		});
		await page.addInitScript((team) => localStorage.setItem('cbp-assessment:team', team), JSON.stringify([member('Anna', 1, 'Only the EU store'), member('Li Wei', 3, 'Weekly digest by email')]));
		await page.goto(`/en/assessment/facilitator/?checklist=account-health#${ITEM}`);
		const title = page.locator('[data-item-title]');
		await expect(title).not.toBeEmpty();
		// No sidebar and no table of contents: the item has the width of the screen.
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.locator('starlight-toc')).toHaveCount(0);
		const box = (await page.locator('[data-stage]').boundingBox())!;
		expect(box.width).toBeGreaterThan(viewport.width * 0.7);
		// Readable from the back of the room: the item at 32 px or more, the rest at 24 px or more, and the item,
		// the team's answers and the QR code on the first screen.
		const px = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(await px('[data-item-title]')).toBeGreaterThanOrEqual(32);
		expect(await px('[data-position]')).toBeGreaterThanOrEqual(24);
		expect(await px('[data-team] li')).toBeGreaterThanOrEqual(24);
		expect(await px('[data-team] .pb-team-comment')).toBeGreaterThanOrEqual(18);
		expect(await px('[data-action="next"]')).toBeGreaterThanOrEqual(16);
		// The QR code (its encoder loads on demand) follows the item.
		await expect(page.locator('[data-qr] svg')).toHaveAttribute('aria-label', new RegExp(`#${ITEM}$`));
		// A visible way back to the team comparison and to the checklist of the item shown.
		await expect(page.getByRole('link', { name: '← Back to the team comparison' })).toHaveAttribute('href', '/en/assessment/team/');
		await expect(page.getByRole('link', { name: '← Back to this checklist' })).toHaveAttribute('href', '/en/checklists/account-health/');
		expect(await axe(page), 'axe on the projector layout').toEqual([]);

		// Full screen: only the facilitator's view; the keyboard still moves between items; Exit returns.
		await page.getByRole('button', { name: 'Full screen' }).click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement?.localName)).toBe('pb-facilitator');
		// The item, everyone's answers and the QR code on one screen.
		for (const target of [page.locator('[data-item-title]'), page.locator('[data-team] li').last(), page.locator('[data-qr] svg')]) {
			const { y, height } = (await target.boundingBox())!;
			expect(y + height, 'on the first screen').toBeLessThanOrEqual(viewport.height);
		}
		const start = await page.locator('[data-position]').textContent();
		await page.keyboard.press('PageDown');
		await expect(page.locator('[data-position]')).not.toHaveText(start!);
		await expect(page.locator('[data-qr] svg')).not.toHaveAttribute('aria-label', new RegExp(`#${ITEM}$`));
		await page.keyboard.press('PageUp');
		await expect(page.locator('[data-position]')).toHaveText(start!);
		await page.getByRole('button', { name: 'Exit full screen' }).click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
	});
}

test('the snapshot history travels in the exported file, comes back on import, and draws a trend', async ({ browser, page }) => {
	test.setTimeout(180_000);
	await page.goto(CHECKLIST);
	await answer(page, 'ah-daily-health-check', '1');
	await page.goto('/en/assessment/#snapshots');
	await page.getByLabel('Snapshot label (optional)').fill('Q3');
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	await expect(page.locator('[data-trend-empty]')).toBeVisible();
	await page.goto(CHECKLIST);
	await answer(page, 'ah-daily-health-check', '3');
	await answer(page, 'ah-policy-watch', '2');
	await page.goto('/en/assessment/#snapshots');
	await page.getByLabel('Snapshot label (optional)').fill('Q4');
	await page.getByRole('button', { name: 'Save a snapshot' }).click();
	// The trend: one point per snapshot, a labelled chart and the same figures in a table.
	const figure = page.locator('figure[data-trend]');
	await expect(figure).toHaveAttribute('data-trend', '2');
	await expect(figure.getByRole('img')).toHaveAttribute('aria-label', /Score trend.*Overall: \d+% → \d+%/);
	await expect(figure.locator('.pb-trend-legend li')).toHaveCount(6);
	await page.getByText('Score trend (table)', { exact: true }).first().click();
	const rows = page.locator('[data-trend-table] tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.first().getByRole('rowheader')).toContainText('Q3');
	const overall = async (row: number) => Number((await rows.nth(row).locator('td').first().textContent())!.replace('%', ''));
	expect(await overall(1)).toBeGreaterThan(await overall(0));

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all answers (JSON)' }).click()]);
	const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
	expect(file.snapshots.map((s: { label: string }) => s.label)).toEqual(['Q4', 'Q3']);
	expect(file.version).toBeGreaterThanOrEqual(2);

	// Another browser (history lost) imports the file: answers and snapshots come back; a second import adds nothing.
	const context = await browser.newContext();
	const other = await context.newPage();
	await other.goto('/en/assessment/#export');
	const upload = { name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
	await other.locator('[data-import]').setInputFiles(upload);
	await other.locator('[data-action="merge"]').click();
	await expect(other.locator('[data-snapshots-restored]')).toContainText('Snapshots in the file: 2 restored, 0 already here');
	await expect(other.locator('[data-snapshot-list] li')).toHaveCount(2);
	await expect(other.locator('figure[data-trend]')).toHaveAttribute('data-trend', '2');
	// A broken entry is named, the rest imports, nothing kept is lost.
	const broken = { ...file, snapshots: [...file.snapshots, { takenAt: 'yesterday' }] };
	await other.locator('[data-import]').setInputFiles({ ...upload, buffer: Buffer.from(JSON.stringify(broken)) });
	await other.locator('[data-action="merge"]').click();
	await expect(other.locator('[data-snapshots-restored]').last()).toContainText('0 restored, 2 already here');
	await expect(other.locator('[data-snapshots-restored]').last()).toContainText('1 snapshot(s) could not be read and were left out (entries 3 of the file)');
	await expect(other.locator('[data-snapshot-list] li')).toHaveCount(2);
	await context.close();
});

test('the team, facilitator and planner controls wait disabled until their island has started, then work', async ({ page }) => {
	const pages = [
		['/en/assessment/team/', ['#pb-team-files', '#pb-team-links', '[data-action="compare"]']],
		['/en/assessment/facilitator/', ['[data-action="prev"]', '[data-action="next"]', '[data-action="record"]', '[data-action="timer"]']],
		['/en/planner/', ['[data-action="clear-profile"]']],
	] as const;
	for (const [path, selectors] of pages) {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		// Every page here starts from the model file: held back, the island cannot start.
		await page.route(/\/assessment\/model-[0-9a-f]{12}\.json$/, async (route) => {
			await held;
			await route.continue().catch(() => undefined);
		});
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		for (const selector of selectors) await expect(page.locator(selector), `${path} ${selector}`).toBeDisabled();
		// Shown only once the island knows the browser can do it.
		if (path.includes('facilitator')) await expect(page.locator('[data-action="fullscreen"]')).toBeHidden();
		release();
		for (const selector of selectors) await expect(page.locator(selector), `${path} ${selector}`).toBeEnabled();
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	}
	// Started, the facilitator's buttons do what they say.
	await page.goto('/en/assessment/facilitator/');
	const position = page.locator('[data-position]');
	await expect(position).toContainText('Item 1 of');
	await page.locator('[data-action="next"]').click();
	await expect(position).toContainText('Item 2 of');
});
