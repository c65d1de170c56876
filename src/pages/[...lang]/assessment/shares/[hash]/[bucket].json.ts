/** One bucket of the model's shares, for the overview once an item of a prefix in it has an answer (see lib/assessment/outline.ts). */
import type { APIRoute } from 'astro';
import { shareFiles } from '../../../../../utils/assessment-assets';

export async function getStaticPaths() {
	// One set for every language, at the root.
	const { hash, files } = await shareFiles();
	return files.map((body, bucket) => ({ params: { lang: undefined, hash, bucket: String(bucket) }, props: { body } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
