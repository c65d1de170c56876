/**
 * What a built page makes the browser load: scripts (following static `import`s between chunks),
 * stylesheets and the HTML itself, in gzip bytes. Used by `npm run bench`.
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	/** Every script file loaded, site-relative. */
	scripts: string[];
	stylesheets: string[];
}

export type ReadAsset = (sitePath: string) => string | undefined;

const SCRIPT_SRC = /<script\b[^>]*\ssrc="([^"]+)"/g;
/** Inline scripts (module or classic); JSON data blocks and external scripts are not inline code. */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;
const STYLESHEET = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link\b[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g;
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

export function gzipSize(text: string): number {
	return gzipSync(Buffer.from(text)).length;
}

function resolveImport(specifier: string, from: string): string {
	return new URL(specifier, `https://x${from}`).pathname;
}

/** Script files reachable from `entries` through static imports. */
export function scriptGraph(entries: { path: string; from: string }[], read: ReadAsset): string[] {
	const seen = new Set<string>();
	const queue = entries.map((e) => resolveImport(e.path, e.from));
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		const code = read(path);
		if (code === undefined) continue;
		seen.add(path);
		for (const match of code.matchAll(STATIC_IMPORT)) {
			if (match[1].startsWith('.') || match[1].startsWith('/')) queue.push(resolveImport(match[1], path));
		}
	}
	return [...seen].sort();
}

/** Bundlers write the specifier in quotes or backticks (`import(\`./chunk.js\`)`). */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

/**
 * Script files a page may load later through dynamic `import()` (and their static imports), beyond
 * `loaded`: the code an island fetches only when needed (the checklist's N/A suggestions).
 */
export function lazyScripts(loaded: readonly string[], read: ReadAsset): string[] {
	const entries = loaded.flatMap((path) => [...(read(path) ?? '').matchAll(DYNAMIC_IMPORT)].map((m) => ({ path: m[1], from: path })));
	return scriptGraph(entries, read).filter((path) => !loaded.includes(path));
}

export function lazyWeight(loaded: readonly string[], read: ReadAsset): number {
	return lazyScripts(loaded, read).reduce((sum, p) => sum + gzipSize(read(p) ?? ''), 0);
}

export function pageWeight(pagePath: string, html: string, read: ReadAsset): PageWeight {
	const scriptEntries = [...html.matchAll(SCRIPT_SRC)].map((m) => ({ path: m[1], from: pagePath }));
	// Inline scripts count, and inline modules may import chunks too.
	let inlineJs = 0;
	for (const match of html.matchAll(INLINE_SCRIPT)) {
		inlineJs += gzipSize(match[1]);
		for (const imp of match[1].matchAll(STATIC_IMPORT)) scriptEntries.push({ path: imp[1], from: pagePath });
	}
	const scripts = scriptGraph(scriptEntries, read);
	const stylesheets = [...html.matchAll(STYLESHEET)].map((m) => resolveImport(m[1] ?? m[2], pagePath));
	const size = (paths: string[]) => paths.reduce((sum, p) => sum + gzipSize(read(p) ?? ''), 0);
	return { html: gzipSize(html), css: size(stylesheets), js: size(scripts) + inlineJs, scripts, stylesheets };
}
