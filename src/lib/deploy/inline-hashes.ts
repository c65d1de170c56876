/**
 * Collects the CSP hashes of everything inline in built HTML: executable `<script>` elements
 * without `src`, `<style>` elements and `style="…"` attributes. A browser hashes the text exactly
 * as parsed, so attribute values are entity-decoded first; element text is raw in HTML.
 */
import { createHash } from 'node:crypto';
import type { InlineHashes } from './headers';

/** Script types a browser executes; anything else (JSON data, templates) is not subject to script-src. */
const EXECUTABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

export function cspHash(text: string | Uint8Array): string {
	return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"' };
function decodeAttribute(value: string): string {
	return value.replace(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, name: string) => ENTITIES[name]);
}

function scriptType(attributes: string): string | undefined {
	if (/\bsrc\s*=/i.test(attributes)) return undefined; // external: allowed by 'self'
	return attributes.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '';
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d]);
const LT = 0x3c;
const GT = 0x3e;

/**
 * Scans built HTML as bytes (the build writes lower-case tags): a browser hashes the UTF-8 bytes of
 * an element's text, which are the file's own bytes. At ten times today's content the site has
 * hundreds of megabytes of HTML, so no page is decoded whole or searched with regular expressions.
 */
export function inlineHashes(html: string | Uint8Array): InlineHashes {
	const bytes = typeof html === 'string' ? Buffer.from(html) : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();
	/** The next `<name` that is an element of that name (not `<scripts`, `<styled`), from `from`. */
	const nextTag = (name: string, from: number) => {
		for (let at = bytes.indexOf(name, from); at !== -1; at = bytes.indexOf(name, at + 1)) {
			const after = bytes[at + name.length];
			if (after === GT || SPACE.has(after)) return at;
		}
		return -1;
	};
	/** The next `style=` that is an attribute: after white space, inside a start tag. */
	const nextStyleAttribute = (from: number) => {
		for (let at = bytes.indexOf('style=', from); at !== -1; at = bytes.indexOf('style=', at + 1)) {
			if (SPACE.has(bytes[at - 1]) && bytes.lastIndexOf(LT, at) > bytes.lastIndexOf(GT, at)) return at;
		}
		return -1;
	};
	let pos = 0;
	// The next occurrence of each, searched again only once the scan has passed it (a page has
	// hundreds of style attributes and few scripts).
	let script = nextTag('<script', 0);
	let style = nextTag('<style', 0);
	let attribute = nextStyleAttribute(0);
	for (;;) {
		if (script !== -1 && script < pos) script = nextTag('<script', pos);
		if (style !== -1 && style < pos) style = nextTag('<style', pos);
		if (attribute !== -1 && attribute < pos) attribute = nextStyleAttribute(pos);
		const first = Math.min(...[script, style, attribute].filter((at) => at !== -1));
		if (first === Infinity) break;
		if (first === attribute) {
			// Attribute values are hashed as parsed: entities decoded.
			const quote = bytes[attribute + 6];
			const open = attribute + 7;
			const close = quote === 0x22 || quote === 0x27 ? bytes.indexOf(quote, open) : -1;
			if (close === -1) {
				pos = open;
				continue;
			}
			styleAttributes.add(cspHash(decodeAttribute(bytes.toString('utf8', open, close))));
			pos = close + 1;
			continue;
		}
		const name = first === script ? 'script' : 'style';
		const tagEnd = bytes.indexOf(GT, first);
		const end = tagEnd === -1 ? -1 : bytes.indexOf(`</${name}>`, tagEnd);
		if (end === -1) break;
		// Text inside a script is never an attribute: the scan goes on after the element.
		if (name === 'style') styles.add(cspHash(bytes.subarray(tagEnd + 1, end)));
		else {
			const type = scriptType(bytes.toString('utf8', first + 7, tagEnd));
			if (type !== undefined && EXECUTABLE_TYPE.test(type)) scripts.add(cspHash(bytes.subarray(tagEnd + 1, end)));
		}
		pos = end + name.length + 3;
	}
	return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

/** The union over many pages, sorted so the policy is stable between identical builds. */
export function mergeHashes(all: Iterable<InlineHashes>): InlineHashes {
	const merged = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
	for (const hashes of all) {
		for (const key of ['scripts', 'styles', 'styleAttributes'] as const) hashes[key].forEach((h) => merged[key].add(h));
	}
	return {
		scripts: [...merged.scripts].sort(),
		styles: [...merged.styles].sort(),
		styleAttributes: [...merged.styleAttributes].sort(),
	};
}
