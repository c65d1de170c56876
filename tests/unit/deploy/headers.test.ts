import { describe, expect, test } from 'vitest';
import { CACHE_CONTROL, contentSecurityPolicy, renderHeadersFile, securityHeaders } from '../../../src/lib/deploy/headers';
import { cspHash, inlineHashes, mergeHashes } from '../../../src/lib/deploy/inline-hashes';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.split(' ')[0] === name);

describe('inline hashes', () => {
	test('hash the exact text a browser hashes', () => {
		// Known SHA-256 values (CSP spec examples / `printf %s "..." | openssl dgst -sha256 -binary | base64`).
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
	});

	test('collect executable inline scripts, style elements and style attributes, nothing else', () => {
		const html = [
			'<script>a()</script>',
			'<script type="module">b()</script>',
			'<script type="application/json">{"style=\\"x\\"":1}</script>',
			'<script type="module" src="/_astro/x.js"></script>',
			'<style>.c{}</style>',
			'<li style="--depth: 1;"><svg style="--sl-icon-size: 1.5em;"></svg></li>',
			'<span style="content: &quot;x&quot;"></span>',
			'<script>document.body.innerHTML = \'<b style="color:red">\'</script>',
		].join('\n');
		const hashes = inlineHashes(html);
		expect(hashes.scripts.sort()).toEqual([cspHash('a()'), cspHash('b()'), cspHash('document.body.innerHTML = \'<b style="color:red">\'')].sort());
		expect(hashes.styles).toEqual([cspHash('.c{}')]);
		// Attribute values are hashed as parsed: entities decoded. Text inside scripts is not an attribute.
		expect(hashes.styleAttributes.sort()).toEqual([cspHash('--depth: 1;'), cspHash('--sl-icon-size: 1.5em;'), cspHash('content: "x"')].sort());
	});

	test('read built files as bytes: same hashes as the text, non-ASCII included', () => {
		const html = '<script>go("增值税")</script><p style="content: \'€\'">x</p><style>.c::after{content:"欧代"}</style>';
		expect(inlineHashes(Buffer.from(html))).toEqual(inlineHashes(html));
		expect(inlineHashes(html).scripts).toEqual([cspHash('go("增值税")')]);
		expect(inlineHashes(html).styles).toEqual([cspHash('.c::after{content:"欧代"}')]);
	});

	test('only real style attributes and elements count: not data-style, not <styled-x>, not text', () => {
		const html = '<div data-style="a:1" style="b:2">style="c:3"</div><styled-x style="d:4"></styled-x><scripts-x>e()</scripts-x>';
		const hashes = inlineHashes(html);
		expect(hashes.styleAttributes.sort()).toEqual([cspHash('b:2'), cspHash('d:4')].sort());
		expect(hashes.styles).toEqual([]);
		expect(hashes.scripts).toEqual([]);
	});

	test('merge pages without duplicates, in a stable order', () => {
		const one = inlineHashes('<script>a()</script><p style="x:1">');
		const two = inlineHashes('<script>a()</script><script>b()</script>');
		expect(mergeHashes([one, two])).toEqual(mergeHashes([two, one]));
		expect(mergeHashes([one, two]).scripts).toHaveLength(2);
	});
});

describe('content security policy', () => {
	const csp = contentSecurityPolicy({ scripts: ['sha256-b', 'sha256-a', 'sha256-a'], styles: ['sha256-s'], styleAttributes: ['sha256-t'] });

	test('allows only the site itself and the listed hashes, never unsafe-inline', () => {
		expect(directive(csp, 'default-src')).toBe("default-src 'self'");
		expect(directive(csp, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
		expect(directive(csp, 'style-src')).toBe("style-src 'self' 'sha256-s'");
		expect(directive(csp, 'style-src-attr')).toBe("style-src-attr 'unsafe-hashes' 'sha256-t'");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).not.toMatch(/'unsafe-eval'/);
		expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
		expect(directive(csp, 'object-src')).toBe("object-src 'none'");
	});

	test('without style attributes, none are allowed', () => {
		const strict = contentSecurityPolicy({ scripts: [], styles: [], styleAttributes: [] });
		expect(directive(strict, 'style-src-attr')).toBe("style-src-attr 'none'");
	});
});

describe('_headers for static hosts', () => {
	const file = renderHeadersFile('default-src x');
	const block = (pattern: string) => file.split('\n\n').find((b) => b.startsWith(`${pattern}\n`))!;

	test('every path gets every security header, once', () => {
		for (const [name, value] of Object.entries(securityHeaders('default-src x'))) expect(block('/*')).toContain(`  ${name}: ${value}`);
		// Hosts join repeated headers with commas: Cache-Control is only in the specific blocks.
		expect(block('/*')).not.toContain('Cache-Control');
	});

	test('hashed assets are immutable; the search index, the worker and the manifests are short-lived', () => {
		expect(block('/_astro/*')).toBe(`/_astro/*\n  Cache-Control: ${CACHE_CONTROL.hashedAsset}`);
		expect(CACHE_CONTROL.hashedAsset).toMatch(/max-age=31536000, immutable/);
		expect(block('/pagefind/*')).toBe(`/pagefind/*\n  Cache-Control: ${CACHE_CONTROL.short}`);
		expect(block('/sw.js')).toBe('/sw.js\n  Cache-Control: no-cache');
		expect(block('/en/manifest.webmanifest')).toBe('/en/manifest.webmanifest\n  Cache-Control: no-cache');
	});
});
