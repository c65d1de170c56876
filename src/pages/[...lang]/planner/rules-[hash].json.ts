/** The planner's rules, dates, item links and words of one language, at a content-hashed URL (utils/planner-data.ts). */
import type { APIRoute } from 'astro';
import { LOCALES, type LocaleFolder } from '../../../i18n/locales';
import { plannerAsset } from '../../../utils/planner-data';

export async function getStaticPaths() {
	return Promise.all(
		LOCALES.map(async (locale) => ({
			params: { lang: locale.prefix || undefined, hash: (await plannerAsset(locale.folder)).hash },
			props: { locale: locale.folder },
		}))
	);
}

export const GET: APIRoute = async ({ props }) =>
	new Response((await plannerAsset((props as { locale: LocaleFolder }).locale)).body, { headers: { 'Content-Type': 'application/json' } });
