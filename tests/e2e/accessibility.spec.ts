import AxeBuilder from '@axe-core/playwright';
import { PAGE_TYPES, expect, test } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		// axe walks every node: the glossary and the longest checklists take 10–30 s on a busy 2-core machine.
		test.describe.configure({ timeout: 90_000 });
		for (const [type, paths] of Object.entries(PAGE_TYPES)) {
			for (const path of paths) {
				test(`${type} ${path}`, async ({ page }) => {
					await page.goto(path);
					await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
					const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
					expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
				});
			}
		}
	});
}
