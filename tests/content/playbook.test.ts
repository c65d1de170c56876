/**
 * Checks on the playbook's real content: it passes the build's check, and it is complete in the
 * ways an editor would notice (counts, links, sources, terms, style rules from writing-style.md).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatContentError } from '../../src/lib/content/errors';
import { validateContent, type ParsedEntry } from '../../src/lib/content/validate';
import { termIds } from '../../src/lib/inline';
import { PROJECT_ROOT } from './fixture';

const CONTENT = join(PROJECT_ROOT, 'content');
const report = validateContent(CONTENT, PROJECT_ROOT);
const zh = (collection: string) => report.valid.filter((e) => e.collection === collection && e.locale === 'zh-cn');
const en = (collection: string) => report.valid.filter((e) => e.collection === collection && e.locale === 'en');
const items = (entries: ParsedEntry[]) => entries.flatMap((e) => e.parsed.sections.flatMap((s: any) => s.items));

function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [path];
	});
}
const files = allFiles(CONTENT).map((path) => ({ path: path.slice(PROJECT_ROOT.length + 1), text: readFileSync(path, 'utf8') }));

test('the content passes the same check the build runs', () => {
	expect(report.errors.map(formatContentError)).toEqual([]);
});

describe('the playbook is complete', () => {
	test('five strategies, at least eight risks, six checklists and 100 items, in both languages', () => {
		expect(zh('strategies').map((e) => e.parsed.order).sort()).toEqual([1, 2, 3, 4, 5]);
		expect(zh('risks').length).toBeGreaterThanOrEqual(8);
		expect(zh('checklists').length).toBeGreaterThanOrEqual(6);
		expect(items(zh('checklists')).length).toBeGreaterThanOrEqual(100);
		for (const collection of ['strategies', 'risks', 'checklists']) {
			expect(en(collection).map((e) => e.id).sort()).toEqual(zh(collection).map((e) => e.id).sort());
		}
	});

	test('every strategy is put into practice by at least one checklist item', () => {
		const implemented = new Set(items(zh('checklists')).map((item: any) => item.implements).filter(Boolean));
		expect(zh('strategies').map((e) => e.id).filter((id) => !implemented.has(id))).toEqual([]);
	});

	test('every risk is controlled by checklist items and cites its regulations with dates and sources', () => {
		for (const risk of zh('risks')) {
			expect(risk.parsed.mitigations.flatMap((m: any) => m.items).length, risk.file).toBeGreaterThan(0);
			for (const regulation of risk.parsed.regulations) {
				expect(regulation.url, `${risk.file} ${regulation.id}`).toMatch(/^https:\/\//);
				// A start date, unless the rule is in force and its start was never published.
				if (regulation.status !== 'in-force') expect(regulation.effective, `${risk.file} ${regulation.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(regulation.asOf, `${risk.file} ${regulation.id}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
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
	const glossary = report.content.glossary?.data as { id: string }[];

	test('defines at least 40 terms', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(40);
	});

	test('every term is used somewhere in the playbook, in both languages', () => {
		for (const locale of ['zh-cn', 'en']) {
			const inLocale = files.filter((f) => (locale === 'en' ? /\/en\//.test(f.path) : !/\/en\//.test(f.path)));
			const used = new Set(inLocale.flatMap((f) => termIds(f.text)));
			expect(glossary.map((t) => t.id).filter((id) => !used.has(id)), locale).toEqual([]);
		}
	});
});

describe('style rules from writing-style.md', () => {
	const prose = files.filter((f) => /\.(mdx|yaml)$/.test(f.path));

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
