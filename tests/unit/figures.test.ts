import { describe, expect, test } from 'vitest';
import { expandFigures, figureIds, formatFigure } from '../../src/lib/figures';
import { renderInline, stripInline } from '../../src/lib/inline';
import { figureText } from '../../src/lib/content/figure-plugin';
import { figureSchema, type Figure } from '../../src/schemas/figure';

const fig = (over: Partial<Figure>): Figure => ({ id: 'x', value: 60, unit: 'percent', asOf: '2026-11-25', source: 'https://example.org/', ...over }) as Figure;

describe('formatting a figure', () => {
	test('value, unit and as-of date in each language, number and unit never broken apart', () => {
		expect(formatFigure(fig({}), 'zh-cn')).toBe('60\u202F%（截至\u00A02026-11）');
		expect(formatFigure(fig({}), 'en')).toBe('60\u202F% (as of Nov\u00A02026)');
		expect(formatFigure(fig({ value: 53088, unit: 'usd', asOf: '2025-01-17' }), 'en')).toBe('$53,088 (as of Jan\u00A02025)');
		expect(formatFigure(fig({ value: 53088, unit: 'usd', asOf: '2025-01-17' }), 'zh-cn')).toBe('53,088\u00A0美元（截至\u00A02025-01）');
		expect(formatFigure(fig({ value: 8, unit: 'weeks' }), 'en')).toBe('8\u00A0weeks (as of Nov\u00A02026)');
		expect(formatFigure(fig({ value: 250, unit: 'count', label: { 'zh-cn': '项', en: 'entries' } }), 'zh-cn')).toBe('250\u00A0项（截至\u00A02026-11）');
		expect(formatFigure(fig({ value: '2025-08-29', unit: 'date' }), 'en')).toBe('29\u00A0Aug\u00A02025 (as of Nov\u00A02026)');
		expect(formatFigure(fig({ value: '2025-08-29', unit: 'date' }), 'zh-cn')).toBe('2025\u00A0年\u00A08\u00A0月\u00A029\u00A0日（截至\u00A02026-11）');
	});

	test('a date figure needs a real date, other units a number', () => {
		expect(figureSchema.safeParse(fig({ value: '2025-02-30', unit: 'date' })).success).toBe(false);
		expect(figureSchema.safeParse(fig({ value: '60' })).success).toBe(false);
		expect(figureSchema.safeParse(fig({ source: 'http://example.org/' })).success).toBe(false);
		expect(figureSchema.safeParse(fig({})).success).toBe(true);
	});
});

describe('figure markup', () => {
	const known = (id: string) => (id === 'cap' ? '60 % (as of Nov 2026)' : undefined);
	test('finds ids and replaces known ones; unknown ones stay visible', () => {
		expect(figureIds('above {{cap}} and {{other-one}}')).toEqual(['cap', 'other-one']);
		expect(expandFigures('above {{cap}}, {{nope}}', known)).toBe('above 60 % (as of Nov 2026), {{nope}}');
	});
	test('frontmatter text renders figures escaped, and plain-text uses keep them', () => {
		expect(renderInline('over {{cap}} <b>', () => undefined, known)).toBe('over <span class="pb-figure">60 % (as of Nov 2026)</span> &lt;b&gt;');
		expect(stripInline('**over** {{cap}}', () => undefined, known)).toBe('over 60 % (as of Nov 2026)');
	});
	test('the body plugin replaces figures in text, in the file language', () => {
		const byLocale = (id: string, locale: string) => (id === 'cap' ? `cap-${locale}` : undefined);
		expect(figureText('a {{cap}} b', 'en', byLocale)).toBe('a cap-en b');
		expect(figureText('no figure', 'en', byLocale)).toBeUndefined();
		expect(figureText('{{cap}}', 'zh-cn', byLocale)).toBe('cap-zh-cn');
	});
});
