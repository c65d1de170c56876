/**
 * The real build refuses bad content: `astro build` over a fixture with a broken entry exits
 * non-zero and prints the file and field, before any page is rendered.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { makeFixture, PROJECT_ROOT } from '../content/fixture';

function build(name: string, contentRoot: string) {
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', join(contentRoot, 'dist')], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, PLAYBOOK_CONTENT_DIR: `tests/.tmp/${name}/content`, NO_COLOR: '1' },
		encoding: 'utf8',
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

test('astro build fails on bad content, naming the file and field', { timeout: 120_000 }, () => {
	const root = makeFixture('build-bad', [
		{ file: 'risks/en/tax-customs.mdx', replace: 'impact: 5', with: 'impact: 9' },
	]);
	const { status, output } = build('build-bad', root);
	expect(status).not.toBe(0);
	expect(output).toContain('Content check failed with 1 problem(s):');
	expect(output).toContain(
		'tests/.tmp/build-bad/content/risks/en/tax-customs.mdx: impact: must be at most 5 (got 9)'
	);
});

test('the valid fixture builds into both languages with language-neutral anchors', { timeout: 120_000 }, async () => {
	const root = makeFixture('build-valid');
	const { status, output } = build('build-valid', root);
	expect(output).not.toContain('Content check failed');
	expect(status).toBe(0);
	const { readFileSync } = await import('node:fs');
	const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
	for (const path of ['checklists/market-entry', 'en/checklists/market-entry']) {
		expect(page(path)).toContain('id="me-ioss-registered"');
		expect(page(path)).toContain('id="how-to-use"');
	}
	// `[[ioss]]` in an MDX body becomes a link to the glossary in the page's language.
	expect(page('strategies/market-insight')).toContain('<a class="pb-term" href="/glossary/#ioss">进口一站式申报</a>');
	expect(page('en/strategies/market-insight')).toContain('<a class="pb-term" href="/en/glossary/#ioss">Import One-Stop Shop</a>');
});
