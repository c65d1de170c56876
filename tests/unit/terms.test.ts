import { describe, expect, test } from 'vitest';
import { TERM_RULES, termMisuses } from '../../src/lib/content/terms';

describe('one term per concept', () => {
	test('Chinese variants are named with the preferred term', () => {
		expect(termMisuses('美国取消低价值包裹免税后', 'zh-cn')).toEqual([{ variant: '低价值包裹免税', preferred: '小额豁免' }]);
		expect(termMisuses('查看账户健康页面', 'zh-cn')).toEqual([{ variant: '账户健康', preferred: '账号健康' }]);
		expect(termMisuses('欧盟经济经营者', 'zh-cn')).toEqual([{ variant: '经济经营者', preferred: '经济运营者' }]);
		expect(termMisuses('美国取消小额豁免后', 'zh-cn')).toEqual([]);
	});

	test('不确定 fails only as a whole label, not in prose', () => {
		expect(termMisuses('不确定', 'zh-cn')).toEqual([{ variant: '不确定', preferred: '不清楚' }]);
		expect(termMisuses('不确定是否需要时，已咨询专业人士', 'zh-cn')).toEqual([]);
	});

	test('English variants match whole words in any case', () => {
		expect(termMisuses('priced in Renminbi', 'en')).toEqual([{ variant: 'Renminbi', preferred: 'RMB' }]);
		expect(termMisuses('100 yuan a unit', 'en')).toEqual([{ variant: 'yuan', preferred: 'RMB' }]);
		expect(termMisuses('Yuanbao tea', 'en')).toEqual([]);
		expect(termMisuses('the end of low-value relief in the UK', 'en')).toEqual([{ variant: 'low-value relief', preferred: 'de minimis' }]);
	});

	test('a language is checked only against its own rules', () => {
		expect(termMisuses('小额免税', 'en')).toEqual([]);
		expect(termMisuses('yuan', 'zh-cn')).toEqual([]);
	});

	test('no variant is also a preferred term', () => {
		const preferred = new Set(TERM_RULES.map((r) => `${r.locale}:${r.preferred.toLowerCase()}`));
		for (const rule of TERM_RULES) for (const v of rule.variants) expect(preferred.has(`${rule.locale}:${v.toLowerCase()}`)).toBe(false);
	});
});
