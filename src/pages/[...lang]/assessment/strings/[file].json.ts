/** The strings of one language that only the code islands load later shows, at content-hashed URLs (utils/island-strings.ts). */
import type { APIRoute } from 'astro';
import { LOCALES } from '../../../../i18n/locales';
import { ISLANDS, laterStrings } from '../../../../utils/island-strings';

export function getStaticPaths() {
	return LOCALES.flatMap((locale) => {
		// Islands that load the same code later share its file.
		const files = new Map(ISLANDS.flatMap((island) => laterStrings(locale.folder, island) ?? []).map((file) => [file.hash, file.body]));
		return [...files].map(([hash, body]) => ({ params: { lang: locale.prefix || undefined, file: hash }, props: { body } }));
	});
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
