/**
 * The playbook's sidebar, built from the loaded collections when a page renders (see
 * `src/route-middleware.ts`), so a new entry or a renamed title shows without a restart.
 * Framework-free: it takes plain entries and returns Starlight's route-data sidebar shape.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { COLLECTIONS, type CollectionName } from '../../schemas';
import { descriptor } from '../content/collections';
import { useTranslations, type Translator } from '../../i18n/ui';
import { localizePath, type LocaleFolder } from '../../i18n/locales';
import { stripInline } from '../inline';

export type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** One strategy, risk or checklist in the page's locale. */
export interface NavEntry {
	collection: CollectionName;
	id: string;
	order: number;
	title: string;
}

/** One editorial page in the page's locale; `slug` is relative to the locale (`guides/x`, `training`). */
export interface NavDoc {
	slug: string;
	label: string;
	order: number | undefined;
}

const link = (label: string, href: string): SidebarLink => ({ type: 'link', label, href, isCurrent: false, badge: undefined, attrs: {} });

/**
 * Entries a collection's group lists on one page. A longer collection shows this many around the
 * current page and a link to its index: a sidebar of every entry grows with the playbook, and at a
 * thousand entries it costs every page more to parse, style and scan (Starlight's table of contents
 * matches selectors over the whole document) than the page's own content does.
 */
export const SIDEBAR_ENTRIES_SHOWN = 25;

/** A sidebar group before the page is known. */
export interface NavGroup {
	label: string;
	/** Links every page shows: a folder's pages, or a collection's index and extra pages. */
	links: SidebarLink[];
	/** A collection's entries in order. */
	entries: SidebarLink[];
	/** A collection's index, linked after a window of its entries with the number left out. */
	more?: { href: string; label: (count: number) => string };
}

/** Strategies carry the article's numbering in the locale's numerals and `sidebar.number`: (一) in Chinese, 1. in English. */
export function entryLabel(entry: NavEntry, locale: LocaleFolder): string {
	const clean = stripInline(entry.title);
	if (!descriptor(entry.collection).sidebar.numbered) return clean;
	const t = useTranslations(locale);
	return t('sidebar.number', { n: t.numeral(entry.order) }) + clean;
}

/** Editorial pages under `folder`, by their `sidebar.order`, then by path; the folder index first. */
export function docsIn(docs: NavDoc[], folder: string): NavDoc[] {
	return docs
		.filter((doc) => doc.slug === folder || doc.slug.startsWith(`${folder}/`))
		.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.slug.localeCompare(b.slug));
}

/** The locale's navigation: built once per locale, then shaped for each page by `pageSidebar`. */
export function buildNav(locale: LocaleFolder, t: Translator, entries: NavEntry[], docs: NavDoc[]): NavGroup[] {
	const path = (p: string) => localizePath(p, locale);
	const docLink = (doc: NavDoc) => link(doc.label, path(doc.slug === 'index' ? '/' : `/${doc.slug}/`));
	const collection = (name: CollectionName): NavGroup => {
		const { group: groupKey, index, extra = [] } = descriptor(name).sidebar;
		const indexLink = link(t(index), path(`/${name}/`));
		return {
			label: t(groupKey),
			links: [indexLink, ...extra.map((x) => link(t(x.label), path(x.path)))],
			entries: entries
				.filter((e) => e.collection === name)
				.sort((a, b) => a.order - b.order)
				.map((e) => link(entryLabel(e, locale), path(`/${name}/${e.id}/`))),
			more: { href: indexLink.href, label: (count) => t('nav.more', { count, index: indexLink.label }) },
		};
	};
	const home = docs.find((d) => d.slug === 'index');
	const training = docsIn(docs, 'training');
	return [
		{ label: t('nav.start'), links: [...(home ? [docLink(home)] : []), ...docsIn(docs, 'guides').map(docLink), link(t('nav.glossary'), path('/glossary/'))], entries: [] },
		...COLLECTIONS.map(collection),
		...(training.length ? [{ label: t('nav.training'), links: training.map(docLink), entries: [] }] : []),
	];
}

const normalize = (pathname: string) => (pathname.endsWith('/') ? pathname : `${pathname}/`);

/** The entries a page shows of a group: all, or `SIDEBAR_ENTRIES_SHOWN` around the current one (the first ones elsewhere). */
function shownEntries(entries: SidebarLink[], current: string): SidebarLink[] {
	if (entries.length <= SIDEBAR_ENTRIES_SHOWN) return entries;
	const at = entries.findIndex((e) => e.href === current);
	const start = at < 0 ? 0 : Math.min(Math.max(0, at - Math.floor(SIDEBAR_ENTRIES_SHOWN / 2)), entries.length - SIDEBAR_ENTRIES_SHOWN);
	return entries.slice(start, start + SIDEBAR_ENTRIES_SHOWN);
}

/** The sidebar of the page at `pathname`, in Starlight's shape: its link marked current, long collections windowed around it. */
export function pageSidebar(nav: NavGroup[], pathname: string): SidebarEntry[] {
	const current = normalize(pathname);
	const mark = (l: SidebarLink) => (l.href === current ? { ...l, isCurrent: true } : l);
	return nav.map((g) => {
		const shown = shownEntries(g.entries, current);
		const left = g.entries.length - shown.length;
		const links = [...g.links, ...shown].map(mark);
		if (left && g.more) links.push({ ...link(g.more.label(left), g.more.href), attrs: { class: 'pb-sidebar-more' } });
		return { type: 'group', label: g.label, entries: links, collapsed: false, badge: undefined };
	});
}

/** Previous and next links of the page at `pathname` in sidebar order, over every entry (also those its sidebar leaves out). */
export function prevNext(nav: NavGroup[], pathname: string): { prev: SidebarLink | undefined; next: SidebarLink | undefined } {
	const links = nav.flatMap((g) => [...g.links, ...g.entries]);
	const index = links.findIndex((l) => l.href === normalize(pathname));
	if (index === -1) return { prev: undefined, next: undefined };
	return { prev: links[index - 1], next: links[index + 1] };
}
