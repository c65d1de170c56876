import { describe, expect, test } from 'vitest';
import { localizePath, parseLocales, starlightLocales, switchLocalePath } from '../../src/i18n/locales';
import { checkStringTables } from '../../src/i18n/tables';
import { entryIdFromPath, splitEntryId } from '../../src/lib/content/entry-id';
import { localeOfContentFile } from '../../src/lib/content/content-plugin';

describe('locale paths', () => {
	test('Chinese is the root locale, English lives under /en/', () => {
		expect(localizePath('/risks/', 'zh-cn')).toBe('/risks/');
		expect(localizePath('/risks/', 'en')).toBe('/en/risks/');
		expect(starlightLocales()).toEqual({ root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } });
	});

	test('switching language keeps the page', () => {
		expect(switchLocalePath('/risks/tax-customs/', 'en')).toBe('/en/risks/tax-customs/');
		expect(switchLocalePath('/en/risks/tax-customs/', 'zh-cn')).toBe('/risks/tax-customs/');
		expect(switchLocalePath('/en/', 'zh-cn')).toBe('/');
		expect(switchLocalePath('/', 'en')).toBe('/en/');
		// A page whose first segment merely starts with "en" is not English.
		expect(switchLocalePath('/entry/', 'en')).toBe('/en/entry/');
	});
});

describe('entry ids', () => {
	test('root-locale entries keep the bare id so references are the same in both languages', () => {
		expect(entryIdFromPath('zh-cn/tax-customs.mdx')).toBe('tax-customs');
		expect(entryIdFromPath('en/tax-customs.mdx')).toBe('en/tax-customs');
		// A file outside a locale folder cannot collide with a real entry (the rules report it).
		expect(entryIdFromPath('tax-customs.mdx')).toBe('~/tax-customs');
		expect(splitEntryId('en/tax-customs')).toEqual({ id: 'tax-customs', locale: 'en' });
		expect(splitEntryId('tax-customs')).toEqual({ id: 'tax-customs', locale: 'zh-cn' });
	});

	test('content files know their language from their folder', () => {
		expect(localeOfContentFile('risks/en/x.mdx')).toBe('en');
		expect(localeOfContentFile('docs/en/guides/a.mdx')).toBe('en');
		expect(localeOfContentFile('docs/guides/a.mdx')).toBe('zh-cn');
		expect(localeOfContentFile('risks/zh-cn/x.mdx')).toBe('zh-cn');
		expect(localeOfContentFile('docs/entry.mdx')).toBe('zh-cn');
	});
});

describe('the locales data (content/i18n/locales.json)', () => {
	const zh = { folder: 'zh-cn', lang: 'zh-CN', prefix: '', label: '简体中文', root: true };
	const en = { folder: 'en', lang: 'en', prefix: 'en', label: 'English' };

	test('puts the root locale first and lets intl default to lang', () => {
		expect(parseLocales([en, zh]).map((l) => [l.folder, l.intl])).toEqual([
			['zh-cn', 'zh-CN'],
			['en', 'en'],
		]);
	});

	test('names the row and field of a mistake', () => {
		expect(() => parseLocales([zh, { ...en, root: true, prefix: '' }])).toThrow('content/i18n/locales.json: (file): exactly one locale must be "root": true');
		expect(() => parseLocales([zh, { ...en, folder: 'zh-cn' }])).toThrow('content/i18n/locales.json: [1].folder: "zh-cn" is used twice');
		expect(() => parseLocales([zh, { ...en, prefix: '' }])).toThrow('content/i18n/locales.json: [1].prefix: expected text matching');
		expect(() => parseLocales([zh, { ...en, langauge: 'en' }])).toThrow('content/i18n/locales.json: [1].langauge: unknown field');
	});
});

describe('the strings tables (content/i18n/<folder>.json)', () => {
	test("today's tables have the same keys", () => {
		expect(checkStringTables()).toEqual([]);
	});

	test('a missing, unknown or non-text string is reported by file and key; Starlight overrides are optional', () => {
		const root = { folder: 'zh-cn', file: 'content/i18n/zh-cn.json', table: { ui: { a: '甲', b: '乙' }, starlight: { 'search.label': '搜索' } } };
		const other = { folder: 'en', file: 'content/i18n/en.json', table: { ui: { a: 'A', c: 'C' }, starlight: {} } };
		expect(checkStringTables([root, other])).toEqual([
			{ file: 'content/i18n/en.json', field: 'ui.c', message: 'unknown string: content/i18n/zh-cn.json has no such key' },
			{ file: 'content/i18n/en.json', field: 'ui.b', message: 'missing string: content/i18n/zh-cn.json has it' },
		]);
		expect(checkStringTables([root, { ...other, table: { ui: { a: 'A', b: 2 } as never, starlight: {} } }])).toEqual([
			{ file: 'content/i18n/en.json', field: 'ui.b', message: 'expected text, got 2' },
		]);
		expect(checkStringTables([root, { ...other, table: undefined }])).toEqual([
			{ file: 'content/i18n/en.json', field: '(file)', message: 'missing: every locale in content/i18n/locales.json needs its strings table' },
		]);
	});
});
