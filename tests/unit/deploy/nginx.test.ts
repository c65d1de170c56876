import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CACHE_CONTROL, CACHE_RULES, securityHeaders, type CacheKind } from '../../../src/lib/deploy/headers';
import { NGINX_SNIPPET_DIR, renderHeaderSnippet, renderHeaderSnippets, snippetName } from '../../../src/lib/deploy/nginx';
import { siteConfigFor } from '../../../scripts/nginx';

const config = readFileSync(new URL('../../../deploy/nginx/playbook.conf', import.meta.url), 'utf8');
/** The snippet each location of deploy/nginx/playbook.conf includes. */
const locations = new Map(
	[...config.matchAll(/^\tlocation ([^{]+?) \{\n([\s\S]*?)^\t\}/gm)].map(([, location, body]) => [location, body.match(/include ([^;]+);/)?.[1]])
);

describe('header snippets', () => {
	test('each snippet sends every security header and its cache rule, on error pages too', () => {
		for (const kind of Object.keys(CACHE_CONTROL) as CacheKind[]) {
			const snippet = renderHeaderSnippet(kind, "default-src 'self'");
			for (const [name, value] of Object.entries(securityHeaders("default-src 'self'"))) expect(snippet).toContain(`add_header ${name} "${value}" always;`);
			expect(snippet).toContain(`add_header Cache-Control "${CACHE_CONTROL[kind]}" always;`);
		}
		expect(Object.keys(renderHeaderSnippets('x')).sort()).toEqual(['headers-hashed-asset.conf', 'headers-revalidate.conf', 'headers-short.conf']);
	});

	test('a value nginx would misread is refused', () => {
		expect(() => renderHeaderSnippet('short', 'default-src "self"')).toThrow(/nginx would misread/);
	});
});

describe('deploy/nginx/playbook.conf', () => {
	test('every location includes one complete generated snippet (nginx does not inherit add_header)', () => {
		expect(locations.size).toBeGreaterThan(5);
		for (const [location, include] of locations) {
			if (location === '= /_headers') continue; // answers 404 only
			expect(include, location).toMatch(new RegExp(`^${NGINX_SNIPPET_DIR}/headers-[a-z-]+\\.conf$`));
		}
	});

	test('the cache rules of headers.ts are the ones nginx applies', () => {
		for (const rule of CACHE_RULES) expect(locations.get(rule.nginxLocation), rule.nginxLocation).toBe(`${NGINX_SNIPPET_DIR}/${snippetName(rule.kind)}`);
		expect(locations.get('/')).toBe(`${NGINX_SNIPPET_DIR}/${snippetName('short')}`);
		expect(locations.get('/en/')).toBe(`${NGINX_SNIPPET_DIR}/${snippetName('short')}`);
	});

	test('missing pages get the 404 page of their language', () => {
		expect(config).toMatch(/^\terror_page 404 \/404\.html;$/m);
		expect(config).toMatch(/location \/en\/ \{[^}]*error_page 404 \/en\/404\.html;/);
	});

	test('a local test run changes only the port and the root', () => {
		const local = siteConfigFor(config, { port: 4323, root: '/tmp/dist' });
		expect(local).toContain('\tlisten 127.0.0.1:4323;');
		expect(local).toContain('\troot /tmp/dist;');
		const directives = local.split('\n').filter((line) => !line.startsWith('#')).join('\n');
		expect(directives).not.toMatch(/listen (\[::\]:)?80;|\/var\/www/);
		expect(local.split('\n').length).toBe(config.split('\n').length - 1);
		expect(() => siteConfigFor('server {}', { port: 1, root: '/' })).toThrow(/no longer has/);
	});
});
