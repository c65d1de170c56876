/**
 * Fixture builds: each folder in `tests/fixtures/bad-content/` is one kind of bad content, built with
 * Astro's programmatic `build({ root })` through the production config. The build must fail and
 * report exactly the lines in the folder's `expected.txt`. The valid fixture must build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, FIXTURES, makeSite, readScenario } from './fixture-site';
import { child, childrenNamed, parseICalendar, parseXml, prop, unescapeText } from '../unit/obligations/parsers';

const scenarios = readdirSync(join(FIXTURES, 'bad-content')).sort();
// Astro starts Vite for every build: 1–3 s for a failing fixture on an idle machine; a full build
// of the valid fixture takes ~10 s, several times that on a busy shared machine.
const BUILD_TIMEOUT = 60_000;
const FULL_BUILD_TIMEOUT = 240_000;

describe('bad content fails the build with file: field: message', () => {
	test('there are scenarios for at least 12 kinds of bad content', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(12);
	});

	test.each(scenarios)('%s', { timeout: BUILD_TIMEOUT }, async (name) => {
		const scenario = readScenario('bad-content', name);
		expect(scenario.expected.length, `${name}/expected.txt lists the report`).toBeGreaterThan(0);
		const { report, error } = await buildSite(makeSite(`bad-${name}`, scenario.edits));
		expect(report).toEqual(scenario.expected);
		expect(error?.message).toContain(`Content check failed with ${scenario.expected.length} problem(s):`);
	});
});

describe('the valid fixture', () => {
	test('builds both languages with anchors, glossary links and a sidebar from the collections', { timeout: FULL_BUILD_TIMEOUT }, async () => {
		const root = makeSite('valid', [
			// Glossary markup inside a code span is shown as written, not linked.
			{ file: 'strategies/en/market-insight.md', replace: 'when you choose a market.', with: 'when you choose a market. Authors write `[[ioss]]`.' },
		]);
		const { report, error } = await buildSite(root);
		expect(report).toEqual([]);
		expect(error).toBeUndefined();
		const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
		for (const path of ['checklists/market-entry', 'en/checklists/market-entry']) {
			expect(page(path)).toContain('id="me-ioss-registered"');
			expect(page(path)).toContain('id="how-to-use"');
		}
		// `[[ioss]]` in a Markdown body becomes a link to the glossary in the page's language.
		expect(page('strategies/market-insight')).toContain('<a href="/glossary/#ioss" class="pb-term">进口一站式申报</a>');
		expect(page('en/strategies/market-insight')).toContain('<a href="/en/glossary/#ioss" class="pb-term">Import One-Stop Shop</a>');
		expect(page('en/strategies/market-insight')).toContain('Authors write <code>[[ioss]]</code>.');
		// `{{figure}}` in a Markdown body and in frontmatter text: the value, unit and as-of date in the
		// page's language, with no break between number and unit.
		expect(page('strategies/market-insight')).toContain('按每个税目 3\u00A0欧元（截至\u00A02026-11） 征收关税');
		expect(page('en/strategies/market-insight')).toContain('charges €3 (as of Nov\u00A02026) duty per tariff heading');
		expect(page('risks/tax-customs')).toContain('每周超过 <span class="pb-figure">2\u00A0票（截至\u00A02026-11）</span>');
		expect(page('en/risks/tax-customs')).toContain('More than <span class="pb-figure">2\u00A0shipments (as of Nov\u00A02026)</span> a week');
		// Figures in glossary definitions and regulation texts: the same markup as frontmatter text on
		// the HTML pages, plain text in the calendar file and the feed.
		const euro = '€3 (as of Nov\u00A02026)';
		const shown = `<span class="pb-figure">${euro}</span>`;
		expect(page('en/glossary')).toContain(`each tariff heading also pays ${shown} of duty.`);
		expect(page('glossary')).toContain('每个税目另征 <span class="pb-figure">3\u00A0欧元（截至\u00A02026-11）</span>关税。');
		expect(page('en/risks/tax-customs')).toContain(`and pay ${shown} of duty per tariff heading.`);
		expect(page('en/planner')).toContain(`and pay ${shown} of duty per tariff heading.`);
		expect(page('en/planner/calendar')).toContain(`Example reporting deadline, ${shown} per tariff heading`);
		// The sidebar lists the entry, numbered as the article does, and marks the current page.
		expect(page('en/risks/tax-customs')).toMatch(/<a href="\/en\/strategies\/market-insight\/"[^>]*><span[^>]*>1\. /);
		expect(page('en/risks/tax-customs')).toMatch(/<a href="\/en\/risks\/tax-customs\/" aria-current="page"/);
		expect(page('strategies/market-insight')).toMatch(/<a href="\/strategies\/market-insight\/" aria-current="page"[^>]*><span[^>]*>\(一\) /);
		// The risk page renders its regulation from the regulations collection, in the page's language.
		expect(page('risks/tax-customs')).toMatch(/<tr id="eu-vat-ecommerce"[^>]*><th scope="row"[^>]*>欧盟增值税电商一揽子规则<\/th>/);
		expect(page('en/risks/tax-customs')).toContain('<time datetime="2021-07-01">');
		// The calendar and the feeds are generated in both languages and parse.
		const file = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
		for (const path of ['calendar.ics', 'en/calendar.ics']) {
			const events = parseICalendar(file(path)).children.filter((c) => c.type === 'VEVENT');
			expect(events.map((e) => prop(e, 'DTSTART')!.value)).toEqual(['20210701', '20210831']);
			expect(prop(events[1], 'RRULE')!.value).toBe('FREQ=YEARLY');
		}
		for (const path of ['feed.xml', 'en/feed.xml']) {
			const feed = parseXml(file(path));
			expect(childrenNamed(feed, 'entry').map((e) => child(e, 'category')!.attrs.term)).toEqual(['edition', 'regulation']);
		}
		const [icsEvent] = parseICalendar(file('en/calendar.ics')).children.filter((c) => c.type === 'VEVENT' && prop(c, 'DTSTART')!.value === '20210831');
		expect(unescapeText(prop(icsEvent, 'DESCRIPTION')!.value)).toContain(`Example reporting deadline, ${euro} per tariff heading`);
		const regulationEntry = childrenNamed(parseXml(file('en/feed.xml')), 'entry')[1];
		expect(child(regulationEntry, 'summary')!.text).toBe(`Imports of €150 or less can declare VAT through IOSS and pay ${euro} of duty per tariff heading.`);
		expect(child(childrenNamed(parseXml(file('en/feed.xml')), 'entry')[1], 'link')!.attrs.href).toBe('https://playbook.example/en/risks/tax-customs/#eu-vat-ecommerce');
		expect(page('en/risks/tax-customs')).toContain('<link rel="alternate" type="application/atom+xml" href="/en/feed.xml" hreflang="en"');
	});
});
