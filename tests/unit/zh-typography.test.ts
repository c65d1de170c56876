/** Chinese interface strings use full-width punctuation next to Chinese text, as Chinese readers expect. */
import { describe, expect, test } from 'vitest';
import { localeTable } from '../../src/i18n/tables';
import { withUnit } from '../../src/lib/site/quantity';

// Chinese characters only: a formula's ASCII parenthesis may touch full-width punctuation ("max(1, …)；").
const CJK = '\\p{Script=Han}';
/** A half-width ( ) ? : , with a Chinese character right before or after it. */
const HALF_WIDTH_BY_CJK = new RegExp(`${CJK}[(),?:]|[(),?:]${CJK}`, 'u');

export function halfWidthNextToChinese(strings: Record<string, string>): string[] {
	return Object.entries(strings)
		.filter(([, text]) => HALF_WIDTH_BY_CJK.test(text))
		.map(([key, text]) => `${key}: ${text}`);
}

describe('Chinese interface strings', () => {
	test('the check finds what it should, and leaves Latin text alone', () => {
		expect(halfWidthNextToChinese({ a: '导出全部答案(JSON)', b: '替换吗?', c: '备注:', d: '是,否', e: 'JSON (v2), CSV: ok' })).toEqual([
			'a: 导出全部答案(JSON)',
			'b: 替换吗?',
			'c: 备注:',
			'd: 是,否',
		]);
	});

	test.each(Object.entries(localeTable('zh-cn')))('content/i18n/zh-cn.json, section %s, has no half-width ( ) ? : , next to Chinese characters', (_section, strings) => {
		expect(halfWidthNextToChinese(strings)).toEqual([]);
	});

	test('"90–100 %" cannot break before the per cent sign', () => {
		const all = ['zh-cn', 'en'].flatMap((locale) => Object.values(localeTable(locale)).flatMap((s) => Object.values(s)));
		expect(all.filter((text) => / %/.test(text))).toEqual([]);
	});
});

describe('withUnit', () => {
	test('joins value and unit with a no-break space, a narrow one before "%"', () => {
		expect(withUnit('90–100', '%')).toBe('90–100\u202F%');
		expect(withUnit(3, '天')).toBe('3\u00A0天');
		expect(withUnit('≥ 95', undefined)).toBe('≥ 95');
	});
});
