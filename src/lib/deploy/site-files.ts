/**
 * Reads a built site (`dist/`): its files, the CSP computed from its HTML, and the list the
 * service worker precaches. Used by the build integration and the `deploy:nginx` command.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentSecurityPolicy } from './headers';
import { inlineHashes, mergeHashes } from './inline-hashes';

export interface SiteFile {
	/** Path inside `dist/`, with `/` separators: `en/risks/index.html`. */
	file: string;
	bytes: number;
}

export function listFiles(dist: string): SiteFile[] {
	const files: SiteFile[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			const stat = statSync(path);
			if (stat.isDirectory()) walk(path);
			else files.push({ file: relative(dist, path).split(sep).join('/'), bytes: stat.size });
		}
	};
	walk(dist);
	return files;
}

export function siteCsp(dist: string): string {
	const pages = listFiles(dist).filter((f) => f.file.endsWith('.html'));
	// Read as bytes: the scan needs no decoded text (hundreds of megabytes of HTML at scale).
	return contentSecurityPolicy(mergeHashes(pages.map((p) => inlineHashes(readFileSync(join(dist, p.file))))));
}

/** Files a reader never needs offline: host configuration, crawler files, the worker itself. */
const NOT_PRECACHED = [/^_headers$/, /^sw\.js$/, /^sitemap[^/]*\.xml$/, /^robots\.txt$/, /\.map$/];

/** The URL a page is requested by: `risks/index.html` → `/risks/` (the site uses trailing slashes). */
export function urlOf(file: string, base = '/'): string {
	const path = file.endsWith('/index.html') || file === 'index.html' ? file.slice(0, -'index.html'.length) : file;
	return `${base}${path}`;
}

const isPrecached = (file: string) => !NOT_PRECACHED.some((re) => re.test(file));

export function precacheList(dist: string, base = '/'): { urls: string[]; bytes: number } {
	const files = listFiles(dist).filter((f) => isPrecached(f.file));
	return { urls: files.map((f) => urlOf(f.file, base)), bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

export interface SiteReading {
	/** What the offline worker precaches, and its total size in bytes. */
	urls: string[];
	bytes: number;
	/** A short id that changes whenever any precached file changes, and only then. */
	buildId: string;
	/** `siteCsp()` of the site. */
	csp: string;
}

/**
 * Everything the build's delivery step needs, reading each file once: `precacheList`, the edition
 * id and `siteCsp` in one pass (at 2,000 pages the site is hundreds of megabytes).
 */
export function readSite(dist: string, base = '/'): SiteReading {
	const hash = createHash('sha256');
	const urls: string[] = [];
	const inline: ReturnType<typeof inlineHashes>[] = [];
	let bytes = 0;
	for (const file of listFiles(dist)) {
		const precached = isPrecached(file.file);
		const html = file.file.endsWith('.html');
		if (!precached && !html) continue;
		const content = readFileSync(join(dist, file.file));
		if (html) inline.push(inlineHashes(content));
		if (!precached) continue;
		urls.push(urlOf(file.file, base));
		bytes += file.bytes;
		hash.update(file.file).update('\0').update(content).update('\0');
	}
	return { urls, bytes, buildId: hash.digest('hex').slice(0, 12), csp: contentSecurityPolicy(mergeHashes(inline)) };
}
