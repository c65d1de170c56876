import { describe, expect, test } from 'vitest';
import { localizePath, starlightLocales, switchLocalePath } from '../../src/i18n/locales';
import { entryIdFromPath, splitEntryId } from '../../src/lib/content/entry-id';
import { localeOfContentFile } from '../../src/lib/content/glossary-plugin';

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
