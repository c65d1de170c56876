import { describe, expect, test } from 'vitest';
import { bodyHeadings, collectIds } from '../../src/lib/content/anchors';
import { linkGlossaryTerms } from '../../src/lib/content/glossary-markup';

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

describe('linkGlossaryTerms', () => {
	test('links terms in the body only, in the file language', () => {
		const source = '---\ntitle: "[[vat]]"\n---\nPay [[vat]] and [[vat|VAT]].';
		expect(linkGlossaryTerms(source, 'en', () => 'Value-added tax')).toBe(
			'---\ntitle: "[[vat]]"\n---\nPay <a class="pb-term" href="/en/glossary/#vat">Value-added tax</a> and <a class="pb-term" href="/en/glossary/#vat">VAT</a>.'
		);
	});
});
