import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precacheList, readSite, siteCsp, urlOf } from '../../../src/lib/deploy/site-files';
import { cspHash } from '../../../src/lib/deploy/inline-hashes';

let dist: string;
const write = (file: string, text: string) => {
	mkdirSync(dirname(join(dist, file)), { recursive: true });
	writeFileSync(join(dist, file), text);
};

beforeAll(() => {
	dist = mkdtempSync(join(tmpdir(), 'site-files-'));
	write('index.html', '<script>zh()</script>');
	write('en/index.html', '<script>en()</script><p style="--depth: 1;">');
	write('en/404.html', '<p>404</p>');
	write('_astro/a.1234.js', 'x');
	write('pagefind/pagefind-entry.json', '{}');
	write('_headers', '/*');
	write('sw.js', '');
	write('sitemap-0.xml', '');
	write('sitemap-index.xml', '');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('a built site', () => {
	test('pages are requested by their directory URL', () => {
		expect(urlOf('index.html')).toBe('/');
		expect(urlOf('en/risks/index.html')).toBe('/en/risks/');
		expect(urlOf('en/404.html')).toBe('/en/404.html');
		expect(urlOf('en/index.html', '/playbook/')).toBe('/playbook/en/');
	});

	test('the worker stores every page, asset and search file, not host files or itself', () => {
		const { urls, bytes } = precacheList(dist);
		expect(urls.sort()).toEqual(['/', '/_astro/a.1234.js', '/en/', '/en/404.html', '/pagefind/pagefind-entry.json'].sort());
		expect(bytes).toBe(['<script>zh()</script>', '<script>en()</script><p style="--depth: 1;">', '<p>404</p>', 'x', '{}'].join('').length);
	});

	test('the edition id changes when a stored file changes, not otherwise', () => {
		const buildId = () => readSite(dist).buildId;
		const before = buildId();
		expect(buildId()).toBe(before);
		write('sitemap-0.xml', 'changed');
		expect(buildId()).toBe(before);
		write('en/404.html', '<p>404!</p>');
		expect(buildId()).not.toBe(before);
	});

	test('the policy lists the inline code of every page', () => {
		const csp = siteCsp(dist);
		for (const hash of [cspHash('zh()'), cspHash('en()'), cspHash('--depth: 1;')]) expect(csp).toContain(`'${hash}'`);
	});

	test('the build reads the site once and gets the same list and policy', () => {
		for (const base of ['/', '/playbook/']) {
			const { urls, bytes, csp } = readSite(dist, base);
			expect({ urls, bytes }).toEqual(precacheList(dist, base));
			expect(csp).toBe(siteCsp(dist));
		}
	});
});
