import { describe, expect, test } from 'vitest';
import { bodyHeadings, collectIds } from '../../src/lib/content/anchors';
import { termNodes } from '../../src/lib/content/glossary-plugin';
import { renderInline, stripInline } from '../../src/lib/inline';

describe('bodyHeadings', () => {
	test('reads explicit ids and skips fenced code', () => {
		const body = ['## 每周例会 { #weekly-review }', '', '```', '## not a heading', '```', '### Plain', '#### Tight {#tight}'].join('\n');
		expect(bodyHeadings(body, 10)).toEqual([
			{ line: 10, depth: 2, text: '每周例会', id: 'weekly-review' },
			{ line: 15, depth: 3, text: 'Plain', id: undefined },
			{ line: 16, depth: 4, text: 'Tight', id: 'tight' },
		]);
	});
});

describe('collectIds', () => {
	test('finds every id with the field it sits in', () => {
		expect(collectIds({ practices: [{ id: 'a' }, { id: 'b', nested: { id: 'c' } }] })).toEqual([
			{ id: 'a', field: ['practices', 0, 'id'] },
			{ id: 'b', field: ['practices', 1, 'id'] },
			{ id: 'c', field: ['practices', 1, 'nested', 'id'] },
		]);
	});
});

describe('termNodes', () => {
	test('splits text into plain text and glossary links in the file language', () => {
		const label = (id: string, locale: string) => (id === 'vat' ? (locale === 'en' ? 'Value-added tax' : '增值税') : undefined);
		expect(termNodes('Pay [[vat]] and [[vat|VAT]], not [[nope]].', 'en', label)).toEqual([
			{ type: 'text', value: 'Pay ' },
			{ type: 'link', url: '/en/glossary/#vat', children: [{ type: 'text', value: 'Value-added tax' }], data: { hProperties: { className: ['pb-term'] } } },
			{ type: 'text', value: ' and ' },
			{ type: 'link', url: '/en/glossary/#vat', children: [{ type: 'text', value: 'VAT' }], data: { hProperties: { className: ['pb-term'] } } },
			{ type: 'text', value: ', not [[nope]].' },
		]);
		expect(termNodes('No terms here.', 'zh-cn', label)).toBeUndefined();
	});
});

describe('glossary terms in Chinese text', () => {
	const label = (id: string, locale: string) =>
		({ vat: locale === 'en' ? 'Value-added tax' : '增值税', ioss: locale === 'en' ? 'IOSS' : '进口一站式申报' })[id];
	const text = (nodes: ReturnType<typeof termNodes>) => nodes!.map((n) => ('value' in n ? n.value : `<${n.children[0].value}>`)).join('');

	test('no space between Chinese text and a Chinese term label, in the Markdown plugin', () => {
		expect(text(termNodes('都写明了 [[vat]] 由谁计缴，使用自有的 [[ioss]] 号。', 'zh-cn', label))).toBe('都写明了<增值税>由谁计缴，使用自有的<进口一站式申报>号。');
		// A Latin label keeps the spaces around it; so does a term at a Latin word.
		expect(text(termNodes('登记 [[vat|VAT]] 并开通', 'zh-cn', label))).toBe('登记 <VAT> 并开通');
		expect(text(termNodes('Pay [[vat]] now', 'en', label))).toBe('Pay <Value-added tax> now');
		expect(text(termNodes('SKU [[vat]] 由谁', 'zh-cn', label))).toBe('SKU <增值税>由谁');
	});

	test('the same in frontmatter text (renderInline) and plain text (stripInline)', () => {
		const term = (id: string) => (id === 'vat' ? { href: '/glossary/#vat', label: '增值税' } : undefined);
		expect(renderInline('写明了 [[vat]] 由谁计缴', term)).toBe('写明了<a class="pb-term" href="/glossary/#vat">增值税</a>由谁计缴');
		expect(renderInline('写明了 [[nope]] 由谁', term)).toBe('写明了 [[nope]] 由谁');
		expect(stripInline('写明了 [[vat]] 由谁计缴', (id) => (id === 'vat' ? '增值税' : undefined))).toBe('写明了增值税由谁计缴');
		expect(stripInline('Pay [[vat|VAT]] now')).toBe('Pay VAT now');
	});
});
