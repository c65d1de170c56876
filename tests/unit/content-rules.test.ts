import { describe, expect, test } from 'vitest';
import { isNeutral } from '../../src/schemas';
import { riskSchema } from '../../src/schemas/risk';
import { keepDatesAsText } from '../../src/lib/content/checked-loader';
import { checkContent, type LoadedContent } from '../../src/lib/content/rules';

describe('language-neutral fields are marked in the schema', () => {
	const shape = riskSchema.shape;
	test('numbers, enums and references are neutral; prose is not', () => {
		expect(isNeutral(shape.likelihood)).toBe(true);
		expect(isNeutral(shape.owner)).toBe(true);
		expect(isNeutral(shape.order)).toBe(true);
		expect(isNeutral(shape.title)).toBe(false);
		expect(isNeutral(shape.rationale)).toBe(false);
	});

	test('the rules compare exactly the marked fields between languages', () => {
		const risk = (lang: string, impact: number, title: string) => ({
			collection: 'risks' as const,
			file: `content/risks/${lang}/x.mdx`,
			body: '',
			bodyLine: 1,
			data: riskSchema.parse({
				title, category: 'market', order: 1, summary: title, likelihood: 2, impact, rationale: title,
				indicators: [{ id: 'i', name: title, threshold: 't', source: 's' }],
				mitigations: [{ id: 'm', title, detail: 'd', strategy: 's', items: ['it'] }],
				response: { first24h: ['a'], firstWeek: ['b'] }, owner: 'finance', review: 'monthly',
			}),
		});
		const content: LoadedContent = { contentDir: 'content', entries: [risk('zh-cn', 3, '标题'), risk('en', 4, 'Title')], docs: [], glossary: undefined, profiles: undefined, regulations: undefined, figures: undefined };
		const neutralErrors = checkContent(content).filter((e) => e.message.includes('language-neutral'));
		expect(neutralErrors).toEqual([
			{ file: 'content/risks/en/x.mdx', field: 'impact', message: 'is 3 in zh-cn but 4 in en (language-neutral fields must match)' },
		]);
	});
});

describe('keepDatesAsText', () => {
	test('quotes bare YAML dates in the frontmatter only', () => {
		const source = '---\neffective: 2021-02-30\nregulations:\n  - asOf: 2026-01-05 # checked\ntitle: 2021-02-30 plan\n---\nBody 2021-02-30\n';
		expect(keepDatesAsText(source)).toBe(
			"---\neffective: '2021-02-30'\nregulations:\n  - asOf: '2026-01-05' # checked\ntitle: 2021-02-30 plan\n---\nBody 2021-02-30\n"
		);
	});
});

describe('search keywords are written per language', () => {
	test('keywords may differ in length between languages; other lists may not', () => {
		const risk = (lang: string, keywords: string[], first24h: string[]) => ({
			collection: 'risks' as const,
			file: `content/risks/${lang}/x.mdx`,
			body: '',
			bodyLine: 1,
			data: riskSchema.parse({
				title: 't', category: 'market', order: 1, summary: 's', keywords, likelihood: 2, impact: 3, rationale: 'r',
				indicators: [{ id: 'i', name: 'n', threshold: 't', source: 's' }],
				mitigations: [{ id: 'm', title: 't', detail: 'd', strategy: 's', items: ['it'] }],
				response: { first24h, firstWeek: ['b'] }, owner: 'finance', review: 'monthly',
			}),
		});
		const content: LoadedContent = { contentDir: 'content', entries: [risk('zh-cn', ['封号', '被封', '申诉'], ['a']), risk('en', ['account suspended'], ['a', 'b'])], docs: [], glossary: undefined, profiles: undefined, regulations: undefined, figures: undefined };
		const lengthErrors = checkContent(content).filter((e) => e.message.includes('lists must match'));
		expect(lengthErrors).toEqual([
			{ file: 'content/risks/en/x.mdx', field: 'response.first24h', message: 'has 1 entries in zh-cn but 2 in en (lists must match item for item)' },
		]);
	});

	test('a repeated keyword is rejected', () => {
		const result = riskSchema.shape.keywords.safeParse(['封号', '封号']);
		expect(result.success).toBe(false);
	});
});
