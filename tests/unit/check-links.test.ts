import { describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/lib/check-links';

const page = (path: string, body: string) => ({ path, html: `<html><body>${body}</body></html>` });

describe('checkLinks', () => {
	test('accepts links to existing pages and anchors, in any form', () => {
		const pages = [
			page('/', '<a href="/risks/a/#kpis">a</a> <a href="risks/a/">rel</a> <a href="#top-id">self</a><h2 id="top-id">x</h2>'),
			page('/risks/a/', '<h2 id="kpis">KPIs</h2><a href="/">home</a><a href="https://eur-lex.europa.eu/">ext</a>'),
		];
		expect(checkLinks(pages, { localePrefixes: [] })).toEqual([]);
	});

	test('reports a missing page and a missing anchor', () => {
		const pages = [page('/', '<a href="/risks/b/">b</a> <a class="x" href="/risks/a/#nope">a</a>'), page('/risks/a/', '<h2 id="kpis">x</h2>')];
		expect(checkLinks(pages, { localePrefixes: [] })).toEqual([
			{ page: '/', message: 'link to /risks/b/: no page at /risks/b/' },
			{ page: '/', message: 'link to /risks/a/#nope: /risks/a/ has no element with id "nope"' },
		]);
	});

	test('reports anchors that exist in one language only', () => {
		const pages = [page('/risks/a/', '<h2 id="kpis">指标</h2><div id="starlight__x"></div>'), page('/en/risks/a/', '<h2 id="key-metrics">KPIs</h2>')];
		expect(checkLinks(pages)).toEqual([{ page: '/en/risks/a/', message: 'anchors differ from /risks/a/: missing #kpis; only here #key-metrics' }]);
	});

	test('a link to a generated file (feed, calendar) must find the file', () => {
		const pages = [page('/', '<a href="/feed.xml">feed</a> <a href="/calendar.ics">ics</a> <a href="/en/calendar.ics">en</a>')];
		expect(checkLinks(pages, { localePrefixes: [], files: new Set(['/feed.xml', '/calendar.ics']) })).toEqual([
			{ page: '/', message: 'link to /en/calendar.ics: no file at /en/calendar.ics' },
		]);
	});
});
