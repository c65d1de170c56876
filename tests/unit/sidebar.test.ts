import { expect, test } from 'vitest';
import { buildSidebar, docsIn, markCurrent, prevNext, type NavEntry } from '../../src/lib/site/sidebar';
import { useTranslations } from '../../src/i18n/ui';

const entries: NavEntry[] = [
	{ collection: 'strategies', id: 'b', order: 3, title: 'Platform **rules**' },
	{ collection: 'strategies', id: 'a', order: 1, title: 'Market insight' },
	{ collection: 'risks', id: 'r', order: 1, title: 'Tax' },
];

test('the sidebar lists entries in article order, numbered per locale, with localized links', () => {
	const [, strategies] = buildSidebar('en', useTranslations('en'), entries, []);
	expect(strategies).toMatchObject({
		type: 'group',
		label: 'Strategies',
		entries: [
			{ label: 'All strategies', href: '/en/strategies/' },
			{ label: '1. Market insight', href: '/en/strategies/a/' },
			{ label: '3. Platform rules', href: '/en/strategies/b/' },
		],
	});
	const [, zhStrategies] = buildSidebar('zh-cn', useTranslations('zh-cn'), entries, []);
	expect(zhStrategies.type === 'group' && zhStrategies.entries.map((e) => e.label)).toEqual(['策略总览', '(一) Market insight', '(三) Platform rules']);
});

test('editorial pages are listed by their sidebar order, the folder index first', () => {
	const docs = [
		{ slug: 'training/quarterly-risk-review', label: 'Q', order: 3 },
		{ slug: 'training', label: 'T', order: 0 },
		{ slug: 'training/new-operator-week', label: 'N', order: 1 },
		{ slug: 'guides/operating-rhythm', label: 'G', order: undefined },
	];
	expect(docsIn(docs, 'training').map((d) => d.slug)).toEqual(['training', 'training/new-operator-week', 'training/quarterly-risk-review']);
	const sidebar = buildSidebar('en', useTranslations('en'), [], docs);
	expect(sidebar.at(-1)).toMatchObject({ label: 'Training', entries: [{ href: '/en/training/' }, { href: '/en/training/new-operator-week/' }, { href: '/en/training/quarterly-risk-review/' }] });
});

test('the current page is marked and pagination follows the sidebar', () => {
	const sidebar = markCurrent(buildSidebar('en', useTranslations('en'), entries, []), '/en/strategies/a/');
	const { prev, next } = prevNext(sidebar);
	expect(prev?.href).toBe('/en/strategies/');
	expect(next?.href).toBe('/en/strategies/b/');
	expect(prevNext(buildSidebar('en', useTranslations('en'), entries, []))).toEqual({ prev: undefined, next: undefined });
});
