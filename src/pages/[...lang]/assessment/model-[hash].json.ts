/** The playbook model for the assessment islands, at a content-hashed URL (see utils/assessment-assets.ts). */
import type { APIRoute } from 'astro';
import { modelAsset } from '../../../utils/assessment-assets';

export async function getStaticPaths() {
	// One file for every language, at the root.
	return [{ params: { lang: undefined, hash: (await modelAsset()).hash } }];
}

export const GET: APIRoute = async () =>
	new Response((await modelAsset()).body, { headers: { 'Content-Type': 'application/json' } });
