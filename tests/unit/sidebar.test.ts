import { expect, test } from 'vitest';
import { buildSidebar, docSlugs } from '../../src/lib/site/sidebar';

test('the sidebar lists entries in article order with both languages', () => {
	const entries = [
		{ collection: 'strategies' as const, locale: 'zh-cn', id: 'b', parsed: { title: '平台规则', order: 3 } },
		{ collection: 'strategies' as const, locale: 'zh-cn', id: 'a', parsed: { title: '市场洞察', order: 1 } },
		{ collection: 'strategies' as const, locale: 'en', id: 'a', parsed: { title: 'Market insight', order: 1 } },
		{ collection: 'strategies' as const, locale: 'en', id: 'b', parsed: { title: 'Platform rules', order: 3 } },
	];
	const [, strategies] = buildSidebar(entries);
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

test('editorial pages are listed by their sidebar order, index first', () => {
	const docs = [
		{ slug: 'training/quarterly-risk-review', locale: 'zh-cn', data: { sidebar: { order: 3 } } },
		{ slug: 'training/index', locale: 'zh-cn', data: { sidebar: { order: 0 } } },
		{ slug: 'training/new-operator-week', locale: 'zh-cn', data: { sidebar: { order: 1 } } },
		{ slug: 'training/new-operator-week', locale: 'en', data: { sidebar: { order: 1 } } },
		{ slug: 'guides/operating-rhythm', locale: 'zh-cn', data: {} },
	];
	expect(docSlugs(docs, 'training')).toEqual(['training', 'training/new-operator-week', 'training/quarterly-risk-review']);
	expect(docSlugs(docs, 'guides')).toEqual(['guides/operating-rhythm']);
});
