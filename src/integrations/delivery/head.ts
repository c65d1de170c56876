/**
 * Starlight route middleware: links each page of a build to its language's web app manifest and icons.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { THEME_COLOR } from '../../lib/deploy/sw-protocol';
import { folderFromStarlightLocale, localizePath } from '../../i18n/locales';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export const onRequest = defineRouteMiddleware((context) => {
	// The manifests are written by the build: `astro dev` has none to link to.
	if (!import.meta.env.PROD) return;
	const route = context.locals.starlightRoute;
	const manifest = `${base}${localizePath('/manifest.webmanifest', folderFromStarlightLocale(route.locale)).slice(1)}`;
	route.head.push(
		{ tag: 'link', attrs: { rel: 'manifest', href: manifest }, content: '' },
		{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icons/icon-192.png` }, content: '' },
		{ tag: 'meta', attrs: { name: 'theme-color', content: THEME_COLOR }, content: '' }
	);
});
