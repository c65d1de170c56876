import { describe, expect, test } from 'vitest';
import { descriptor, entryHeadings, shows } from '../../src/lib/content/collections';
import { useTranslations } from '../../src/i18n/ui';

const t = useTranslations('en');

describe('collection descriptors', () => {
	test('the table of contents follows the sections that show, with generated sub-headings', () => {
		const data = { regulations: [], mistakes: [] } as any;
		expect(entryHeadings('risks', data, t).map((h) => h.slug)).toEqual(['scenario', 'assessment', 'indicators', 'mitigations', 'response', 'related']);
		const strategy = { practices: [{ id: 'p-one', title: 'Read **the** data' }], mistakes: [{ id: 'm' }] } as any;
		expect(entryHeadings('strategies', strategy, t)).toContainEqual({ depth: 3, slug: 'p-one', text: '1. Read the data' });
		expect(entryHeadings('strategies', strategy, t).map((h) => h.slug)).toContain('mistakes');
		const checklist = { sections: [{ id: 'before-launch', title: 'Before launch' }] } as any;
		expect(entryHeadings('checklists', checklist, t).map((h) => [h.depth, h.slug])).toEqual([[2, 'how-to-use'], [2, 'before-launch']]);
	});

	test('a view asking for an undeclared section fails loudly', () => {
		expect(shows('risks', 'regulations', { regulations: [{}] })).toBe(true);
		expect(() => shows('risks', 'regulation', {})).toThrow('"regulation" is not a section of risks');
	});

	test('fixed sub-headings are anchors but not in the table of contents', () => {
		expect(descriptor('risks').sections.map((s) => s.anchor)).toContain('first-24h');
		expect(entryHeadings('risks', { regulations: [] }, t).map((h) => h.slug)).not.toContain('first-24h');
	});
});
