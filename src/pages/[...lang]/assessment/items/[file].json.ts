/** Item statements of one checklist section in one language, for the islands that list items (see utils/assessment-assets.ts). */
import type { APIRoute } from 'astro';
import { LOCALES } from '../../../../i18n/locales';
import { itemTitleFiles } from '../../../../utils/assessment-assets';

export async function getStaticPaths() {
	const paths = [];
	for (const locale of LOCALES) {
		const { hash, files } = await itemTitleFiles(locale.folder);
		for (const [name, body] of files) paths.push({ params: { lang: locale.prefix || undefined, file: `${name}-${hash}` }, props: { body } });
	}
	return paths;
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
