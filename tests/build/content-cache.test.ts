/**
 * Entries are Markdown, rendered once by the content layer and cached between builds. A figure or a
 * glossary term is written into the entries that use it, so an edit to `figures.yaml` or
 * `terms.yaml` must show on the next (cached) build, without a forced one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, makeSite } from './fixture-site';

const TWO_BUILDS_TIMEOUT = 240_000;

test('a figure or term edit shows on the next cached build of the entries that use them', { timeout: TWO_BUILDS_TIMEOUT }, async () => {
	const root = makeSite('content-cache');
	const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
	const edit = (file: string, from: string, to: string) => {
		const path = join(root, 'content', file);
		const before = readFileSync(path, 'utf8');
		expect(before).toContain(from);
		writeFileSync(path, before.replace(from, to));
	};

	const body = (path: string) => /<p>(?:From 1 Jul 2026|欧盟自 2026).*?<\/p>/.exec(page(path))?.[0];
	expect((await buildSite(root)).error).toBeUndefined();
	expect(body('en/strategies/market-insight')).toBe(
		'<p>From 1 Jul 2026 the EU charges €3 (as of Nov\u00A02026) duty per tariff heading on low-value parcels: count the cost of <a href="/en/glossary/#ioss" class="pb-term">Import One-Stop Shop</a> when you choose a market.</p>'
	);

	edit('figures/figures.yaml', 'value: 3\n', 'value: 4\n');
	edit('glossary/terms.yaml', 'en: { term: Import One-Stop Shop,', 'en: { term: Import One-Stop Shop scheme,');
	const { report, error } = await buildSite(root, { cached: true });
	expect(report).toEqual([]);
	expect(error).toBeUndefined();
	expect(body('en/strategies/market-insight')).toBe(
		'<p>From 1 Jul 2026 the EU charges €4 (as of Nov\u00A02026) duty per tariff heading on low-value parcels: count the cost of <a href="/en/glossary/#ioss" class="pb-term">Import One-Stop Shop scheme</a> when you choose a market.</p>'
	);
	expect(body('strategies/market-insight')).toContain('按每个税目 4\u00A0欧元（截至\u00A02026-11）');
});
