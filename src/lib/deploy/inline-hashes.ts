/**
 * Collects the CSP hashes of everything inline in built HTML: executable `<script>` elements
 * without `src`, `<style>` elements and `style="…"` attributes. A browser hashes the text exactly
 * as parsed, so attribute values are entity-decoded first; element text is raw in HTML.
 */
import { createHash } from 'node:crypto';
import type { InlineHashes } from './headers';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** A start tag's `style` attribute, double- or single-quoted. */
const STYLE_ATTRIBUTE = /<[a-z][\w-]*\s[^>]*?\bstyle=(?:"([^"]*)"|'([^']*)')/gi;
/** Script types a browser executes; anything else (JSON data, templates) is not subject to script-src. */
const EXECUTABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

export function cspHash(text: string): string {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"' };
function decodeAttribute(value: string): string {
	return value.replace(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, name: string) => ENTITIES[name]);
}

function scriptType(attributes: string): string | undefined {
	if (/\bsrc\s*=/i.test(attributes)) return undefined; // external: allowed by 'self'
	return attributes.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1] ?? '';
}

export function inlineHashes(html: string): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();
	for (const [, attributes, body] of html.matchAll(SCRIPT)) {
		const type = scriptType(attributes);
		if (type !== undefined && EXECUTABLE_TYPE.test(type)) scripts.add(cspHash(body));
	}
	// Script bodies may contain "style=" text: look for style attributes outside scripts only.
	const markup = html.replace(SCRIPT, '');
	for (const [, body] of markup.matchAll(STYLE)) styles.add(cspHash(body));
	for (const [, doubleQuoted, singleQuoted] of markup.matchAll(STYLE_ATTRIBUTE)) {
		styleAttributes.add(cspHash(decodeAttribute(doubleQuoted ?? singleQuoted)));
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
