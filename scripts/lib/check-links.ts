/**
 * The site's own link-and-anchor check over built HTML. Starlight's link validators do not see
 * pages from custom collections, so this walks every built page: each internal `href` must
 * point at a page that exists and, if it has a `#fragment`, at an element with that id. Pages that
 * exist in both languages must also offer the same anchors, so a deep link works in either.
 */

export interface SitePage {
	/** URL path of the page, e.g. `/en/risks/tax-customs/`. */
	path: string;
	html: string;
}

export interface LinkProblem {
	page: string;
	message: string;
}

const ID_ATTR = /\sid="([^"]+)"/g;
const HREF_ATTR = /<a\b[^>]*?\shref="([^"]*)"/g;
/** Starlight's own ids (search dialog, ToC, skip link) are not content anchors. */
const INTERNAL_ID = /^(starlight__|_top$|__)/;

function decode(value: string) {
	return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}

export function anchorsOf(html: string): Set<string> {
	return new Set([...html.matchAll(ID_ATTR)].map((m) => decode(m[1])));
}

export function hrefsOf(html: string): string[] {
	return [...html.matchAll(HREF_ATTR)].map((m) => decode(m[1]));
}

/** Normalises a URL path to the form pages are keyed by (`/a/b/`). */
function pageKey(pathname: string) {
	const path = decodeURIComponent(pathname);
	if (path.endsWith('/')) return path;
	if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
	if (path.endsWith('.html')) return path;
	return `${path}/`;
}

/**
 * `files`: the built files that are not pages (feeds, calendars, data), by URL path; when given, a link
 * to one must find it. Without it such links are not checked.
 */
export function checkLinks(
	pages: SitePage[],
	{ origin = 'https://playbook.example', localePrefixes = ['en'], files }: { origin?: string; localePrefixes?: string[]; files?: ReadonlySet<string> } = {}
): LinkProblem[] {
	const problems: LinkProblem[] = [];
	const anchors = new Map(pages.map((page) => [pageKey(page.path), anchorsOf(page.html)]));

	for (const page of pages) {
		for (const href of hrefsOf(page.html)) {
			if (!href || /^(mailto:|tel:|javascript:)/i.test(href)) continue;
			const url = new URL(href, origin + page.path);
			if (url.origin !== origin) continue;
			// Generated files (search bundle, sitemap, feeds, calendars) are not pages: they must only exist.
			if (/\.(xml|ics|json|css|js|svg|png|ico|txt|webmanifest)$/.test(url.pathname) || url.pathname.startsWith('/pagefind/')) {
				const path = decodeURIComponent(url.pathname);
				if (files && !path.startsWith('/pagefind/') && !files.has(path)) problems.push({ page: page.path, message: `link to ${href}: no file at ${path}` });
				continue;
			}
			const key = pageKey(url.pathname);
			const target = anchors.get(key);
			if (!target) {
				problems.push({ page: page.path, message: `link to ${href}: no page at ${key}` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && fragment !== '_top' && !target.has(fragment)) {
				problems.push({ page: page.path, message: `link to ${href}: ${key} has no element with id "${fragment}"` });
			}
		}
	}

	// The same page in every language offers the same anchors.
	for (const prefix of localePrefixes) {
		for (const page of pages) {
			const key = pageKey(page.path);
			if (!key.startsWith(`/${prefix}/`)) continue;
			const rootKey = key.slice(prefix.length + 1);
			const rootAnchors = anchors.get(rootKey);
			if (!rootAnchors) continue;
			const own = [...anchors.get(key)!].filter((id) => !INTERNAL_ID.test(id));
			const base = [...rootAnchors].filter((id) => !INTERNAL_ID.test(id));
			const missing = base.filter((id) => !anchors.get(key)!.has(id));
			const extra = own.filter((id) => !rootAnchors.has(id));
			if (missing.length || extra.length) {
				problems.push({
					page: page.path,
					message: `anchors differ from ${rootKey}: ${[
						missing.length ? `missing ${missing.map((id) => `#${id}`).join(' ')}` : '',
						extra.length ? `only here ${extra.map((id) => `#${id}`).join(' ')}` : '',
					]
						.filter(Boolean)
						.join('; ')}`,
				});
			}
		}
	}
	return problems;
}
