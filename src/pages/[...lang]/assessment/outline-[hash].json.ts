/** The model's outline for the overview, at a content-hashed URL (see utils/assessment-assets.ts). */
import type { APIRoute } from 'astro';
import { outlineAsset } from '../../../utils/assessment-assets';

export async function getStaticPaths() {
	// One file for every language, at the root.
	return [{ params: { lang: undefined, hash: (await outlineAsset()).hash } }];
}

export const GET: APIRoute = async () =>
	new Response((await outlineAsset()).body, { headers: { 'Content-Type': 'application/json' } });
