import { describe, expect, test } from 'vitest';
import { bodyHeadings, collectIds } from '../../src/lib/content/anchors';
import { termNodes } from '../../src/lib/content/glossary-plugin';

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
