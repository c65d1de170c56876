/** One checklist's share of the model, for the overview once that checklist has answers (see utils/assessment-assets.ts). */
import type { APIRoute } from 'astro';
import { shareFiles } from '../../../../utils/assessment-assets';

export async function getStaticPaths() {
	// One set for every language, at the root.
	const { hash, files } = await shareFiles();
	return [...files].map(([id, body]) => ({ params: { lang: undefined, file: `${id}-${hash}` }, props: { body } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
