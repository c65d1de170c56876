import { expect, test } from 'vitest';
import { gzipSize, lazyScripts, lazyWeight, pageWeight } from '../../scripts/lib/page-weight';

test('page weight follows script imports and counts inline scripts, CSS and HTML', () => {
	const files: Record<string, string> = {
		'/_astro/page.js': 'import "./shared.js";console.log(1)',
		'/_astro/shared.js': 'export const x = 1;',
		'/_astro/unused.js': 'export const never = 1;',
		'/_astro/site.css': 'body{color:red}',
	};
	const html = [
		'<link rel="stylesheet" href="/_astro/site.css">',
		'<script type="module" src="/_astro/page.js"></script>',
		'<script>document.documentElement.dataset.theme="dark"</script>',
		'<script type="application/json">{"not":"code"}</script>',
	].join('');
	const weight = pageWeight('/risks/x/', html, (path) => files[path]);
	expect(weight.scripts).toEqual(['/_astro/page.js', '/_astro/shared.js']);
	expect(weight.stylesheets).toEqual(['/_astro/site.css']);
	expect(weight.js).toBe(
		gzipSize(files['/_astro/page.js']) + gzipSize(files['/_astro/shared.js']) + gzipSize('document.documentElement.dataset.theme="dark"')
	);
	expect(weight.css).toBe(gzipSize(files['/_astro/site.css']));
	expect(weight.html).toBe(gzipSize(html));
});

test('lazy scripts: chunks a loaded script imports dynamically, with their static imports, not counted twice', () => {
	const files: Record<string, string> = {
		'/_astro/island.js': 'import "./shared.js";const go=()=>import(`./suggest.js`);',
		'/_astro/shared.js': 'export const x = 1;',
		'/_astro/suggest.js': 'import "./shared.js";import "./engine.js";export const s = 2;',
		'/_astro/engine.js': 'export const e = 3;',
	};
	const html = '<script type="module" src="/_astro/island.js"></script>';
	const weight = pageWeight('/checklists/x/', html, (path) => files[path]);
	expect(weight.scripts).toEqual(['/_astro/island.js', '/_astro/shared.js']);
	const read = (path: string) => files[path];
	expect(lazyScripts(weight.scripts, read)).toEqual(['/_astro/engine.js', '/_astro/suggest.js']);
	expect(lazyWeight(weight.scripts, read)).toBe(gzipSize(files['/_astro/engine.js']) + gzipSize(files['/_astro/suggest.js']));
});
