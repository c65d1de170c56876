import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, makeShareLink, test } from './fixtures';
import { ASSESSMENT_CHUNKS } from '../../src/integrations/island-chunks';
import { shareBucket } from '../../src/lib/assessment/outline';

const CHECKLIST = '/checklists/account-health/';
const KEY = 'cbp-assessment';
/** The chunk with the code that reads stored answers (src/integrations/island-chunks.ts). */
const READER_CHUNK = 'assessment-reader';

const item = (page: Page, id: string) => page.locator(`fieldset[data-item="${id}"]`);
const answer = (page: Page, id: string, value: string) => item(page, id).locator(`input[type="radio"][value="${value}"]`).check();
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

test.describe('answering a checklist', () => {
	test('answers, notes, owner and due date survive a reload, with progress and an announcement', async ({ page }) => {
		await page.goto(CHECKLIST);
		await expect(page.locator('[data-panel]')).toBeVisible();
		await expect(page.locator('.pb-privacy')).toContainText('只保存在这个浏览器里');
		await answer(page, 'ah-daily-health-check', '2');
		await answer(page, 'ah-internal-alert-lines', 'na');
		const reason = item(page, 'ah-internal-alert-lines').locator('input[name="naReason"]');
		await expect(reason).toBeVisible();
		await expect(reason).toHaveAttribute('aria-invalid', 'true');
		await reason.fill('只在独立站销售');
		await expect(reason).toHaveAttribute('aria-invalid', 'false');
		const first = item(page, 'ah-daily-health-check');
		await first.locator('summary').click();
		await first.locator('textarea[name="note"]').fill('<script>alert(1)</script> 周一复核');
		await first.locator('input[name="owner"]').fill('Lina');
		await first.locator('input[name="due"]').fill('2026-12-31');
		await first.locator('input[name="due"]').blur();
		await expect(page.locator('[data-live]')).toContainText('已保存');
		await expect(page.locator('[data-progress-text]')).toContainText('已作答 2/15');
		const section = page.locator('section', { has: page.locator('fieldset[data-item="ah-daily-health-check"]') }).locator('[data-section-progress]');
		await expect(section).toContainText('2/5 已作答');
		await expect(section.locator('progress')).toHaveJSProperty('value', 0.4);

		await page.reload();
		await expect(item(page, 'ah-daily-health-check').locator('input[value="2"]')).toBeChecked();
		await expect(item(page, 'ah-internal-alert-lines').locator('input[value="na"]')).toBeChecked();
		await expect(reason).toHaveValue('只在独立站销售');
		await expect(first.locator('textarea[name="note"]')).toHaveValue('<script>alert(1)</script> 周一复核');
		await expect(first.locator('input[name="owner"]')).toHaveValue('Lina');
		await expect(first.locator('input[name="due"]')).toHaveValue('2026-12-31');
		await expect(page.locator('[data-progress-text]')).toContainText('已作答 2/15');
		// Notes are kept as text: no script element was created from them.
		expect(await page.locator('article script').count()).toBe(0);
	});

	test('two open tabs keep both tabs\' edits', async ({ context }) => {
		const one = await context.newPage();
		const two = await context.newPage();
		await one.goto(CHECKLIST);
		await two.goto(CHECKLIST);
		await answer(one, 'ah-daily-health-check', '3');
		await answer(two, 'ah-policy-watch', '1');
		await expect(one.locator(`fieldset[data-item="ah-policy-watch"] input[value="1"]`)).toBeChecked();
		await expect(two.locator(`fieldset[data-item="ah-daily-health-check"] input[value="3"]`)).toBeChecked();
		const saved = await stored(one);
		expect(saved.answers['ah-daily-health-check'].value).toBe(3);
		expect(saved.answers['ah-policy-watch'].value).toBe(1);
	});

	test('corrupt saved data is backed up, reported, and the page still works', async ({ page }) => {
		await page.addInitScript((key) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, '{"format":"cbp-assessment","version":1,"answers":{"x":');
				sessionStorage.setItem('seeded', '1');
			}
		}, KEY);
		await page.goto(CHECKLIST);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('无法读取');
		const backupKey = (await alert.textContent())!.match(/“(cbp-assessment:backup:[^”]+)”/)![1];
		expect(await page.evaluate((k) => localStorage.getItem(k), backupKey)).toBe('{"format":"cbp-assessment","version":1,"answers":{"x":');
		await answer(page, 'ah-daily-health-check', '1');
		expect((await stored(page)).answers['ah-daily-health-check'].value).toBe(1);
	});

	test('when the browser refuses to store (private mode, full quota) the page says so and keeps working', async ({ page }) => {
		// A nearly full store: the assessment's writes (kilobytes) fail, Starlight's few bytes of theme state still fit.
		await page.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key.startsWith('cbp-')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return setItem.call(this, key, value);
			};
		});
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '2');
		await expect(page.getByRole('alert')).toContainText('答案只保存在这个标签页里');
		// One notice, however many edits fail.
		await answer(page, 'ah-internal-alert-lines', '3');
		await expect(page.getByRole('alert')).toHaveCount(1);
		await answer(page, 'ah-policy-watch', '1');
		await expect(page.locator('[data-progress-text]')).toContainText('已作答 3/15');
		await expect(item(page, 'ah-daily-health-check').locator('input[value="2"]')).toBeChecked();
	});

	test('a whole checklist can be answered with the keyboard alone', async ({ page }) => {
		await page.goto('/en' + CHECKLIST);
		const total = await page.locator('fieldset[data-item]').count();
		await page.locator('[data-panel] a').last().focus(); // the panel's last link; the items follow
		for (let presses = 0; presses < 600; presses++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => {
				const el = document.activeElement as HTMLInputElement | null;
				return el?.type === 'radio' ? el.closest('fieldset')?.getAttribute('data-answered') : null;
			});
			if (focused === 'false') {
				await page.keyboard.press('Space');
				await page.keyboard.press('ArrowRight');
				await page.keyboard.press('ArrowRight');
			}
			if ((await page.locator('fieldset[data-answered="true"]').count()) === total) break;
		}
		await expect(page.locator('[data-progress-text]')).toContainText(`Answered ${total}/${total}`);
		await expect(page.locator('[data-live]')).toContainText(`Saved · answered ${total}/${total}`);
		const saved = await stored(page);
		expect(Object.values(saved.answers).every((a: any) => a.value === 2)).toBe(true);
	});
});

test.describe('assessment overview', () => {
	test('scores, risk matrix with its table, and the action plan follow the answers', async ({ page }) => {
		await page.goto('/en' + CHECKLIST);
		for (const id of ['ah-daily-health-check', 'ah-internal-alert-lines', 'ah-notification-routing']) await answer(page, id, '3');
		await answer(page, 'ah-policy-watch', '1');
		await page.goto('/en/assessment/');
		await expect(page.locator('#pb-scores')).toContainText('Overall');
		// Without a target profile there is no percent-to-target; with one, every row has it.
		const overall = page.locator('#pb-scores tbody tr').first().locator('td');
		await expect(overall.nth(2)).toHaveText('—');
		await page.getByLabel('Reference target').selectOption({ label: 'Multi-market brand' });
		await expect(overall.nth(2)).toHaveText(/^\d+%$/);
		await expect(page.locator('.pb-radar')).toHaveAttribute('aria-label', /Radar chart of the five strategy pillars/);
		// Residual platform-account risk is lower than inherent once its controls are answered.
		const row = page.locator('#pb-matrix-table tr[data-risk="platform-account"]');
		const [inherent, , residual] = (await row.locator('td').allTextContents()).map((text) => Number(text.split('=')[1]?.trim().split(' ')[0]));
		expect(residual).toBeLessThanOrEqual(inherent);
		await expect(page.locator('#pb-matrix caption')).toContainText('Residual risk');
		await page.getByLabel('Inherent risk').check();
		await expect(page.locator('#pb-matrix caption')).toContainText('Inherent risk');
		// Every risk appears once in the grid, as a link a keyboard can reach.
		await expect(page.locator('#pb-matrix td a')).toHaveCount(await page.locator('#pb-matrix-table tbody tr').count());
		// Answered items at level 3 are not open actions, nor are unanswered ones; owners edited here are saved.
		await expect(page.locator('#pb-actions tr[data-item="ah-daily-health-check"]')).toHaveCount(0);
		await expect(page.locator('#pb-actions tbody tr')).toHaveCount(1);
		await expect(page.locator('#pb-actions tbody tr').first()).toHaveAttribute('data-item', 'ah-policy-watch');
		const owner = page.locator('#pb-actions tbody tr').first().locator('input[data-field="owner"]');
		await owner.fill('Mei');
		await owner.press('Tab');
		const id = await page.locator('#pb-actions tbody tr').first().getAttribute('data-item');
		expect((await stored(page)).answers[id!].owner).toBe('Mei');
	});

	test('export, clear, import gives the same answers back; a bad file changes nothing', async ({ page }) => {
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '2');
		await answer(page, 'ah-policy-watch', 'unknown');
		await page.goto('/assessment/#export');
		const download = page.waitForEvent('download');
		await page.locator('[data-action="export-json"]').first().click();
		const file = await (await download).path();
		const before = (await stored(page)).answers;
		await expect(page.locator('[data-last-export]')).toContainText('上次导出');

		await page.evaluate((key) => localStorage.removeItem(key), KEY);
		await page.reload();
		await page.locator('[data-import]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
		await expect(page.getByRole('alert')).toContainText('导入失败');
		expect(await stored(page)).toBeNull();

		await page.locator('[data-import]').setInputFiles(file);
		await expect(page.locator('[data-preview]')).toContainText('合并会新增 2 项');
		await page.locator('[data-action="merge"]').click();
		await expect(page.locator('[data-live]')).toHaveText('已导入。');
		const after = (await stored(page)).answers;
		for (const id of Object.keys(before)) {
			expect(after[id].value).toEqual(before[id].value);
		}
	});

	test('a share link opens read-only, compares with mine, and can be adopted', async ({ page, context }) => {
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '3');
		const first = item(page, 'ah-daily-health-check');
		await first.locator('summary').click();
		await first.locator('textarea[name="note"]').fill('内部备注，不外传');
		await first.locator('textarea[name="note"]').blur();
		await page.goto('/assessment/');
		await expect(page.locator('[data-share-notes]')).not.toBeChecked();
		const link = await makeShareLink(page);
		expect(link).toMatch(/\/assessment\/#share=v3\./);

		// Someone else (another browser profile, with an answer of their own) opens it.
		const other = await context.browser()!.newContext({ baseURL: new URL(link).origin });
		const theirs = await other.newPage();
		await theirs.goto(CHECKLIST);
		await answer(theirs, 'ah-daily-health-check', '1');
		await theirs.goto(link);
		await expect(theirs.locator('[data-shared]')).toContainText('只读');
		await theirs.locator('[data-action="compare"]').click();
		await expect(theirs.locator('#pb-compare')).toContainText('3 量化');
		expect((await stored(theirs)).answers['ah-daily-health-check'].value).toBe(1);
		theirs.on('dialog', (dialog) => dialog.accept());
		await theirs.locator('[data-action="adopt"]').click();
		await expect(theirs.getByRole('status').filter({ hasText: '已采用' })).toBeVisible();
		const adopted = (await stored(theirs)).answers['ah-daily-health-check'];
		expect(adopted.value).toBe(3);
		// The link was made without notes: the note never left the first browser.
		expect(adopted.note).toBeUndefined();
		// Their own answers were kept first, as a snapshot named "mine".
		const snapshots = await theirs.evaluate((key) => JSON.parse(localStorage.getItem(`${key}:snapshots`) ?? 'null'), KEY);
		expect(snapshots.snapshots.map((s: { label: string; values: object }) => [s.label, s.values])).toEqual([['我的', { 'ah-daily-health-check': 1 }]]);
		await expect(theirs.locator('[data-snapshot-list]')).toContainText('我的');
		await other.close();

		// A tampered link is reported; the page's own answers stay.
		await page.goto('/assessment/#share=v1.AAAA-not-deflate');
		await expect(page.getByRole('alert')).toContainText('分享链接无法打开');
		expect((await stored(page)).answers['ah-daily-health-check'].value).toBe(3);
	});

	test('snapshots record what changed since', async ({ page }) => {
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '1');
		await page.goto('/assessment/');
		await page.locator('[data-snapshot-label]').fill('Q4');
		await page.locator('[data-action="snapshot"]').click();
		await expect(page.locator('[data-snapshots]')).toContainText('没有变化');
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '3');
		await page.goto('/assessment/');
		await expect(page.locator('[data-changes]')).toHaveAttribute('data-changes', '1');
		await expect(page.locator('[data-snapshots]')).toContainText('1 零散 → 3 量化');
	});
});

test.describe('scores that mean what they say', () => {
	test('an untouched checklist shows no percentage; N/A without its reason is flagged and not counted', async ({ page }) => {
		await page.goto(CHECKLIST);
		const progress = page.locator('[data-progress-text]');
		await expect(progress).toHaveText('已作答 0/15 · 尚未评估');
		await expect(progress).not.toContainText('%');

		await answer(page, 'ah-internal-alert-lines', 'na');
		const na = item(page, 'ah-internal-alert-lines');
		// Flagged on the item, and not counted: neither as answered nor as a score.
		await expect(na).toHaveAttribute('data-na-missing', 'true');
		await expect(na).toHaveAttribute('data-answered', 'false');
		await expect(na.locator('.pb-na-missing')).toBeVisible();
		await expect(na.locator('input[name="naReason"]')).toHaveAccessibleDescription(/没有原因时，这一项不算已作答/);
		await expect(progress).toHaveText('已作答 0/15 · 尚未评估 1 项选了“不适用”但没写原因，不算已作答。');

		await na.locator('input[name="naReason"]').fill('只在独立站销售');
		await expect(na).toHaveAttribute('data-answered', 'true');
		await expect(na.locator('.pb-na-missing')).toBeHidden();
		await expect(progress).toHaveText('已作答 1/15 · 得分 —');

		await answer(page, 'ah-daily-health-check', '2');
		await expect(progress).toHaveText('已作答 2/15 · 得分 67%');
	});

	test('the overview scores answered items only, with coverage beside them, and lists what is not yet assessed', async ({ page }) => {
		await page.goto('/en' + CHECKLIST);
		await answer(page, 'ah-daily-health-check', '3');
		await answer(page, 'ah-policy-watch', '1');
		await answer(page, 'ah-internal-alert-lines', 'na');
		await page.goto('/en/assessment/');
		const rows = page.locator('#pb-scores tbody tr');
		// Overall: 3·w/3 and 1·w/3 over the two answered items only, never diluted by the unanswered ones.
		const overall = rows.first().locator('td');
		await expect(overall.nth(0)).toHaveText(/^\d+%$/);
		await expect(overall.nth(1)).toHaveText(/^2\/\d+$/);
		const untouched = rows.filter({ hasText: 'Product compliance' }).locator('td');
		await expect(untouched.nth(0)).toHaveText('— not yet assessed');
		await expect(untouched.nth(1)).toHaveText(/^0\/\d+$/);
		// Unanswered items are their own list, not actions; the N/A without reason is named there.
		await expect(page.locator('#pb-actions tbody tr')).toHaveCount(1);
		const pending = page.locator('[data-not-assessed] li[data-checklist="account-health"]');
		await expect(pending).toContainText('12/15 not answered; 1 missing an N/A reason');
		await expect(pending.locator('ul a')).toHaveAttribute('href', '/en/checklists/account-health/#ah-internal-alert-lines');
		await expect(page.locator('[data-not-assessed] li[data-checklist="product-compliance"]')).toContainText(/\d+\/\d+ not answered/);
	});

	// A checklist page carries its own checklist only, so the overview (which knows every item) reports
	// what a new edition removed or reworded.
	test('the "playbook changed" notice on the overview lists the removed and reworded items', async ({ page }) => {
		await page.goto(CHECKLIST);
		await page.evaluate((key) => {
			const answers = {
				'ah-daily-health-check': { value: 2, textHash: 'stale-hash', updatedAt: 1 },
				'zz-retired-item': { value: 1, updatedAt: 1 },
			};
			localStorage.setItem(key, JSON.stringify({ format: 'cbp-assessment', version: 2, playbookVersion: 'an-older-edition', answers }));
		}, KEY);
		await page.goto('/assessment/');
		const box = page.locator('[data-notice="version"]');
		await expect(box).toContainText('1 项已删除，1 项措辞有变');
		await expect(box.locator('a[href$="#ah-daily-health-check"]')).toHaveCount(1);
		await expect(box).toContainText('zz-retired-item');
		await box.getByRole('button', { name: '我已复核，标记为最新' }).click();
		await expect(box).toHaveCount(0);
		await page.reload();
		await expect(page.locator('#pb-scores')).toBeVisible();
		await expect(page.locator('[data-notice="version"]')).toHaveCount(0);
	});

	test('the checklist index shows progress per checklist from the stored answers, without percentages', async ({ page }) => {
		await page.goto('/checklists/');
		await expect(page.locator('[data-progress-of]:visible')).toHaveCount(0);
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '2');
		await answer(page, 'ah-policy-watch', 'na');
		await page.goto('/checklists/');
		const card = page.locator('li.pb-card', { has: page.locator('#account-health') });
		await expect(card.locator('[data-progress-of]')).toHaveText('你的进度已作答 1/15 · 1 项缺少不适用原因');
		const other = page.locator('li.pb-card', { has: page.locator('#product-compliance') });
		await expect(other.locator('[data-progress-of]')).toContainText('尚未作答（0/');
		await expect(page.locator('[data-progress-of]', { hasText: '%' })).toHaveCount(0);
	});

	test('"delete all my answers" confirms, offers a last export, clears this browser and says so', async ({ page }) => {
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '2');
		await page.goto('/assessment/');
		await page.locator('[data-action="snapshot"]').click();
		// The answers, a snapshot and a backup: three stored items.
		await page.evaluate((key) => localStorage.setItem(`${key}:backup:1`, '{}'), KEY);
		await page.getByRole('button', { name: '删除我的全部答案…' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toContainText('无法撤销');
		// Cancel keeps everything.
		await dialog.getByRole('button', { name: '取消' }).click();
		await expect(dialog).toBeHidden();
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).not.toBeNull();

		await page.getByRole('button', { name: '删除我的全部答案…' }).click();
		const download = page.waitForEvent('download');
		await dialog.getByRole('button', { name: '先下载 JSON 备份' }).click();
		expect((await download).suggestedFilename()).toMatch(/^playbook-assessment-.*\.json$/);
		await dialog.getByRole('button', { name: '全部删除' }).click();
		await expect(page.locator('[data-notices]')).toContainText('已从这个浏览器删除全部自评数据（3 项存储）。');
		expect(await page.evaluate((key) => Object.keys(localStorage).filter((k) => k === key || k.startsWith(`${key}:`)), KEY)).toEqual([]);
		await expect(page).toHaveURL(/\/assessment\/$/);
		await page.goto(CHECKLIST);
		await expect(page.locator('[data-progress-text]')).toHaveText('已作答 0/15 · 尚未评估');
	});
});

test('printing a checklist keeps the items and drops the answer panel', async ({ page }) => {
	await page.goto(CHECKLIST);
	await expect(page.locator('[data-panel]')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-panel]')).toBeHidden();
	await expect(page.locator('.pb-copy').first()).toBeHidden();
	await expect(page.locator('fieldset[data-item="ah-daily-health-check"] legend')).toBeVisible();
});

test('the team view lines up several people\'s share links, biggest disagreement first', async ({ page }) => {
	const linkFor = async (value: string) => {
		// Each link comes from a fresh set of answers, as if from a different colleague.
		await page.goto('/en' + CHECKLIST);
		await page.evaluate((key) => localStorage.removeItem(key), KEY);
		await page.reload();
		await answer(page, 'ah-policy-watch', value);
		await answer(page, 'ah-daily-health-check', '2');
		await page.goto('/en/assessment/');
		return makeShareLink(page);
	};
	const links = [await linkFor('0'), await linkFor('3'), await linkFor('unknown')];
	await page.goto('/en/assessment/team/');
	await page.getByLabel('Share links (one per line)').fill([...links, 'https://example.invalid/#share=v9.nope'].join('\n'));
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page.getByRole('alert')).toContainText('“Link 4” could not be read');
	await expect(page.locator('#pb-team thead')).toContainText('Link 1');
	const first = page.locator('#pb-team tbody tr').first();
	await expect(first).toHaveAttribute('data-item', 'ah-policy-watch');
	await expect(first).toHaveAttribute('data-disagreement', '3');
	// Disagreement, unanswered, then each person's answer.
	await expect(first.locator('td')).toHaveText(['3', '0', '0 Not started', '3 Measured', "Don't know"]);
	await expect(page.locator('[data-result] p').first()).toHaveText(
		/^3 assessments; 1 item\(s\) with a disagreement of 2 or more .*; \d+ item\(s\) someone has not answered\.$/
	);
});

test("the overview's exports load with the first one, then download the action plan and the report", async ({ page }) => {
	const exportCode: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/_astro/export-files.')) exportCode.push(path);
	});
	await page.goto(`/en${CHECKLIST}`);
	await answer(page, 'ah-daily-health-check', '1');
	await page.goto('/en/assessment/');
	await expect(page.locator('#pb-scores')).toBeVisible();
	// A visit that exports nothing downloads none of the export code.
	expect(exportCode).toEqual([]);

	const csv = page.waitForEvent('download');
	await page.locator('[data-action="export-csv"]').click();
	const csvFile = await csv;
	expect(csvFile.suggestedFilename()).toMatch(/^playbook-action-plan-\d{4}-\d{2}-\d{2}\.csv$/);
	const csvText = await readFile((await csvFile.path())!, 'utf8');
	// The answered item below "Measured" is an action, by its statement.
	expect(csvText).toContain('ah-daily-health-check');
	expect(csvText).toContain('1 Ad hoc');

	const md = page.waitForEvent('download');
	await page.locator('[data-action="export-md"]').click();
	const mdFile = await md;
	expect(mdFile.suggestedFilename()).toMatch(/^playbook-report-\d{4}-\d{2}-\d{2}\.md$/);
	expect(await readFile((await mdFile.path())!, 'utf8')).toMatch(/^# Assessment overview/);
	// Loaded once, for both.
	expect(exportCode).toHaveLength(1);
});

test('a first visit (overview, checklist) saves answers without the code that reads stored ones, which loads once answers are stored', async ({ page }) => {
	expect(ASSESSMENT_CHUNKS).toContain(READER_CHUNK);
	const reader = new RegExp(`/_astro/${READER_CHUNK}\\.[\\w-]+\\.js$`);
	const requested: string[] = [];
	const reports: string[] = [];
	const laterStrings: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (reader.test(path)) requested.push(path);
		// The reports of what a load found (src/scripts/assessment/load-report.ts): nothing to report here.
		if (path.startsWith('/_astro/load-report.')) reports.push(path);
		// Their wording comes with them, not with the page (src/utils/island-strings.ts).
		if (path.startsWith('/assessment/strings/')) laterStrings.push(path);
	});
	await page.goto('/assessment/');
	await expect(page.locator('#pb-scores')).toBeVisible();
	await page.goto(CHECKLIST);
	await answer(page, 'ah-daily-health-check', '3');
	await expect(page.locator('[data-progress-text]')).toContainText('已作答 1/15');
	expect((await stored(page)).answers['ah-daily-health-check'].value).toBe(3);
	expect(requested).toEqual([]);
	await page.reload();
	await expect(item(page, 'ah-daily-health-check').locator('input[value="3"]')).toBeChecked();
	expect(requested).toHaveLength(1);
	expect(reports).toEqual([]);
	// A load with something to report loads the reports: here, answers this browser cannot read.
	expect(laterStrings).toEqual([]);
	await page.evaluate((key) => localStorage.setItem(key, '{not json'), KEY);
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('保存的答案无法读取');
	expect(reports).toHaveLength(1);
	expect(laterStrings).toHaveLength(1);
});

test('a checklist page carries only its own checklist; the team and facilitator pages share one content-hashed model file, downloaded once per visit', async ({ page }) => {
	await page.goto(CHECKLIST);
	await expect(page.locator('[data-panel]')).toBeVisible();
	const inline = await page.evaluate(() => JSON.parse(document.getElementById('pb-assessment-data')!.textContent!));
	// Its share of the packed model: one checklist, its items only, no file to fetch.
	expect(inline.modelUrl).toBeUndefined();
	expect(inline.model.c.map((c: [string]) => c[0])).toEqual(['account-health']);
	const ids = inline.model.i.map((item: [string]) => item[0]) as string[];
	expect(ids.length).toBe(await page.locator('fieldset[data-item]').count());
	expect(ids).toEqual(await page.locator('fieldset[data-item]').evaluateAll((sets) => sets.map((s) => (s as HTMLElement).dataset.item)));
	await page.goto('/en/assessment/team/');
	await expect(page.locator('pb-team')).toBeVisible();
	const modelUrl = await page.evaluate(() => JSON.parse(document.getElementById('pb-assessment-data')!.textContent!).modelUrl as string);
	expect(modelUrl).toMatch(/^\/assessment\/model-[0-9a-f]{12}\.json$/);
	await page.goto('/en/assessment/facilitator/');
	await expect(page.locator('pb-facilitator')).toBeAttached();
	expect(await page.evaluate(() => JSON.parse(document.getElementById('pb-assessment-data')!.textContent!).modelUrl)).toBe(modelUrl);
	// The second page got it from the HTTP cache: nothing crossed the network.
	await expect
		.poll(() => page.evaluate((url) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url)).map((e) => (e as PerformanceResourceTiming).transferSize), modelUrl))
		.toEqual([0]);
});

test.describe('the data the overview fetches', () => {
	/** The share bucket of an item-id prefix, of as many buckets as the overview's data names. */
	const bucketOf = async (page: Page, prefix: string) => shareBucket(prefix, JSON.parse((await page.locator('#pb-assessment-data').textContent())!).shareBuckets);
	/** The model files the page asks for, by kind: the outline, the whole model, or a share bucket (by number). */
	const modelFiles = (page: Page) => {
		const asked: string[] = [];
		page.on('request', (request) => {
			const path = new URL(request.url()).pathname;
			const match = /^\/assessment\/(?:(outline|model)-[0-9a-f]{12}|shares\/[0-9a-f]{12}\/(\d+))\.json$/.exec(path);
			if (match) asked.push(match[1] ?? `share:${match[2]}`);
		});
		return asked;
	};
	const overall = (page: Page) => page.locator('#pb-scores tbody tr').first().locator('td').nth(1);
	const checklistRow = (page: Page, title: string) => page.locator('#pb-scores tbody tr').filter({ hasText: title }).locator('td').nth(1);

	test('first the outline only; a checklist’s share once it has answers, also from another tab; the whole model for a view of any item', async ({ page, context }) => {
		const asked = modelFiles(page);
		await page.goto('/en/assessment/');
		await expect(overall(page)).toHaveText('0/236');
		expect(asked).toEqual(['outline']);

		// Answers in one checklist: its share, nothing else.
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '2');
		await answer(page, 'ah-policy-watch', '3');
		asked.length = 0;
		await page.goto('/en/assessment/');
		await expect(overall(page)).toHaveText('2/236');
		await expect(checklistRow(page, 'Account health')).toHaveText('2/15');
		const [ah, me] = [await bucketOf(page, 'ah'), await bucketOf(page, 'me')];
		expect(ah).not.toBe(me);
		expect(asked.sort()).toEqual(['outline', `share:${ah}`]);

		// An answer in another checklist, from another tab: that checklist's share comes, the figures follow.
		const other = await context.newPage();
		await other.goto('/en/checklists/market-entry/');
		await answer(other, 'me-market-research', '1');
		await expect(overall(page)).toHaveText('3/236');
		await expect(checklistRow(page, 'Market-entry readiness')).toHaveText(/^1\//);
		expect(asked.sort()).toEqual(['outline', `share:${ah}`, `share:${me}`].sort());

		// An export lists answers against the whole model: fetched then, once.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all answers (JSON)' }).click()]);
		const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
		expect(Object.keys(file.answers).sort()).toEqual(['ah-daily-health-check', 'ah-policy-watch', 'me-market-research']);
		expect(asked.filter((kind) => kind === 'model')).toEqual(['model']);
		// Still the same figures, now from the whole model.
		await expect(overall(page)).toHaveText('3/236');
	});

	test('the share saved answers need is asked for while the outline is still on its way, not after it', async ({ page }) => {
		await page.goto(CHECKLIST);
		await answer(page, 'ah-daily-health-check', '2');
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/assessment\/outline-[0-9a-f]{12}\.json$/, async (route) => {
			await held;
			await route.continue();
		});
		const shareAsked = page.waitForRequest(/\/assessment\/shares\/[0-9a-f]{12}\/\d+\.json$/);
		await page.goto('/en/assessment/', { waitUntil: 'domcontentloaded' });
		expect((await shareAsked).url()).toMatch(new RegExp(`/${await bucketOf(page, 'ah')}\\.json$`));
		release();
		await expect(overall(page)).toHaveText('1/236');
	});

	test('while the overview is still fetching its data, its buttons wait disabled and a name typed is kept and saved', async ({ page }) => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/assessment\/outline-[0-9a-f]{12}\.json$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/en/assessment/', { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Name', { exact: true }).fill('Anna');
		// A click now would do nothing: the controls say so.
		const controls = ['[data-action="snapshot"]', '[data-action="export-csv"]', '[data-action="share"]', '[data-erase-open]', '#pb-import', '#pb-profile'].map((selector) => page.locator(selector));
		for (const control of controls) await expect(control).toBeDisabled();
		release();
		await expect(overall(page)).toHaveText('0/236');
		for (const control of controls) await expect(control).toBeEnabled();
		await expect.poll(async () => (await stored(page))?.respondent?.name).toBe('Anna');
		await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Anna');
		await expect(page.locator('[data-live]')).toHaveText('Saved: Anna');
	});

	test('answers saved against another edition of the playbook: the whole model, to tell what changed', async ({ page }) => {
		await page.goto('/en/assessment/');
		await page.evaluate((key) => {
			localStorage.setItem(key, JSON.stringify({ format: 'cbp-assessment', version: 3, playbookVersion: '2025.01-00000000', answers: { 'ah-daily-health-check': { value: 2, updatedAt: 1 } } }));
		}, KEY);
		const asked = modelFiles(page);
		await page.reload();
		await expect(overall(page)).toHaveText('1/236');
		expect(asked.sort()).toEqual(['model', 'outline']);
	});
});
