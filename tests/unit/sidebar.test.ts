import { describe, expect, test } from 'vitest';
import { buildNav, docsIn, pageSidebar, prevNext, SIDEBAR_ENTRIES_SHOWN, type NavEntry } from '../../src/lib/site/sidebar';
import { useTranslations } from '../../src/i18n/ui';

const entries: NavEntry[] = [
	{ collection: 'strategies', id: 'b', order: 3, title: 'Platform **rules**' },
	{ collection: 'strategies', id: 'a', order: 1, title: 'Market insight' },
	{ collection: 'risks', id: 'r', order: 1, title: 'Tax' },
];

const sidebar = (locale: 'en' | 'zh-cn', list: NavEntry[], pathname = '/elsewhere/', docs: Parameters<typeof buildNav>[3] = []) =>
	pageSidebar(buildNav(locale, useTranslations(locale), list, docs), pathname);

test('the sidebar lists entries in article order, numbered per locale, with localized links', () => {
	const [, strategies] = sidebar('en', entries);
	expect(strategies).toMatchObject({
		type: 'group',
		label: 'Strategies',
		entries: [
			{ label: 'All strategies', href: '/en/strategies/' },
			{ label: '1. Market insight', href: '/en/strategies/a/' },
			{ label: '3. Platform rules', href: '/en/strategies/b/' },
		],
	});
	const [, zhStrategies] = sidebar('zh-cn', entries);
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
	expect(sidebar('en', [], '/', docs).at(-1)).toMatchObject({ label: 'Training', entries: [{ href: '/en/training/' }, { href: '/en/training/new-operator-week/' }, { href: '/en/training/quarterly-risk-review/' }] });
});

test('the current page is marked and pagination follows the sidebar', () => {
	const nav = buildNav('en', useTranslations('en'), entries, []);
	const [, strategies] = pageSidebar(nav, '/en/strategies/a/');
	expect(strategies.type === 'group' && strategies.entries.filter((e) => e.type === 'link' && e.isCurrent).map((e) => e.type === 'link' && e.href)).toEqual(['/en/strategies/a/']);
	const { prev, next } = prevNext(nav, '/en/strategies/a');
	expect(prev?.href).toBe('/en/strategies/');
	expect(next?.href).toBe('/en/strategies/b/');
	expect(prevNext(nav, '/en/nowhere/')).toEqual({ prev: undefined, next: undefined });
});

describe('a collection longer than the sidebar shows', () => {
	const many: NavEntry[] = Array.from({ length: 60 }, (_, i) => ({ collection: 'checklists', id: `c${i + 1}`, order: i + 1, title: `Checklist ${i + 1}` }));
	const nav = buildNav('en', useTranslations('en'), many, []);
	const checklists = (sidebar: ReturnType<typeof pageSidebar>) => sidebar.find((g) => g.label === 'Checklists' || g.label === '自查清单')!;
	/** The entry numbers a page's checklists group lists, and its last link. */
	const shown = (pathname: string) => {
		const group = checklists(pageSidebar(nav, pathname));
		if (group.type !== 'group') throw new Error('not a group');
		const links = group.entries.flatMap((e) => (e.type === 'link' ? [e] : []));
		return { numbers: links.flatMap((l) => /\/c(\d+)\/$/.exec(l.href)?.slice(1).map(Number) ?? []), last: links.at(-1)!, current: links.filter((l) => l.isCurrent).map((l) => l.href) };
	};
	const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

	test(`its first ${SIDEBAR_ENTRIES_SHOWN} entries on other pages, then a link to its index with the number left out`, () => {
		const { numbers, last } = shown('/en/risks/x/');
		expect(numbers).toEqual(range(1, 25));
		expect(last).toMatchObject({ label: '35 more: All checklists', href: '/en/checklists/', isCurrent: false, attrs: { class: 'pb-sidebar-more' } });
		// Its index and the pages beside it stay.
		const group = checklists(pageSidebar(nav, '/en/'));
		expect(group.type === 'group' && group.entries.slice(0, 6).map((e) => e.type === 'link' && e.href)).toEqual(['/en/checklists/', '/en/assessment/', '/en/assessment/team/', '/en/planner/', '/en/planner/calendar/', '/en/checklists/c1/']);
	});

	test('the entries around the current one, which is marked', () => {
		expect(shown('/en/checklists/c40/')).toMatchObject({ numbers: range(28, 52), current: ['/en/checklists/c40/'] });
		expect(shown('/en/checklists/c3/').numbers).toEqual(range(1, 25));
		expect(shown('/en/checklists/c60/').numbers).toEqual(range(36, 60));
		// On the index page itself the index link is current, not the link to it after the entries.
		expect(shown('/en/checklists/').current).toEqual(['/en/checklists/']);
	});

	test('in Chinese, with the same window', () => {
		const group = checklists(pageSidebar(buildNav('zh-cn', useTranslations('zh-cn'), many, []), '/checklists/c1/'));
		expect(group.type === 'group' && group.entries.at(-1)).toMatchObject({ label: '另有 35 项：清单总览', href: '/checklists/' });
	});

	test('previous and next run over every entry, also those the sidebar leaves out', () => {
		expect(prevNext(nav, '/en/checklists/c52/')).toMatchObject({ prev: { href: '/en/checklists/c51/' }, next: { href: '/en/checklists/c53/' } });
		expect(prevNext(nav, '/en/checklists/c1/').prev?.href).toBe('/en/planner/calendar/');
		expect(prevNext(nav, '/en/checklists/c60/').next).toBeUndefined();
	});

	test(`no window for ${SIDEBAR_ENTRIES_SHOWN} entries or fewer`, () => {
		const few = buildNav('en', useTranslations('en'), many.slice(0, SIDEBAR_ENTRIES_SHOWN), []);
		const group = checklists(pageSidebar(few, '/en/checklists/c1/'));
		expect(group.type === 'group' && group.entries.length).toBe(5 + SIDEBAR_ENTRIES_SHOWN);
	});
});
