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
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({ type: 'group', label, entries, collapsed: false, badge: undefined });

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

export function buildSidebar(locale: LocaleFolder, t: Translator, entries: NavEntry[], docs: NavDoc[]): SidebarEntry[] {
	const path = (p: string) => localizePath(p, locale);
	const docLink = (doc: NavDoc) => link(doc.label, path(doc.slug === 'index' ? '/' : `/${doc.slug}/`));
	const collection = (name: CollectionName) => {
		const { group: groupKey, index, extra = [] } = descriptor(name).sidebar;
		return group(t(groupKey), [
			link(t(index), path(`/${name}/`)),
			...extra.map((x) => link(t(x.label), path(x.path))),
			...entries
				.filter((e) => e.collection === name)
				.sort((a, b) => a.order - b.order)
				.map((e) => link(entryLabel(e, locale), path(`/${name}/${e.id}/`))),
		]);
	};
	const home = docs.find((d) => d.slug === 'index');
	const training = docsIn(docs, 'training');
	return [
		group(t('nav.start'), [
			...(home ? [docLink(home)] : []),
			...docsIn(docs, 'guides').map(docLink),
			link(t('nav.glossary'), path('/glossary/')),
		]),
		...COLLECTIONS.map(collection),
		...(training.length ? [group(t('nav.training'), training.map(docLink))] : []),
	];
}

/** A copy of `sidebar` with the link to `pathname` marked current. */
export function markCurrent(sidebar: SidebarEntry[], pathname: string): SidebarEntry[] {
	const normalized = pathname.endsWith('/') ? pathname : `${pathname}/`;
	return sidebar.map((entry) =>
		entry.type === 'link'
			? entry.href === normalized ? { ...entry, isCurrent: true } : entry
			: { ...entry, entries: markCurrent(entry.entries, pathname) }
	);
}

/** Previous and next links in sidebar order, as Starlight's pagination shows them. */
export function prevNext(sidebar: SidebarEntry[]): { prev: SidebarLink | undefined; next: SidebarLink | undefined } {
	const links: SidebarLink[] = [];
	const walk = (entries: SidebarEntry[]) => entries.forEach((e) => (e.type === 'link' ? links.push(e) : walk(e.entries)));
	walk(sidebar);
	const index = links.findIndex((l) => l.isCurrent);
	if (index === -1) return { prev: undefined, next: undefined };
	return { prev: links[index - 1], next: links[index + 1] };
}
