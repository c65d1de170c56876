/**
 * Starlight route middleware: the sidebar (and the prev/next links that follow it) is built from
 * the loaded collections for every page, instead of a snapshot taken when the config was read.
 */
import { getCollection } from 'astro:content';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { folderFromStarlightLocale, LOCALES, ROOT_LOCALE, type LocaleFolder } from './i18n/locales';
import { useTranslations } from './i18n/ui';
import { buildNav, pageSidebar, prevNext, type NavDoc, type NavEntry, type NavGroup } from './lib/site/sidebar';
import { COLLECTIONS } from './schemas';
import { splitEntryId } from './lib/content/entry-id';

async function navFor(locale: LocaleFolder): Promise<NavGroup[]> {
	const entries: NavEntry[] = [];
	for (const collection of COLLECTIONS) {
		for (const entry of await getCollection(collection)) {
			const { id, locale: entryLocale } = splitEntryId(entry.id);
			if (entryLocale === locale) entries.push({ collection, id, order: entry.data.order, title: entry.data.title });
		}
	}
	const docs: NavDoc[] = [];
	for (const doc of await getCollection('docs')) {
		const own = LOCALES.find((l) => l.prefix && (doc.id === l.prefix || doc.id.startsWith(`${l.prefix}/`)));
		if ((own?.folder ?? ROOT_LOCALE.folder) !== locale) continue;
		const slug = own ? doc.id.slice(own.prefix.length + 1) || 'index' : doc.id;
		docs.push({ slug, label: doc.data.sidebar.label ?? doc.data.title, order: doc.data.sidebar.order });
	}
	return buildNav(locale, useTranslations(locale), entries, docs);
}

// A build renders each page once from fixed content, so the navigation is built once per locale;
// the dev server builds it per request, so edits show at once.
const cache = new Map<LocaleFolder, Promise<NavGroup[]>>();
function cachedNav(locale: LocaleFolder) {
	if (!import.meta.env.PROD) return navFor(locale);
	if (!cache.has(locale)) cache.set(locale, navFor(locale));
	return cache.get(locale)!;
}

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// The home page (a splash page with a hero) has no sidebar, so on a phone it had no menu and no
	// language or theme switch: it gets the sidebar, shown only as the phone menu (playbook.css).
	if (route.entry.data.hero) route.hasSidebar = true;
	const nav = await cachedNav(folderFromStarlightLocale(route.locale));
	route.sidebar = pageSidebar(nav, context.url.pathname);
	const { prev, next } = prevNext(nav, context.url.pathname);
	const data = route.entry.data as { prev?: unknown; next?: unknown };
	route.pagination = { prev: data.prev === false ? undefined : prev, next: data.next === false ? undefined : next };
});
