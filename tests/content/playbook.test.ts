/**
 * Checks on the playbook's real content: it passes the build's check, and it is complete in the
 * ways an editor would notice (counts, links, sources, terms, style rules from writing-style.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allFiles, CONTENT, PROJECT_ROOT } from './content-files';
import { sync } from 'astro';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatContentError } from '../../src/lib/content/errors';
import { lastCheck, type CheckResult } from '../../src/lib/content/checked-loader';
import type { LoadedEntry } from '../../src/lib/content/rules';
import { termIds } from '../../src/lib/inline';


// The content as Astro's content layer loads it, with the same check the build runs.
let report: CheckResult;
beforeAll(async () => {
	await sync({ root: PROJECT_ROOT, logLevel: 'silent' }).catch(() => undefined);
	report = lastCheck()!;
}, 60_000);

interface Parsed extends LoadedEntry {
	id: string;
	parsed: any;
}
const inLocale = (collection: string, locale: string): Parsed[] =>
	report.content.entries
		.filter((e) => e.collection === collection && e.file.split('/')[2] === locale && e.data)
		.map((e) => ({ ...e, id: e.file.split('/')[3].replace(/\.mdx?$/, ''), parsed: e.data }));
const zh = (collection: string) => inLocale(collection, 'zh-cn');
const en = (collection: string) => inLocale(collection, 'en');
const items = (entries: Parsed[]) => entries.flatMap((e) => e.parsed.sections.flatMap((s: any) => s.items));

const files = allFiles(CONTENT).map((path) => ({ path: path.slice(PROJECT_ROOT.length + 1), text: readFileSync(path, 'utf8') }));

test('the content passes the same check the build runs', () => {
	expect(report.errors.map(formatContentError)).toEqual([]);
});

describe('the playbook is complete', () => {
	test('five strategies, at least 14 risks, 12 checklists and 100 items, in both languages', () => {
		expect(zh('strategies').map((e) => e.parsed.order).sort()).toEqual([1, 2, 3, 4, 5]);
		expect(zh('risks').length).toBeGreaterThanOrEqual(14);
		expect(zh('checklists').length).toBeGreaterThanOrEqual(12);
		expect(items(zh('checklists')).length).toBeGreaterThanOrEqual(100);
		for (const collection of ['strategies', 'risks', 'checklists']) {
			expect(en(collection).map((e) => e.id).sort()).toEqual(zh(collection).map((e) => e.id).sort());
		}
	});

	test('every strategy is put into practice by at least one checklist item', () => {
		const implemented = new Set(items(zh('checklists')).map((item: any) => item.implements?.id).filter(Boolean));
		expect(zh('strategies').map((e) => e.id).filter((id) => !implemented.has(id))).toEqual([]);
	});

	// (Item links, URLs and dates are the schema's job; this is what the schema allows but the
	// playbook promises: every risk cites at least one regulation.)
	test('every risk cites its regulations', () => {
		expect(zh('risks').filter((r) => r.parsed.regulations.length === 0).map((r) => r.file)).toEqual([]);
	});

	test('the risk register covers every risk family the article and its missing half name', () => {
		expect(new Set(zh('risks').map((r) => r.parsed.category))).toEqual(
			new Set(['compliance', 'market', 'platform', 'logistics', 'finance', 'ip', 'data', 'reputation'])
		);
	});

	test('each strategy has at least 1,200 Chinese characters of text', () => {
		const short = zh('strategies')
			.map((e) => ({ file: e.file, han: (readFileSync(join(PROJECT_ROOT, e.file), 'utf8').match(/\p{Script=Han}/gu) ?? []).length }))
			.filter((e) => e.han < 1200);
		expect(short).toEqual([]);
	});
});

describe('the glossary', () => {
	const glossary = () => report.content.glossary!.items;

	test('defines at least 40 terms', () => {
		expect(glossary().length).toBeGreaterThanOrEqual(40);
	});

	test('every term is used somewhere in the playbook, in both languages', () => {
		for (const locale of ['zh-cn', 'en']) {
			const inLocale = files.filter((f) => (locale === 'en' ? /\/en\//.test(f.path) : !/\/en\//.test(f.path)));
			const used = new Set(inLocale.flatMap((f) => termIds(f.text)));
			expect(glossary().map((t) => t.id).filter((id) => !used.has(id)), locale).toEqual([]);
		}
	});
});

describe('style rules from writing-style.md', () => {
	const prose = files.filter((f) => /\.(mdx?|yaml)$/.test(f.path));

	test('no filler phrases', () => {
		const banned = [
			'至关重要', '不可或缺', '重中之重', '有的放矢', '全方位', '多维度', '赋能', '抓手', '众所周知',
			'crucial', 'leverage', 'holistic', 'seamless', 'robust', "today's fast-paced world", 'it is important to note',
		];
		const found = prose.flatMap((f) => banned.filter((word) => f.text.toLowerCase().includes(word.toLowerCase())).map((word) => `${f.path}: ${word}`));
		expect(found).toEqual([]);
	});

	test('evidence hints do not repeat the "Evidence" label the page already shows', () => {
		const repeated = items([...zh('checklists'), ...en('checklists')]).filter((item: any) => /^(证据|evidence)\s*[:：]/i.test(item.evidence));
		expect(repeated.map((item: any) => item.id)).toEqual([]);
	});

	test('Chinese text uses full-width punctuation between Chinese characters', () => {
		const zhFiles = prose.filter((f) => !/\/en\//.test(f.path) && !f.path.endsWith('.yaml'));
		const halfWidth = /\p{Script=Han}[,;:?!](?=\s*\p{Script=Han})/u;
		expect(zhFiles.filter((f) => halfWidth.test(f.text.replace(/^---[\s\S]*?\n(?=\S)/, ''))).map((f) => f.path)).toEqual([]);
	});
});
