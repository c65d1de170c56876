/** The engine's rule semantics over small hand-made regulations (the real register is tested in profiles.test.ts). */
import { describe, expect, it } from 'vitest';
import { evaluate, nextDeadline, type Regulation } from '../../../src/lib/obligations/engine';
import type { SellerProfile } from '../../../src/lib/obligations/profile';

function reg(id: string, applicability: Regulation['applicability'], dates: Partial<Regulation['dates']> = {}): Regulation {
	return {
		id, name: id, jurisdiction: 'EU', status: 'in-force', url: 'https://example.org/', asOf: '2026-11-01',
		requires: 'x', todo: 'y', applicability, dates: { events: [], ...dates },
	};
}
const profile = (p: Partial<SellerProfile>): SellerProfile => ({ markets: [], channels: [], categories: [], fulfilment: [], ...p });
const today = '2026-12-06';

describe('evaluate', () => {
	it('expands "eu" to the member states the seller sells to and names the rule that excluded', () => {
		const regs = [reg('eu-thing', [{ markets: ['eu'] }])];
		const de = evaluate(profile({ markets: ['de', 'fr', 'gb'] }), regs, { today });
		expect(de.applies.map((o) => [o.regulation, o.markets])).toEqual([['eu-thing', ['fr', 'de']]]);
		const us = evaluate(profile({ markets: ['us'] }), regs, { today });
		expect(us.applies).toEqual([]);
		expect(us.excluded).toEqual([{ regulation: 'eu-thing', because: [{ field: 'markets', expected: ['eu'], actual: ['us'] }] }]);
	});

	it('treats a US state as reached by a seller in "us"', () => {
		const regs = [reg('ca-law', [{ markets: ['us-ca'] }])];
		expect(evaluate(profile({ markets: ['us'] }), regs, { today }).applies[0].markets).toEqual(['us-ca']);
		expect(evaluate(profile({ markets: ['gb'] }), regs, { today }).applies).toEqual([]);
	});

	it('needs every condition of a rule, any value of each, and any rule of the list', () => {
		const regs = [reg('toy', [{ markets: ['eu'], categories: ['toys', 'childrens-products'] }, { markets: ['gb'], channels: ['own-store'] }])];
		const toyFr = evaluate(profile({ markets: ['fr'], categories: ['toys'] }), regs, { today });
		expect(toyFr.applies[0].matched).toEqual([
			{ field: 'markets', expected: ['eu'], matched: ['fr'] },
			{ field: 'categories', expected: ['toys', 'childrens-products'], matched: ['toys'] },
		]);
		const textilesFr = evaluate(profile({ markets: ['fr'], categories: ['textiles'], channels: ['amazon'] }), regs, { today });
		expect(textilesFr.excluded[0].because).toEqual([{ field: 'categories', expected: ['toys', 'childrens-products'], actual: ['textiles'] }]);
		expect(evaluate(profile({ markets: ['gb'], channels: ['own-store'] }), regs, { today }).applies[0].markets).toEqual(['gb']);
	});

	it('lists an unanswered optional field as assumed instead of guessing', () => {
		const regs = [reg('big', [{ markets: ['eu'], turnover: ['over-50m'] }])];
		expect(evaluate(profile({ markets: ['de'] }), regs, { today }).applies[0].assumed).toEqual(['turnover']);
		expect(evaluate(profile({ markets: ['de'], turnover: 'under-100k' }), regs, { today }).excluded[0].because[0].field).toBe('turnover');
	});

	it('narrows a stock rule to where stock is held, and direct post holds none', () => {
		const regs = [reg('vat', [{ markets: ['eu'], stockIn: ['eu'] }])];
		const p = profile({ markets: ['de', 'fr'], fulfilment: ['overseas-warehouse'], stockIn: ['de'] });
		expect(evaluate(p, regs, { today }).applies[0].markets).toEqual(['de']);
		// Stock in Poland for sales to Germany: registration is due where the stock is.
		const pl = profile({ markets: ['de'], fulfilment: ['overseas-warehouse'], stockIn: ['pl'] });
		expect(evaluate(pl, regs, { today }).applies[0].markets).toEqual(['pl']);
		const post = evaluate(profile({ markets: ['de'], fulfilment: ['direct-post'] }), regs, { today });
		expect(post.excluded[0].because).toEqual([{ field: 'stockIn', expected: ['eu'], actual: [] }]);
	});

	it('applies nothing to the empty profile', () => {
		const regs = [reg('global-policy', [{}]), reg('eu-thing', [{ markets: ['eu'] }])];
		const none = evaluate(profile({}), regs, { today });
		expect(none.applies).toEqual([]);
		expect(none.excluded.map((e) => e.regulation)).toEqual(['global-policy', 'eu-thing']);
	});
});

describe('nextDeadline', () => {
	it('picks the nearest future date and rolls annual events forward', () => {
		const dates = { appliesFrom: '2026-08-12', events: [{ kind: 'reporting-deadline' as const, date: '2023-05-15', recurs: 'annual' as const, label: 'data report' }] };
		expect(nextDeadline(dates, today)).toEqual({ kind: 'reporting-deadline', date: '2027-05-15', daysUntil: 160, label: 'data report' });
		expect(nextDeadline({ appliesFrom: '2027-01-01', events: [] }, today)).toEqual({ kind: 'applies-from', date: '2027-01-01', daysUntil: 26 });
		expect(nextDeadline({ appliesFrom: '2020-01-01', events: [] }, today)).toBeUndefined();
	});
});

describe('checklist items and regulations', () => {
	const items = [
		{ id: 'pc-weee', regulations: ['eu-weee'] },
		{ id: 'pc-epr', regulations: ['eu-weee', 'de-pack'] },
		{ id: 'pc-general' },
	];
	const regs = [reg('eu-weee', [{ markets: ['eu'], categories: ['electronics'] }]), reg('de-pack', [{ markets: ['de'] }])];

	it('indexes the items that evidence each regulation', async () => {
		const { itemsByRegulation } = await import('../../../src/lib/obligations/evidence');
		expect(itemsByRegulation(items)).toEqual(new Map([['eu-weee', ['pc-weee', 'pc-epr']], ['de-pack', ['pc-epr']]]));
	});

	it('offers N/A only for items whose every regulation is excluded, with the reasons', async () => {
		const { notApplicableItems } = await import('../../../src/lib/obligations/evidence');
		const apparelDe = evaluate(profile({ markets: ['de'], categories: ['textiles'] }), regs, { today });
		expect(notApplicableItems(items, apparelDe)).toEqual(
			new Map([['pc-weee', [{ regulation: 'eu-weee', because: [{ field: 'categories', expected: ['electronics'], actual: ['textiles'] }] }]]])
		);
		const apparelFr = evaluate(profile({ markets: ['fr'], categories: ['textiles'] }), regs, { today });
		expect([...notApplicableItems(items, apparelFr).keys()]).toEqual(['pc-weee', 'pc-epr']);
	});
});
