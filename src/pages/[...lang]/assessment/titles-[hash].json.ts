/** Checklist, risk and pillar titles of one language, for the overview, team and facilitator islands, at a content-hashed URL. */
import type { APIRoute } from 'astro';
import { LOCALES, type LocaleFolder } from '../../../i18n/locales';
import { titlesAsset } from '../../../utils/assessment-assets';

export async function getStaticPaths() {
	return Promise.all(
		LOCALES.map(async (locale) => ({
			params: { lang: locale.prefix || undefined, hash: (await titlesAsset(locale.folder)).hash },
			props: { locale: locale.folder },
		}))
	);
}

export const GET: APIRoute = async ({ props }) =>
	new Response((await titlesAsset((props as { locale: LocaleFolder }).locale)).body, { headers: { 'Content-Type': 'application/json' } });
