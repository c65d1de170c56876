/**
 * Where a share link carries the encoded assessment: in the address's fragment,
 * `…/assessment/#share=<encoded>`, so it never reaches a server. The encoding is `share-codec.ts`.
 */
export const SHARE_HASH = '#share=';

/** The encoded part of a share link or of `location.hash`; undefined when it carries none. */
export function shareFragment(linkOrHash: string): string | undefined {
	const at = linkOrHash.indexOf(SHARE_HASH);
	const fragment = at < 0 ? '' : linkOrHash.slice(at + SHARE_HASH.length);
	return fragment === '' ? undefined : fragment;
}
