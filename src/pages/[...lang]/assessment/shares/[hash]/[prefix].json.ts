/** The share of the model named by an item-id prefix, for the overview once an item of it has an answer (see utils/assessment-assets.ts). */
import type { APIRoute } from 'astro';
import { shareFiles } from '../../../../../utils/assessment-assets';

export async function getStaticPaths() {
	// One set for every language, at the root.
	const { hash, files } = await shareFiles();
	return [...files].map(([prefix, body]) => ({ params: { lang: undefined, hash, prefix }, props: { body } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
