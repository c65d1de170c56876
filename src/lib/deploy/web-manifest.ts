/**
 * The installable app's manifests, one per language (`/manifest.webmanifest`,
 * `/en/manifest.webmanifest`): each opens the playbook in its own language.
 */
import { THEME_COLOR } from './sw-protocol';

export const ICONS = [
	{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
	{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
	{ src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
	{ src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
] as const;

export interface ManifestText {
	lang: string;
	name: string;
	shortName: string;
	description: string;
	/** Where the app opens: `/` or `/en/` (with the site's base). */
	startUrl: string;
}

export function webManifest(text: ManifestText, base = '/') {
	return {
		id: text.startUrl,
		lang: text.lang,
		dir: 'ltr',
		name: text.name,
		short_name: text.shortName,
		description: text.description,
		start_url: text.startUrl,
		// One scope for both languages: the language switch stays inside the app.
		scope: base,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: THEME_COLOR,
		icons: ICONS.map((icon) => ({ ...icon, src: `${base}${icon.src}` })),
	};
}
