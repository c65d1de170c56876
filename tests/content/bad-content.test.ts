/**
 * One fixture per kind of bad content, each asserting the exact report an author sees,
 * in the style of starlight-links-validator's fixture tests.
 */
import { describe, expect, test } from 'vitest';
import { checkFixture } from './fixture';

const RISK_ZH = 'risks/zh-cn/tax-customs.mdx';
const RISK_EN = 'risks/en/tax-customs.mdx';
const STRATEGY_ZH = 'strategies/zh-cn/market-insight.mdx';
const CHECKLIST_ZH = 'checklists/zh-cn/market-entry.mdx';
const CHECKLIST_EN = 'checklists/en/market-entry.mdx';

describe('the valid fixture', () => {
	test('passes the check', () => {
		expect(checkFixture('valid')).toEqual([]);
	});
});

describe('bad content names the file and the field', () => {
	test('missing field', () => {
		expect(checkFixture('missing-field', [{ file: RISK_EN, replace: 'likelihood: 4\n', with: '' }])).toEqual([
			'content/risks/en/tax-customs.mdx: likelihood: is required',
		]);
	});

	test('unknown enum value', () => {
		expect(checkFixture('unknown-enum', [{ file: RISK_ZH, replace: 'owner: compliance', with: 'owner: lawyer' }])).toEqual([
			'content/risks/zh-cn/tax-customs.mdx: owner: must be one of: general-manager, operations, supply-chain, compliance, finance, marketing, customer-service, it-security (got "lawyer")',
		]);
	});

	test('number out of range', () => {
		expect(checkFixture('out-of-range', [{ file: RISK_ZH, replace: 'likelihood: 4', with: 'likelihood: 7' }])).toEqual([
			'content/risks/zh-cn/tax-customs.mdx: likelihood: must be at most 5 (got 7)',
		]);
	});

	test('dangling entry reference', () => {
		expect(checkFixture('dangling-entry', [{ file: STRATEGY_ZH, replace: 'risks: [tax-customs]', with: 'risks: [tax-custom]' }])).toEqual([
			'content/strategies/en/market-insight.mdx: risks: is ["tax-custom"] in zh-cn but ["tax-customs"] in en (language-neutral fields must match)',
			'content/strategies/zh-cn/market-insight.mdx: risks[0]: no risk with id "tax-custom" exists in zh-cn (expected content/risks/zh-cn/tax-custom.mdx)',
		]);
	});

	test('dangling checklist item reference', () => {
		expect(
			checkFixture('dangling-item', [
				{ file: RISK_ZH, replace: 'items: [me-ioss-registered]', with: 'items: [me-ioss-registred]' },
				{ file: RISK_EN, replace: 'items: [me-ioss-registered]', with: 'items: [me-ioss-registred]' },
			])
		).toEqual([
			'content/risks/en/tax-customs.mdx: mitigations[0].items[0]: no checklist item with id "me-ioss-registred" exists in en',
			'content/risks/zh-cn/tax-customs.mdx: mitigations[0].items[0]: no checklist item with id "me-ioss-registred" exists in zh-cn',
		]);
	});

	test('duplicate checklist item id', () => {
		expect(
			checkFixture('duplicate-item', [
				{ file: CHECKLIST_ZH, replace: 'id: me-market-sized', with: 'id: me-ioss-registered' },
				{ file: CHECKLIST_EN, replace: 'id: me-market-sized', with: 'id: me-ioss-registered' },
			])
		).toEqual([
			'content/checklists/en/market-entry.mdx: sections[0].items[1].id: duplicate item id "me-ioss-registered": already used at content/checklists/en/market-entry.mdx sections[0].items[0].id',
			'content/checklists/en/market-entry.mdx: sections[0].items[1].id: id "me-ioss-registered" is already used on this page by sections[0].items[0].id',
			'content/checklists/zh-cn/market-entry.mdx: sections[0].items[1].id: duplicate item id "me-ioss-registered": already used at content/checklists/zh-cn/market-entry.mdx sections[0].items[0].id',
			'content/checklists/zh-cn/market-entry.mdx: sections[0].items[1].id: id "me-ioss-registered" is already used on this page by sections[0].items[0].id',
		]);
	});

	test('missing translation', () => {
		expect(checkFixture('missing-translation', [{ file: CHECKLIST_EN, remove: true }])).toEqual([
			'content/checklists/zh-cn/market-entry.mdx: (file): missing translation: content/checklists/en/market-entry.mdx does not exist',
			'content/risks/en/tax-customs.mdx: mitigations[0].items[0]: no checklist item with id "me-ioss-registered" exists in en',
			'content/strategies/en/market-insight.mdx: checklists[0]: no checklist with id "market-entry" exists in en (expected content/checklists/en/market-entry.mdx)',
		]);
	});

	test('language-neutral field that differs between languages', () => {
		expect(checkFixture('neutral-mismatch', [{ file: RISK_EN, replace: 'impact: 5', with: 'impact: 4' }])).toEqual([
			'content/risks/en/tax-customs.mdx: impact: is 5 in zh-cn but 4 in en (language-neutral fields must match)',
		]);
	});

	test('invalid date', () => {
		expect(checkFixture('invalid-date', [{ file: RISK_ZH, replace: 'effective: 2021-07-01', with: 'effective: 2021-02-30' }])).toEqual([
			'content/risks/zh-cn/tax-customs.mdx: regulations[0].effective: must be a real calendar date written as YYYY-MM-DD (got "2021-02-30")',
		]);
	});

	test('invalid URL', () => {
		expect(
			checkFixture('invalid-url', [
				{
					file: RISK_EN,
					replace: 'url: https://taxation-customs.ec.europa.eu/online-sellers_en',
					with: 'url: taxation-customs.ec.europa.eu/online-sellers_en',
				},
			])
		).toEqual([
			'content/risks/en/tax-customs.mdx: regulations[0].url: must be an absolute https:// URL (got "taxation-customs.ec.europa.eu/online-...")',
		]);
	});

	test('misspelt field name', () => {
		expect(checkFixture('misspelt-field', [{ file: RISK_ZH, replace: 'likelihood: 4', with: 'likelihod: 4' }])).toEqual([
			'content/risks/zh-cn/tax-customs.mdx: likelihod: unknown field (did you mean "likelihood"?)',
			'content/risks/zh-cn/tax-customs.mdx: likelihood: is required',
		]);
	});

	test('checklist item that links to nothing', () => {
		expect(
			checkFixture('unlinked-item', [
				{ file: CHECKLIST_ZH, replace: '        weight: 1\n        implements: market-insight\n', with: '        weight: 1\n' },
				{ file: CHECKLIST_EN, replace: '        weight: 1\n        implements: market-insight\n', with: '        weight: 1\n' },
			])
		).toEqual([
			'content/checklists/en/market-entry.mdx: sections[0].items[1]: must mitigate a risk or implement a strategy (set "mitigates" or "implements")',
			'content/checklists/zh-cn/market-entry.mdx: sections[0].items[1]: must mitigate a risk or implement a strategy (set "mitigates" or "implements")',
		]);
	});

	test('mitigation item that does not list the risk', () => {
		expect(
			checkFixture('one-way-mitigation', [
				{ file: CHECKLIST_ZH, replace: '        mitigates: [tax-customs]\n', with: '' },
				{ file: CHECKLIST_EN, replace: '        mitigates: [tax-customs]\n', with: '' },
			])
		).toEqual([
			'content/risks/en/tax-customs.mdx: mitigations[0].items[0]: checklist item "me-ioss-registered" (content/checklists/en/market-entry.mdx) does not list "tax-customs" in its "mitigates"',
			'content/risks/zh-cn/tax-customs.mdx: mitigations[0].items[0]: checklist item "me-ioss-registered" (content/checklists/zh-cn/market-entry.mdx) does not list "tax-customs" in its "mitigates"',
		]);
	});

	test('unknown glossary term', () => {
		expect(checkFixture('unknown-term', [{ file: STRATEGY_ZH, replace: '[[ioss]]', with: '[[iosss]]' }])).toEqual([
			'content/strategies/zh-cn/market-insight.mdx: body line 34: no glossary term with id "iosss" (content/glossary/terms.yaml)',
		]);
	});

	test('heading without a stable id on an editorial page', () => {
		expect(checkFixture('heading-without-id', [{ file: 'docs/index.mdx', replace: '## 怎么用 { #how-to-use }', with: '## 怎么用' }])).toEqual([
			'content/docs/en/index.mdx: headings: heading ids differ from content/docs/index.mdx (not in zh-cn: "how-to-use")',
			'content/docs/index.mdx: body line 5: heading "怎么用" needs a stable id that is the same in every language, e.g. "## 怎么用 { #some-id }"',
		]);
	});

	test('heading inside an entry body', () => {
		expect(checkFixture('entry-heading', [{ file: RISK_EN, replace: 'A shipment is held', with: '## Scenario\n\nA shipment is held' }])).toEqual([
			'content/risks/en/tax-customs.mdx: body line 35: headings are not allowed in a risk body: the page template renders every section heading',
		]);
	});

	test('broken YAML', () => {
		expect(checkFixture('broken-yaml', [{ file: RISK_EN, replace: 'likelihood: 4', with: 'likelihood: [4' }])).toEqual([
			'content/risks/en/tax-customs.mdx: (frontmatter): invalid YAML on line 7: missed comma between flow collection entries',
		]);
	});

	test('file outside a locale folder', () => {
		expect(checkFixture('no-locale', [{ file: 'risks/tax-customs.mdx', write: '---\ntitle: x\n---\n' }])).toEqual([
			'content/risks/tax-customs.mdx: (file): must be stored as content/risks/<locale>/tax-customs.mdx where <locale> is one of: zh-cn, en',
		]);
	});
});

describe('target profiles', () => {
	test('a profile that names a missing checklist or item', () => {
		expect(
			checkFixture('bad-profile', [
				{ file: 'profiles/profiles.yaml', replace: 'checklists: [market-entry]', with: 'checklists: [market-entri]' },
				{ file: 'profiles/profiles.yaml', replace: 'me-ioss-registered: 3', with: 'me-ioss-registred: 3' },
			])
		).toEqual([
			'content/profiles/profiles.yaml: [0].checklists[0]: no checklist with id "market-entri"',
			'content/profiles/profiles.yaml: [0].items.me-ioss-registred: no checklist item with id "me-ioss-registred"',
		]);
	});

	test('a target level out of range', () => {
		expect(checkFixture('profile-level', [{ file: 'profiles/profiles.yaml', replace: "'3': 2", with: "'3': 4" }])).toEqual([
			'content/profiles/profiles.yaml: [0].byWeight.3: must be one of: 0, 1, 2, 3 (got 4)',
		]);
	});
});

describe('regulations', () => {
	test('an upcoming rule without its start date', () => {
		expect(
			checkFixture('no-effective', [
				{ file: 'risks/zh-cn/tax-customs.mdx', replace: '    status: in-force\n    effective: 2021-07-01\n', with: '    status: upcoming\n' },
				{ file: 'risks/en/tax-customs.mdx', replace: '    status: in-force\n    effective: 2021-07-01\n', with: '    status: upcoming\n' },
			])
		).toEqual([
			'content/risks/en/tax-customs.mdx: regulations[0]: needs "effective": only a rule already in force may leave its start date out',
			'content/risks/zh-cn/tax-customs.mdx: regulations[0]: needs "effective": only a rule already in force may leave its start date out',
		]);
	});
});
