import { describe, expect, test } from 'vitest';
import { renderInline, stripInline, termIds } from '../../src/lib/inline';

const term = (id: string) => (id === 'ioss' ? { href: '/glossary/#ioss', label: 'Import One-Stop Shop' } : undefined);

describe('renderInline', () => {
	test('links glossary terms with their label, or the text given', () => {
		expect(renderInline('Use [[ioss]].', term)).toBe('Use <a class="pb-term" href="/glossary/#ioss">Import One-Stop Shop</a>.');
		expect(renderInline('Use [[ioss|IOSS]].', term)).toBe('Use <a class="pb-term" href="/glossary/#ioss">IOSS</a>.');
	});

	test('renders bold, code and https or internal links', () => {
		expect(renderInline('**Stop** `sku` [rule](https://eur-lex.europa.eu/x) [risk](/risks/a/#b)', term)).toBe(
			'<strong>Stop</strong> <code>sku</code> <a href="https://eur-lex.europa.eu/x" rel="noopener">rule</a> <a href="/risks/a/#b">risk</a>'
		);
	});

	test('escapes markup and never renders script or javascript: links', () => {
		const html = renderInline('<script>alert(1)</script> [x](javascript:alert(1)) "q"', term);
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('href="javascript');
		expect(html).toContain('&lt;script&gt;');
		expect(html).toContain('&quot;q&quot;');
	});

	test('leaves an unknown term visible rather than dropping text', () => {
		expect(renderInline('[[nope]]', term)).toBe('[[nope]]');
	});
});

describe('stripInline and termIds', () => {
	test('strip markup to plain text for titles and search', () => {
		expect(stripInline('**Register** [[ioss]] via [portal](https://x.eu)', (id) => (id === 'ioss' ? 'IOSS' : undefined))).toBe(
			'Register IOSS via portal'
		);
	});

	test('find every referenced term', () => {
		expect(termIds('[[vat]] and [[ioss|I]] but not [single]')).toEqual(['vat', 'ioss']);
	});
});
