/** `npm run test:links`: the link-and-anchor check over `dist/` (run after `npm run build`). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkLinks, type SitePage } from './lib/check-links';
import { htmlFiles } from './lib/html-files';
import { LOCALES } from '../src/i18n/locales';

const dist = resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
	console.error(`No build at ${dist}: run "npm run build" first.`);
	process.exit(1);
}

const pages: SitePage[] = htmlFiles(dist).map((file) => {
	const rel = '/' + relative(dist, file).split(sep).join('/');
	return { path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, html: readFileSync(file, 'utf8') };
});
/** Every built file that is not a page, by URL path (`/feed.xml`, `/en/calendar.ics`). */
function otherFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : otherFiles(path);
		return name.endsWith('.html') ? [] : ['/' + relative(dist, path).split(sep).join('/')];
	});
}
// The locales of the site in the current directory (content/i18n/locales.json).
const localePrefixes = LOCALES.flatMap((l) => (l.prefix ? [l.prefix] : []));
const problems = checkLinks(pages, { files: new Set(otherFiles(dist)), localePrefixes });
for (const problem of problems) console.error(`${problem.page}: ${problem.message}`);
const links = pages.reduce((sum, page) => sum + (page.html.match(/<a\b/g)?.length ?? 0), 0);
console.log(`Checked ${links} links on ${pages.length} pages: ${problems.length} broken.`);
process.exit(problems.length ? 1 : 0);
