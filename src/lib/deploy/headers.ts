/**
 * The HTTP response headers of a production deployment: ONE source of truth, read by the build
 * (which writes `dist/_headers` for static hosts) and by the nginx header snippets
 * (`npm run deploy:nginx`), and asserted by the nginx tests.
 *
 * The Content Security Policy allows only this site's own files plus the exact inline scripts,
 * styles and style attributes the build emitted (their hashes are collected from `dist/` by
 * `inline-hashes.ts`), so it is computed per build.
 */

export interface InlineHashes {
	/** `sha256-…` of every inline executable `<script>` (Starlight's theme and sidebar scripts, small bundled modules). */
	scripts: string[];
	/** `sha256-…` of every inline `<style>` element. */
	styles: string[];
	/** `sha256-…` of every `style="…"` attribute value (all of them Starlight's: sidebar depth, icon size, select width). */
	styleAttributes: string[];
}

const quote = (hash: string) => `'${hash}'`;

/**
 * The policy. Every relaxation beyond `'self'` is listed here with its reason:
 * - `'wasm-unsafe-eval'` in script-src: Pagefind's search runs a WebAssembly module; this allows
 *   compiling WebAssembly only, not `eval` of JavaScript.
 * - `'unsafe-hashes'` + hashes in style-src-attr: Starlight's components render `style="--depth: 1;"`,
 *   `style="--sl-icon-size: 1.5em;"` and a few more attributes that cannot move to classes without
 *   forking its components; `'unsafe-hashes'` allows exactly those values, never arbitrary ones.
 * - `img-src data:`: Starlight's and Pagefind's CSS draw small icons as `data:` SVG images.
 */
export function contentSecurityPolicy(hashes: InlineHashes): string {
	const list = (values: string[]) => [...new Set(values)].sort().map(quote);
	const directives: [string, string[]][] = [
		['default-src', ["'self'"]],
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...list(hashes.scripts)]],
		['style-src', ["'self'", ...list(hashes.styles)]],
		['style-src-attr', hashes.styleAttributes.length ? ["'unsafe-hashes'", ...list(hashes.styleAttributes)] : ["'none'"]],
		['img-src', ["'self'", 'data:']],
		['font-src', ["'self'"]],
		['connect-src', ["'self'"]],
		['worker-src', ["'self'"]],
		['manifest-src', ["'self'"]],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
		// Meta-tag CSPs cannot carry this one: another reason the policy is a header.
		['frame-ancestors', ["'none'"]],
	];
	return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Sent with every response. */
export function securityHeaders(csp: string): Record<string, string> {
	return {
		'Content-Security-Policy': csp,
		// Files are served as the type their extension names, never sniffed into script or HTML.
		'X-Content-Type-Options': 'nosniff',
		// No page address leaves the site when a reader follows a link to an official source.
		'Referrer-Policy': 'no-referrer',
		// The playbook needs no device feature; a compromised script cannot ask for one either.
		'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
		// Older browsers' counterpart of frame-ancestors 'none' (clickjacking).
		'X-Frame-Options': 'DENY',
		'Cross-Origin-Opener-Policy': 'same-origin',
	};
}

/** How long a browser or CDN may keep each kind of file. */
export const CACHE_CONTROL = {
	/** `/_astro/…`: file names carry a content hash, so a changed file is a new URL. */
	hashedAsset: 'public, max-age=31536000, immutable',
	/** HTML pages, the search index and anything else: short, so a new edition shows within minutes. */
	short: 'public, max-age=300, must-revalidate',
	/** The service worker itself and the web app manifests: always revalidated, so updates are found. */
	revalidate: 'no-cache',
} as const;

export type CacheKind = keyof typeof CACHE_CONTROL;

/**
 * Which cache rule applies to which path: one table for `_headers` and nginx.
 * `pattern` is a `_headers` path pattern; `nginxLocation` the equivalent nginx location.
 */
export const CACHE_RULES: { pattern: string; nginxLocation: string; kind: CacheKind }[] = [
	{ pattern: '/_astro/*', nginxLocation: '/_astro/', kind: 'hashedAsset' },
	{ pattern: '/pagefind/*', nginxLocation: '/pagefind/', kind: 'short' },
	{ pattern: '/sw.js', nginxLocation: '= /sw.js', kind: 'revalidate' },
	{ pattern: '/manifest.webmanifest', nginxLocation: '= /manifest.webmanifest', kind: 'revalidate' },
	{ pattern: '/en/manifest.webmanifest', nginxLocation: '= /en/manifest.webmanifest', kind: 'revalidate' },
];

/** Every header a response of this kind carries. */
export function headersFor(kind: CacheKind, csp: string): Record<string, string> {
	return { ...securityHeaders(csp), 'Cache-Control': CACHE_CONTROL[kind] };
}

/**
 * `dist/_headers` (Netlify, Cloudflare Pages and other hosts that read it). Such hosts apply every
 * matching block and join repeated headers with commas, so the security headers go on `/*` alone
 * and each cache rule adds only its Cache-Control. HTML pages keep the host's own default, which
 * on those hosts is already "revalidate every time" (`max-age=0, must-revalidate`).
 */
export function renderHeadersFile(csp: string): string {
	const block = (pattern: string, headers: Record<string, string>) =>
		[pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return [
		'# Generated by the build from src/lib/deploy/headers.ts: edit that file, not this one.',
		block('/*', securityHeaders(csp)),
		...CACHE_RULES.map((rule) => block(rule.pattern, { 'Cache-Control': CACHE_CONTROL[rule.kind] })),
		'',
	].join('\n\n');
}
