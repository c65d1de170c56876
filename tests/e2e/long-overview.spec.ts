/**
 * The overview of a long playbook: lists of checklists and risks draw their first rows and a button
 * to show the rest (and back), answers to rows not drawn still count and show once drawn, and printing
 * shows everything. Today's playbook is short enough that nothing is held back.
 *
 * The long playbook is today's, served with 50 more checklists and 45 more risks put before the real
 * ones: the overview's outline, model and titles files are rewritten on their way to the page, so the
 * real checklists and risks come after the first rows, and every synthetic risk sits in one matrix cell.
 * (The real checklists' shares name their risks by id: they need no rewriting.)
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEED, seedAnswers } from './seed-answers';

const EXTRA_CHECKLISTS = 50;
const EXTRA_RISKS = 45;
/** The limits of src/scripts/assessment/overview/long-list.ts, as a reader sees them. */
const LIST_LIMIT = 20;
const CELL_LIMIT = 8;

type Packed = { v: string; c: [string, string[]][]; s: unknown[]; r: [string, string, number, number][]; i: [string, number, number, number, number[], number, string][]; p: unknown[] };
type Outline = { c: [string, [string, number[][]][]][]; r: Packed['r'] };
type Titles = { checklists: string[]; risks: string[] };

const syntheticChecklist = (n: number) => `synthetic-checklist-${n}`;
const syntheticRisk = (n: number) => `synthetic-risk-${n}`;

async function lengthen(route: Route) {
	const response = await route.fetch();
	const url = route.request().url();
	const body = await response.json();
	const extraRisks = Array.from({ length: EXTRA_RISKS }, (_, n): Packed['r'][number] => [syntheticRisk(n + 1), 'operations', 5, 5]);
	if (/\/outline-[0-9a-f]+\.json$/.test(url)) {
		const outline = body as Outline;
		// As in the model below. No share bucket lists the synthetic items' prefix: the tests answer real items only.
		const checklists: Outline['c'] = Array.from({ length: EXTRA_CHECKLISTS }, (_, n) => [syntheticChecklist(n + 1), [['basics', [n < EXTRA_RISKS ? [2, 0, n] : [2, 0], [1, 0]]]]]);
		outline.c = [...checklists, ...outline.c.map(([id, sections]): Outline['c'][number] => [id, sections.map(([sid, items]) => [sid, items.map(([w, s, ...risks]) => [w, s, ...risks.map((r) => r + EXTRA_RISKS)])])])];
		outline.r = [...extraRisks, ...outline.r];
		return route.fulfill({ response, json: outline });
	}
	if (/\/model-[0-9a-f]+\.json$/.test(url)) {
		const model = body as Packed;
		const checklists: Packed['c'] = Array.from({ length: EXTRA_CHECKLISTS }, (_, n) => [syntheticChecklist(n + 1), ['basics']]);
		// Each synthetic checklist has two items; each synthetic risk is mitigated by one of them.
		const items: Packed['i'] = checklists.flatMap(([id], n) => [
			[`${id}-a`, n, 0, 2, n < EXTRA_RISKS ? [n] : [], 0, '00000000'],
			[`${id}-b`, n, 0, 1, [], 0, '00000001'],
		]);
		model.i = [...items, ...model.i.map(([id, c, s, w, risks, strategy, hash]): Packed['i'][number] => [id, c + EXTRA_CHECKLISTS, s, w, risks.map((r) => r + EXTRA_RISKS), strategy, hash])];
		model.c = [...checklists, ...model.c];
		model.r = [...extraRisks, ...model.r];
		return route.fulfill({ response, json: model });
	}
	// Titles are in the model's order: the synthetic ones first, as above.
	const titles = body as Titles;
	titles.checklists = [...Array.from({ length: EXTRA_CHECKLISTS }, (_, n) => `Synthetic checklist ${n + 1}`), ...titles.checklists];
	titles.risks = [...Array.from({ length: EXTRA_RISKS }, (_, n) => `Synthetic risk ${n + 1}`), ...titles.risks];
	return route.fulfill({ response, json: titles });
}

const serveLongPlaybook = (page: Page) => page.route(/\/assessment\/(outline|model|titles)-[0-9a-f]+\.json$/, lengthen);

const WORDS = {
	'/en/assessment/': { showAll: (n: number) => `Show all ${n}`, showFirst: `Show the first ${LIST_LIMIT} only`, accountHealth: 'Account health' },
	'/assessment/': { showAll: (n: number) => `显示全部 ${n} 项`, showFirst: `只显示前 ${LIST_LIMIT} 项`, accountHealth: '账号健康' },
} as const;

/** The scores table's rows: overall, one per pillar, one per checklist drawn. */
const scoreRows = (page: Page) => page.locator('#pb-scores tbody tr');
const PILLARS = 5;
/** The number of risks a matrix cell's label gives ("… = 25 (Critical): 47 risk(s)"). */
const risksIn = (label: string | null) => Number(/(\d+) risk/.exec(label ?? '')?.[1]);

test.describe('the overview of a long playbook', () => {
	test.setTimeout(120_000);

	test("today's playbook is short: every checklist, risk and matrix name is drawn, with no 'Show all'", async ({ page }) => {
		for (const path of Object.keys(WORDS)) {
			await page.goto(path);
			await expect(scoreRows(page)).toHaveCount(1 + PILLARS + 13);
			await expect(page.locator('#pb-matrix-table tbody tr')).toHaveCount(15);
			await expect(page.locator('#pb-matrix li')).toHaveCount(15);
			await expect(page.locator('#pb-not-assessed > li')).toHaveCount(13);
			await expect(page.locator('.pb-show-all')).toHaveCount(0);
			// Laid out whole: nothing on a short overview moves when a view scrolls into view.
			await expect(page.locator('[data-not-assessed]')).toHaveCSS('content-visibility', 'visible');
		}
	});

	test('off-screen views skip layout from the first render, and are drawn when scrolled to', async ({ page }) => {
		await serveLongPlaybook(page);
		await page.goto('/en/assessment/');
		await expect(scoreRows(page)).toHaveCount(1 + PILLARS + LIST_LIMIT);
		// The last views of the first render are drawn.
		await expect(page.locator('[data-last-export]')).not.toBeEmpty();
		const notAssessed = page.locator('[data-not-assessed]');
		await expect(notAssessed).toHaveCSS('content-visibility', 'auto');
		// Screens below the first on a phone-sized window: not laid out yet (the size it is given while skipped).
		await page.setViewportSize({ width: 390, height: 844 });
		const skipped = await notAssessed.evaluate((el) => el.getBoundingClientRect().height);
		expect(skipped).toBe(40 * 16);
		await notAssessed.scrollIntoViewIfNeeded();
		await expect(page.locator('#pb-not-assessed > li')).toHaveCount(LIST_LIMIT);
		await expect.poll(() => notAssessed.evaluate((el) => el.getBoundingClientRect().height)).not.toBe(40 * 16);
	});

	test("Starlight's table of contents scans the page before the overview is drawn, and follows its sections", async ({ page }) => {
		// Its one query over the whole page (starlight-toc.ts) covers the page as served, not the drawn views.
		await page.addInitScript(() => {
			const drawnAtScan: number[] = [];
			(window as unknown as { drawnAtScan: number[] }).drawnAtScan = drawnAtScan;
			const query = Document.prototype.querySelectorAll;
			Document.prototype.querySelectorAll = function (this: Document, selector: string) {
				if (selector.includes(':has(h1#_top')) drawnAtScan.push(query.call(this, '#pb-scores tr').length);
				return query.call(this, selector);
			} as typeof query;
		});
		await serveLongPlaybook(page);
		await page.goto('/en/assessment/');
		await expect(scoreRows(page)).toHaveCount(1 + PILLARS + LIST_LIMIT);
		// Both tables of contents (the phone's and the wide screen's) scanned an undrawn overview.
		await expect.poll(() => page.evaluate(() => (window as unknown as { drawnAtScan: number[] }).drawnAtScan)).toEqual([0, 0]);
		const current = page.locator('.right-sidebar starlight-toc a[aria-current="true"]');
		for (const id of ['actions', 'matrix']) {
			await page.locator(`#${id}`).evaluate((heading) => heading.scrollIntoView());
			await expect(current).toHaveAttribute('href', `#${id}`);
		}
	});

	test('on a wide screen, what is on screen stays put while the views above it are laid out', async ({ page }) => {
		await page.setViewportSize({ width: 1366, height: 768 });
		await serveLongPlaybook(page);
		await page.goto('/en/assessment/');
		const toggle = page.locator('[data-not-assessed] > .pb-show-all');
		await expect(toggle).toBeVisible();
		// Above the list: the action plan, 40rem while skipped, one line once laid out.
		const actions = page.locator('[data-actions]');
		await expect.poll(() => actions.evaluate((el) => el.getBoundingClientRect().height)).toBe(40 * 16);
		const top = await toggle.evaluate((el) => {
			el.scrollIntoView({ block: 'center' });
			return el.getBoundingClientRect().top;
		});
		await expect.poll(() => actions.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(40 * 16);
		// Within the half pixel by which a scroll position is rounded.
		const moved = (await toggle.evaluate((el) => el.getBoundingClientRect().top)) - top;
		expect(Math.abs(moved)).toBeLessThanOrEqual(1);
	});

	for (const [path, words] of Object.entries(WORDS)) {
		test(`scores: the first ${LIST_LIMIT} checklists, then all of them and back, by keyboard, answers counted throughout ${path}`, async ({ page }) => {
			await seedAnswers(page);
			// The real overview's row for the answered checklist, to compare with once it is drawn.
			await page.goto(path);
			const realRow = await scoreRows(page).filter({ hasText: words.accountHealth }).innerText();
			const answered = (await scoreRows(page).first().locator('td').nth(1).innerText()).split('/')[0];

			await serveLongPlaybook(page);
			await page.goto(path);
			const total = 13 + EXTRA_CHECKLISTS;
			await expect(scoreRows(page)).toHaveCount(1 + PILLARS + LIST_LIMIT);
			await expect(page.locator('#pb-bars-checklists > li')).toHaveCount(LIST_LIMIT);
			// The answered checklist comes after the first rows: not drawn, but its answers count overall.
			await expect(scoreRows(page).filter({ hasText: words.accountHealth })).toHaveCount(0);
			await expect(scoreRows(page).first().locator('td').nth(1)).toHaveText(new RegExp(`^${answered}/`));

			const toggle = page.locator('[data-scores] > .pb-show-all');
			await expect(toggle).toHaveText(words.showAll(total));
			await expect(toggle).toHaveAttribute('aria-expanded', 'false');
			await toggle.focus();
			await page.keyboard.press('Enter');
			await expect(scoreRows(page)).toHaveCount(1 + PILLARS + total);
			await expect(page.locator('#pb-bars-checklists > li')).toHaveCount(total);
			await expect.poll(() => scoreRows(page).filter({ hasText: words.accountHealth }).innerText()).toBe(realRow);
			await expect(toggle).toHaveText(words.showFirst);
			await expect(toggle).toHaveAttribute('aria-expanded', 'true');
			await expect(toggle).toBeFocused();
			// The bars' button says the same: one list, two views of it.
			await expect(page.locator('.pb-bars > .pb-show-all')).toHaveText(words.showFirst);

			await page.keyboard.press('Enter');
			await expect(scoreRows(page)).toHaveCount(1 + PILLARS + LIST_LIMIT);
			await expect(toggle).toBeFocused();
			await expect(toggle).toHaveText(words.showAll(total));
		});
	}

	test('an answer to a checklist not drawn counts at once, and shows in its row when drawn', async ({ page, context }) => {
		await serveLongPlaybook(page);
		await page.goto('/en/assessment/');
		await expect(scoreRows(page)).toHaveCount(1 + PILLARS + LIST_LIMIT);
		const overall = scoreRows(page).first().locator('td').nth(1);
		await expect(overall).toHaveText(/^0\//);

		// Answered in another tab, as a reader does with the overview open.
		const checklist = await context.newPage();
		await checklist.goto(SEED.checklist);
		await checklist.locator('fieldset[data-item="ah-daily-health-check"] input[type="radio"][value="2"]').check();
		await expect(overall).toHaveText(/^1\//);
		await checklist.close();

		await page.locator('[data-scores] > .pb-show-all').click();
		await expect(scoreRows(page).filter({ hasText: 'Account health' }).locator('td').nth(1)).toHaveText(/^1\//);
	});

	test('the matrix: a crowded cell lists its first risks and the rest on request; the table its first rows', async ({ page }) => {
		await serveLongPlaybook(page);
		await page.goto('/en/assessment/');
		await page.locator('input[name="pb-matrix-view"][value="inherent"]').check();
		const cell = page.locator('#pb-matrix td[aria-label^="Likelihood 5 × impact 5"]');
		const inCell = risksIn(await cell.getAttribute('aria-label'));
		expect(inCell, 'every synthetic risk is in the top cell').toBeGreaterThanOrEqual(EXTRA_RISKS);
		await expect(cell.locator('li')).toHaveCount(CELL_LIMIT);
		const more = cell.locator('.pb-show-all');
		// A short button that fits a phone's cell, named in full.
		await expect(more).toHaveText(`+${inCell - CELL_LIMIT}`);
		await expect(more).toHaveAccessibleName(`+${inCell - CELL_LIMIT}: show all ${inCell} in this cell`);
		await more.click();
		await expect(cell.locator('li')).toHaveCount(inCell);
		await expect(more).toBeFocused();
		await expect(more).toHaveText('Fewer');
		await expect(more).toHaveAttribute('aria-expanded', 'true');
		// Other cells are as they were: a few names each, no button.
		await expect(page.locator('#pb-matrix .pb-show-all')).toHaveCount(1);

		const riskRows = page.locator('#pb-matrix-table tbody tr');
		const risks = 15 + EXTRA_RISKS;
		await expect(riskRows).toHaveCount(LIST_LIMIT);
		await page.locator('[data-matrix-table] > .pb-show-all').click();
		await expect(riskRows).toHaveCount(risks);
		// The real risks come last; one of them is drawn with its figures.
		await expect(riskRows.last().locator('th a')).toHaveAttribute('href', /\/en\/risks\//);
		await expect(riskRows.last().locator('td')).toHaveCount(3);
	});

	test('not yet assessed lists its first checklists, then all', async ({ page }) => {
		await serveLongPlaybook(page);
		await page.goto('/assessment/');
		const groups = page.locator('#pb-not-assessed > li');
		await expect(groups).toHaveCount(LIST_LIMIT);
		const toggle = page.locator('[data-not-assessed] > .pb-show-all');
		await expect(toggle).toHaveText(WORDS['/assessment/'].showAll(13 + EXTRA_CHECKLISTS));
		await toggle.click();
		await expect(groups).toHaveCount(13 + EXTRA_CHECKLISTS);
		// The real checklists come after the synthetic ones: the last one drawn is today's last checklist.
		await expect(groups.last().locator('a')).toHaveAttribute('href', /\/checklists\/[a-z-]+\/$/);
		await expect(groups.last()).toContainText(/\d+\/\d+ 项未作答/);
	});

	test('printing draws every row of every long list', async ({ page }) => {
		await serveLongPlaybook(page);
		await page.goto('/en/assessment/');
		await expect(scoreRows(page)).toHaveCount(1 + PILLARS + LIST_LIMIT);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await expect(scoreRows(page)).toHaveCount(1 + PILLARS + 13 + EXTRA_CHECKLISTS);
		await expect(page.locator('#pb-matrix-table tbody tr')).toHaveCount(15 + EXTRA_RISKS);
		await expect(page.locator('#pb-not-assessed > li')).toHaveCount(13 + EXTRA_CHECKLISTS);
		const crowded = page.locator('#pb-matrix td[aria-label^="Likelihood 5 × impact 5"]');
		await expect(crowded.locator('li')).toHaveCount(risksIn(await crowded.getAttribute('aria-label')));
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.pb-show-all').first()).toBeHidden();
	});

	for (const scheme of ['light', 'dark'] as const) {
		test(`no axe violations with the lists shown in part and in full, ${scheme} theme`, async ({ page }) => {
			test.slow();
			await page.emulateMedia({ colorScheme: scheme });
			await serveLongPlaybook(page);
			await page.goto('/en/assessment/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
			await expect(page.locator('[data-not-assessed] > .pb-show-all')).toBeVisible();
			const violations = async () =>
				(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
			expect(await violations()).toEqual([]);
			await page.locator('#pb-matrix .pb-show-all').click();
			await page.locator('[data-matrix-table] > .pb-show-all').click();
			await expect(page.locator('#pb-matrix .pb-show-all')).toHaveText('Fewer');
			expect(await violations()).toEqual([]);
		});
	}
});
