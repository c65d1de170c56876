/**
 * The fault suite: every way the saved answers can be damaged or a write can fail, driven in real
 * Chromium against the built site. Each test counts the answers lost — an answer is kept when the saved
 * state or a backup still holds it — and asserts 0.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CHECKLIST = '/checklists/account-health/';
const OVERVIEW = '/assessment/';
const KEY = 'cbp-assessment';

type Seed = Record<string, { value?: number | string; note?: string; owner?: string; naReason?: string; updatedAt: number }>;

const item = (page: Page, id: string) => page.locator(`fieldset[data-item="${id}"]`);

/** The ids of the checklist page's items, in page order. */
async function itemIds(page: Page): Promise<string[]> {
	await page.goto(CHECKLIST);
	return page.locator('fieldset[data-item]').evaluateAll((els) => els.map((el) => el.getAttribute('data-item')!));
}

/** Ten answers with notes, as a user would have saved them. */
function tenAnswers(ids: string[]): Seed {
	return Object.fromEntries(ids.slice(0, 10).map((id, i) => [id, { value: i % 4, note: `备注 ${i} 👍 ${id}`, updatedAt: 1_700_000_000_000 + i }]));
}

const stateText = (answers: Seed, extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: 'cbp-assessment', version: 3, playbookVersion: 'seeded', answers, ...extra });

/** Writes the main key before the page's scripts run (on the first load of this test only). */
async function seed(page: Page, raw: string) {
	await page.goto('/404.html');
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
}

/**
 * Answers of `original` that neither the saved state nor any backup still holds (value and note), counted
 * after the fault; logged so the run shows the figure for each fault.
 */
async function answersLost(page: Page, original: Seed, fault: string): Promise<number> {
	const lost = await page.evaluate(
		([key, original]) => {
			const texts: string[] = [];
			for (let i = 0; i < localStorage.length; i++) {
				const k = localStorage.key(i)!;
				if (k.startsWith(key) && !k.endsWith(':notice') && !k.endsWith(':snapshots')) texts.push(localStorage.getItem(k)!);
			}
			const holds = (text: string, id: string, a: { value?: unknown; note?: string; owner?: string }) => {
				try {
					const b = JSON.parse(text).answers?.[id];
					return !!b && b.value === a.value && b.note === a.note && (a.owner === undefined || b.owner === a.owner);
				} catch {
					// An unreadable backup keeps the text as it was: look for the answer in it.
					return text.includes(`"${id}"`) && (a.note === undefined || text.includes(JSON.stringify(a.note).slice(1, -1)));
				}
			};
			return Object.entries(original).filter(([id, a]) => !texts.some((text) => holds(text, id, a))).length;
		},
		[KEY, original] as const
	);
	console.log(`fault "${fault}": ${lost} answer(s) lost of ${Object.keys(original).length}`);
	return lost;
}

test.describe('fault suite: answers are never lost', () => {
	// Several tabs and reloads on a shared two-core machine.
	test.describe.configure({ timeout: 90_000 });

	test('corrupt JSON: backed up, reported on every page until dismissed, downloadable', async ({ page }) => {
		const ids = await itemIds(page);
		const original = tenAnswers(ids);
		const raw = stateText(original).slice(0, -3);
		await seed(page, raw);
		await page.goto(CHECKLIST);
		const alert = page.getByRole('alert').filter({ hasText: '无法读取' });
		await expect(alert).toBeVisible();
		// The notice persists on the next page, with its actions.
		await page.goto(OVERVIEW);
		const again = page.getByRole('alert').filter({ hasText: '无法读取' });
		await expect(again).toBeVisible();
		const download = page.waitForEvent('download');
		await again.locator('[data-action="download-backup"]').click();
		const saved = await (await download).path();
		expect((await import('node:fs')).readFileSync(saved, 'utf8')).toBe(raw);
		expect(await answersLost(page, original, 'corrupt JSON')).toBe(0);
		await again.locator('[data-action="dismiss-notice"]').click();
		await page.reload();
		await expect(page.getByRole('alert').filter({ hasText: '无法读取' })).toHaveCount(0);
		expect(await answersLost(page, original, 'corrupt JSON, after dismiss')).toBe(0);
	});

	test('one invalid answer among 10 valid ones: the 10 stay, the bad one is named and can be restored', async ({ page }) => {
		const ids = await itemIds(page);
		const original = tenAnswers(ids);
		const bad = { value: 2, note: '长'.repeat(2001), updatedAt: 1_700_000_000_100 };
		await seed(page, stateText({ ...original, [ids[10]]: bad }));
		await page.goto(CHECKLIST);
		for (const [id, answer] of Object.entries(original)) await expect(item(page, id).locator(`input[type="radio"][value="${answer.value}"]`)).toBeChecked();
		const alert = page.getByRole('alert').filter({ hasText: '1 项答案无法读取' });
		await expect(alert).toContainText(`${ids[10]} (备注太长)`);
		expect(await answersLost(page, { ...original, [ids[10]]: bad }, 'one invalid answer among 10')).toBe(0);
		await page.goto('/en' + CHECKLIST);
		const en = page.getByRole('alert').filter({ hasText: '1 answer(s) could not be read' });
		await expect(en).toContainText(`${ids[10]} (note too long)`);
		await en.locator('[data-action="restore-backup"]').click();
		await expect(page.getByRole('status').filter({ hasText: 'restored from the backup' })).toBeVisible();
		await expect(item(page, ids[10]).locator('input[type="radio"][value="2"]')).toBeChecked();
		await page.reload();
		await expect(item(page, ids[10]).locator('textarea[name="note"]')).toHaveValue('长'.repeat(2000));
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('a newer format version is opened read-only and never overwritten', async ({ page }) => {
		const ids = await itemIds(page);
		const original = tenAnswers(ids);
		const raw = JSON.stringify({ format: 'cbp-assessment', version: 4, playbookVersion: 'future', answers: original, somethingNew: {} });
		await seed(page, raw);
		await page.goto(CHECKLIST);
		await expect(page.getByRole('alert')).toContainText('更新版本');
		await expect(item(page, ids[0]).locator('input[type="radio"][value="0"]')).toBeChecked();
		await page.goto(OVERVIEW);
		await expect(page.getByRole('alert')).toContainText('更新版本');
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);
		expect(await answersLost(page, original, 'newer format version')).toBe(0);
	});

	for (const [fault, error, message] of [
		['quota full', 'QuotaExceededError', '存储已满'],
		['setItem throwing SecurityError', 'SecurityError', '拒绝保存'],
	] as const) {
		test(`${fault}: reported once, the saved answers are untouched`, async ({ page }) => {
			const ids = await itemIds(page);
			const original = tenAnswers(ids);
			await seed(page, stateText(original));
			await page.addInitScript(([name]) => {
				if (!location.search.includes('fault')) return;
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if (key.startsWith('cbp-')) throw new DOMException('refused', name);
					return setItem.call(this, key, value);
				};
			}, [error]);
			await page.goto(`${CHECKLIST}?fault`);
			await item(page, ids[11]).locator('input[type="radio"][value="3"]').check();
			await item(page, ids[12]).locator('input[type="radio"][value="1"]').check();
			await expect(page.getByRole('alert')).toHaveCount(1);
			await expect(page.getByRole('alert')).toContainText(message);
			await expect(page.getByRole('alert')).toContainText('答案只保存在这个标签页里');
			await page.goto(CHECKLIST);
			expect(await answersLost(page, original, fault)).toBe(0);
			await expect(item(page, ids[1]).locator('input[type="radio"][value="1"]')).toBeChecked();
		});
	}

	test('localStorage throwing on access: the page works in memory and says so; nothing saved is touched', async ({ page, consoleErrors }) => {
		const ids = await itemIds(page);
		const original = tenAnswers(ids);
		await seed(page, stateText(original));
		await page.addInitScript(() => {
			if (!location.search.includes('fault')) return;
			Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
		});
		await page.goto(`${CHECKLIST}?fault`);
		await expect(page.getByRole('alert')).toContainText('只保存在这个标签页里');
		await item(page, ids[0]).locator('input[type="radio"][value="3"]').check();
		await expect(page.locator('[data-progress-text]')).toContainText('已作答 1/');
		// Starlight's own theme script reads localStorage unguarded and throws; the assessment scripts do not.
		const starlight = /StarlightThemeProvider is not defined|\?fault: denied$/;
		consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !starlight.test(error)));
		await page.goto(CHECKLIST);
		expect(await answersLost(page, original, 'localStorage throwing on access')).toBe(0);
	});

	// Offline without the offline worker, or a new edition that replaced the file: code loaded on demand does not arrive.
	const notFetched = (file: string) => new RegExp(`/_astro/${file}\\.[\\w-]+\\.js$`);
	const fetchFailures = /ERR_INTERNET_DISCONNECTED|dynamically imported module/;

	test("the code that reads saved answers cannot be fetched: the page says so, nothing saved is touched", async ({ page, consoleErrors }) => {
		const ids = await itemIds(page);
		const original = tenAnswers(ids);
		await seed(page, stateText(original));
		await page.route(notFetched('assessment-reader'), (route) => route.abort('internetdisconnected'));
		await page.goto(CHECKLIST);
		await expect(page.locator('[data-notice="load-failed"]')).toBeVisible();
		await expect(page.locator('[data-notice="load-failed"]')).toContainText('本页有一部分没能加载');
		await expect(page.locator('[data-notice="load-failed"]')).toHaveAttribute('role', 'alert');
		consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !fetchFailures.test(error)));
		await page.unroute(notFetched('assessment-reader'));
		await page.goto(CHECKLIST);
		expect(await answersLost(page, original, 'the code that reads them not fetched')).toBe(0);
		await expect(item(page, ids[1]).locator('input[type="radio"][value="1"]')).toBeChecked();
	});

	test("a button whose code cannot be fetched says so instead of doing nothing (a share link, offline)", async ({ page, consoleErrors }) => {
		await page.route(notFetched('share'), (route) => route.abort('internetdisconnected'));
		await page.goto(`/en${OVERVIEW}`);
		await expect(page.locator('#pb-scores')).toBeVisible();
		await page.locator('[data-action="share"]').click();
		await expect(page.locator('[data-notice="load-failed"]')).toBeVisible();
		await expect(page.locator('[data-notice="load-failed"]')).toHaveText(/Part of this page could not be loaded, perhaps because you are offline/);
		// Once per page: a second try that fails again does not stack another.
		await page.locator('[data-action="share"]').click();
		await expect(page.locator('[data-notice="load-failed"]')).toHaveCount(1);
		consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !fetchFailures.test(error)));
	});

	test('a first visit whose data cannot be fetched says so, on every page that needs a data file to start', async ({ page, consoleErrors }) => {
		const pages = [
			['/en/assessment/', /\/assessment\/outline-[0-9a-f]+\.json$/],
			['/en/assessment/team/', /\/assessment\/model-[0-9a-f]+\.json$/],
			['/en/assessment/facilitator/', /\/assessment\/titles-[0-9a-f]+\.json$/],
			['/en/planner/', /\/assessment\/model-[0-9a-f]+\.json$/],
		] as const;
		for (const [path, file] of pages) {
			await page.route(file, (route) => route.abort('internetdisconnected'));
			await page.goto(path);
			await expect(page.locator('[data-notice="load-failed"]'), path).toHaveText(/Part of this page could not be loaded, perhaps because you are offline/);
			// What the page could not act on takes no input: it stays as rendered, disabled (the team page's files and links too).
			const controls = await page.locator('[data-until-started]').all();
			expect(controls.length, path).toBeGreaterThan(0);
			for (const control of controls) await expect(control, path).toBeDisabled();
			if (path.includes('/team/')) for (const input of ['#pb-team-files', '#pb-team-links']) await expect(page.locator(input)).toBeDisabled();
			await page.unroute(file);
		}
		// Saved answers of this edition whose share of the model cannot be fetched: the same, and nothing saved is touched.
		await page.goto(`/en${OVERVIEW}`);
		const version = await page.evaluate(() => JSON.parse(document.getElementById('pb-assessment-data')!.textContent!).version as string);
		const ids = await itemIds(page);
		const original = tenAnswers(ids);
		await seed(page, stateText(original, { playbookVersion: version }));
		await page.route(/\/assessment\/shares\//, (route) => route.abort('internetdisconnected'));
		await page.goto(`/en${OVERVIEW}`);
		await expect(page.locator('[data-notice="load-failed"]')).toBeVisible();
		await expect(page.locator('[data-action="export-json"][data-until-started]')).toBeDisabled();
		consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !fetchFailures.test(error)));
		await page.unroute(/\/assessment\/shares\//);
		await page.goto(CHECKLIST);
		expect(await answersLost(page, original, 'the overview could not fetch their share')).toBe(0);
	});

	test("an answer from another tab whose checklist's data cannot be fetched: the overview says so, keeps what it knows, and catches up", async ({ context, consoleErrors }) => {
		const overview = await context.newPage();
		await overview.goto(`/en${OVERVIEW}`);
		const overall = overview.locator('#pb-scores tbody tr').first().locator('td').nth(1);
		await expect(overall).toHaveText(/^0\//);
		await overview.route(/\/assessment\/shares\//, (route) => route.abort('internetdisconnected'));
		const checklist = await context.newPage();
		const [first, second] = await itemIds(checklist);
		await item(checklist, first).locator('input[type="radio"][value="2"]').check();
		await expect(overview.locator('[data-notice="load-failed"]')).toBeVisible();
		await expect(overall).toHaveText(/^0\//);
		// Back online: the next answer brings the checklist, and both answers count.
		await overview.unroute(/\/assessment\/shares\//);
		await item(checklist, second).locator('input[type="radio"][value="1"]').check();
		await expect(overall).toHaveText(/^2\//);
		expect(await checklist.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key)!).answers).length, KEY)).toBe(2);
		consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !fetchFailures.test(error)));
	});

	test('two tabs editing different fields of the same item at once keep both', async ({ context }) => {
		const one = await context.newPage();
		const two = await context.newPage();
		const ids = await itemIds(one);
		const id = ids[0];
		await two.goto(CHECKLIST);
		for (const page of [one, two]) await item(page, id).locator('summary').click();
		const note = item(one, id).locator('textarea[name="note"]');
		const owner = item(two, id).locator('input[name="owner"]');
		await note.focus();
		await owner.focus();
		// Interleaved typing in both tabs, neither leaving its field.
		for (const [a, b] of [['周一', 'Li'], ['复核', 'na'], ['店铺', ' W']]) {
			await note.pressSequentially(a);
			await owner.pressSequentially(b);
		}
		await note.blur();
		await owner.blur();
		for (const page of [one, two]) {
			await page.reload();
			await expect(item(page, id).locator('textarea[name="note"]')).toHaveValue('周一复核店铺');
			await expect(item(page, id).locator('input[name="owner"]')).toHaveValue('Lina W');
		}
		expect(await answersLost(one, { [id]: { note: '周一复核店铺', owner: 'Lina W', updatedAt: 0 } }, 'two tabs, same item, different fields')).toBe(0);
	});

	test('reload during typing in a note keeps what was typed', async ({ page }) => {
		const ids = await itemIds(page);
		await item(page, ids[0]).locator('summary').click();
		await item(page, ids[0]).locator('textarea[name="note"]').pressSequentially('正在输入，没有离开');
		await page.reload(); // no blur, no pause: the pagehide save keeps it
		await expect(item(page, ids[0]).locator('textarea[name="note"]')).toHaveValue('正在输入，没有离开');
		expect(await answersLost(page, { [ids[0]]: { note: '正在输入，没有离开', updatedAt: 0 } }, 'reload while typing a note')).toBe(0);
	});

	test('reload during typing in an owner field of the action plan keeps it; another tab does not steal focus', async ({ page, context }) => {
		const ids = await itemIds(page);
		// An answered item below its target is an action (unanswered items never are).
		await page.goto(CHECKLIST);
		await item(page, ids[0]).locator('input[type="radio"][value="1"]').check();
		await page.goto(OVERVIEW);
		const owner = page.locator(`#pb-actions input[data-field="owner"]`).first();
		const id = await owner.getAttribute('data-item');
		await owner.click();
		await owner.pressSequentially('王');
		// Another tab answers meanwhile: the overview updates, the field keeps focus and text.
		const other = await context.newPage();
		await other.goto(CHECKLIST);
		await item(other, ids[5]).locator('input[type="radio"][value="2"]').check();
		await expect(page.locator('#pb-scores')).not.toContainText('0%\t0%'); // the storage event arrived
		await owner.pressSequentially('芳');
		await expect(owner).toBeFocused();
		await expect(owner).toHaveValue('王芳');
		await page.reload();
		await expect(page.locator(`#pb-actions input[data-item="${id}"][data-field="owner"]`)).toHaveValue('王芳');
		expect(await answersLost(page, { [id!]: { value: 1, owner: '王芳', updatedAt: 0 } }, 'reload while typing an owner')).toBe(0);
	});

	test('import with astral text at every limit: accepted ones survive the next load, over-limit ones are named', async ({ page }) => {
		const ids = await itemIds(page);
		const at = { value: 1, note: '👍'.repeat(1000), owner: '🙂'.repeat(100), naReason: '𠀋'.repeat(100), updatedAt: 1_700_000_000_000 };
		const over = { value: 2, note: '👍'.repeat(1001), updatedAt: 1_700_000_000_000 };
		const file = stateText({ [ids[0]]: at, [ids[1]]: { ...at, value: 'na' }, [ids[2]]: over });
		await page.goto(OVERVIEW);
		await page.locator('[data-import]').setInputFiles({ name: 'astral.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await expect(page.locator('[data-rejected]')).toContainText(`${ids[2]} (备注太长)`);
		await page.locator('[data-action="merge"]').click();
		await page.goto(CHECKLIST);
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(item(page, ids[0]).locator('textarea[name="note"]')).toHaveValue(at.note);
		await expect(item(page, ids[1]).locator('input[name="naReason"]')).toHaveValue(at.naReason);
		expect(await answersLost(page, { [ids[0]]: at, [ids[1]]: { ...at, value: 'na' } }, 'import with astral text at every limit')).toBe(0);
	});

	test('import with far-future timestamps: clamped, so later local edits win', async ({ page }) => {
		const ids = await itemIds(page);
		const far = Number.MAX_SAFE_INTEGER;
		const file = stateText({ [ids[0]]: { value: 1, note: '导入的', updatedAt: far } }, { lastExportedAt: far });
		await page.goto(OVERVIEW);
		await page.locator('[data-import]').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await page.locator('[data-action="merge"]').click();
		await expect(page.locator('[data-last-export]')).not.toContainText('Invalid');
		await page.goto(CHECKLIST);
		await item(page, ids[0]).locator('input[type="radio"][value="3"]').check();
		await page.reload();
		await expect(item(page, ids[0]).locator('input[type="radio"][value="3"]')).toBeChecked();
		expect(await answersLost(page, { [ids[0]]: { value: 3, note: '导入的', updatedAt: 0 } }, 'import with far-future timestamps')).toBe(0);
	});

	test('a share link from maximal notes is never offered too large; the one offered opens', async ({ page, context }) => {
		await page.goto(OVERVIEW);
		const all = await page.evaluate(async () => {
			const { modelUrl } = JSON.parse(document.getElementById('pb-assessment-data')!.textContent!);
			// The packed model (src/lib/assessment/model.ts): items are [id, …] arrays.
			return (await (await fetch(modelUrl)).json()).i.map((item: [string]) => item[0]) as string[];
		});
		// Every item with a 2,000-unit note of varied Chinese text (deflate cannot shrink it away).
		const note = (n: number) => Array.from({ length: 2000 }, (_, j) => String.fromCharCode(0x4e00 + ((n * 7919 + j * 104729) % 20000))).join('');
		const original: Seed = Object.fromEntries(all.map((id, n) => [id, { value: n % 4, note: note(n), updatedAt: 1_700_000_000_000 }]));
		await seed(page, stateText(original));
		await page.goto(OVERVIEW);
		await page.locator('[data-share-notes]').check();
		await page.locator('[data-action="share"]').click();
		await expect(page.locator('[data-share-message]')).toContainText('超过可以打开的上限');
		const link = await page.locator('[data-share-link]').inputValue();
		const other = await context.browser()!.newContext({ baseURL: new URL(link).origin });
		const theirs = await other.newPage();
		await theirs.goto(link);
		await expect(theirs.locator('[data-shared]')).toContainText('只读');
		await expect(theirs.getByRole('alert')).toHaveCount(0);
		await other.close();
		expect(await answersLost(page, original, 'share link from maximal notes')).toBe(0);
	});
});
