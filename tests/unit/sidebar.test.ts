import { expect, test } from 'vitest';
import { buildSidebar } from '../../src/lib/site/sidebar';

test('the sidebar lists entries in article order with both languages', () => {
	const entries = [
		{ collection: 'strategies' as const, locale: 'zh-cn', id: 'b', parsed: { title: '平台规则', order: 3 } },
		{ collection: 'strategies' as const, locale: 'zh-cn', id: 'a', parsed: { title: '市场洞察', order: 1 } },
		{ collection: 'strategies' as const, locale: 'en', id: 'a', parsed: { title: 'Market insight', order: 1 } },
		{ collection: 'strategies' as const, locale: 'en', id: 'b', parsed: { title: 'Platform rules', order: 3 } },
	];
	const [, strategies] = buildSidebar(entries, { hasTraining: false });
	expect(strategies).toEqual({
		label: '运营策略',
		translations: { en: 'Strategies' },
		items: [
			{ label: '策略总览', translations: { en: 'All strategies' }, link: '/strategies/' },
			{ label: '(一) 市场洞察', translations: { en: '1. Market insight' }, link: '/strategies/a/' },
			{ label: '(三) 平台规则', translations: { en: '3. Platform rules' }, link: '/strategies/b/' },
		],
	});
});
