import { expect, test } from 'vitest';
import { gzipSize, pageWeight } from '../../scripts/lib/page-weight';

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
