/** The planner over the engine: evidence status, N/A suggestions, target profile, grouping, wording, Markdown. */
import { describe, expect, test } from 'vitest';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { emptyState, setAnswer, setSeller, type AssessmentState } from '../../../src/lib/assessment/state';
import { evaluate, type Regulation } from '../../../src/lib/obligations/engine';
import {
	describeExclusion,
	groupByMarket,
	naSuggestions,
	obligationStatus,
	plannerMarkdown,
	sortByDeadline,
	suggestTargetProfile,
	type Words,
} from '../../../src/lib/obligations/planner';
import { emptyProfile, type SellerProfile } from '../../../src/lib/obligations/profile';
import { codeLabel, plannerTranslator, plannerWords } from '../../../src/i18n/planner';

const model = buildPlaybookModel(
	{
		checklists: [{ id: 'pc', sections: [{ id: 's', items: ['pc-gpsr', 'pc-weee', 'pc-mocra', 'pc-general'].map((id) => ({ id, statement: id, weight: 2 as const })) }] }],
		risks: [],
		strategies: [],
	},
	'2026.12'
);
const today = '2026-12-06';
function reg(id: string, applicability: Regulation['applicability'], dates: Partial<Regulation['dates']> = {}): Regulation {
	return { id, name: id.toUpperCase(), jurisdiction: 'EU', status: 'in-force', url: `https://example.org/${id}`, asOf: '2026-11-01', requires: 'x', todo: 'x', applicability, dates: { events: [], ...dates } };
}
const regulations = [
	reg('gpsr', [{ markets: ['eu'] }], { appliesFrom: '2024-12-13' }),
	reg('weee', [{ markets: ['eu'], categories: ['electronics'] }], { events: [{ kind: 'reporting-deadline', date: '2027-03-31', label: 'report', recurs: 'annual' }] }),
	reg('mocra', [{ markets: ['us'], categories: ['cosmetics'] }], { appliesFrom: '2027-01-01' }),
	reg('pipl', [{}]),
];
const itemRegulations = { 'pc-gpsr': ['gpsr'], 'pc-weee': ['weee'], 'pc-mocra': ['mocra'], 'pc-general': [] };
const words = (locale: 'en' | 'zh-cn'): Words => {
	const w = plannerWords(locale);
	return { t: plannerTranslator(w), label: (code) => codeLabel(w, code) };
};
const speakers: SellerProfile = { ...emptyProfile(), markets: ['de', 'fr'], channels: ['amazon'], categories: ['electronics'], fulfilment: ['overseas-warehouse'] };
const withProfile = (profile: SellerProfile, state: AssessmentState = emptyState(model)) => setSeller(state, profile, 1);

describe('obligation status from the evidencing items', () => {
	test('unanswered → in progress → met as the items are answered; N/A and "don\'t know" are not met', () => {
		const items = ['pc-gpsr', 'pc-weee'];
		let state = emptyState(model);
		expect(obligationStatus(state, items).status).toBe('unanswered');
		state = setAnswer(state, 'pc-gpsr', { value: 3 }, 2);
		expect(obligationStatus(state, items)).toEqual({ status: 'in-progress', answered: 1, met: 1, total: 2 });
		state = setAnswer(state, 'pc-weee', { value: 1 }, 3);
		expect(obligationStatus(state, items).status).toBe('in-progress');
		state = setAnswer(state, 'pc-weee', { value: 2 }, 4);
		expect(obligationStatus(state, items).status).toBe('met');
		expect(obligationStatus(setAnswer(state, 'pc-weee', { value: 'na', naReason: 'x' }, 5), items).status).toBe('in-progress');
		expect(obligationStatus(setAnswer(state, 'pc-weee', { value: 'unknown' }, 5), items).status).toBe('in-progress');
		expect(obligationStatus(state, []).status).toBe('no-items');
	});
});

describe('N/A suggestions', () => {
	test('a cosmetics seller direct to the US gets the EU items suggested as N/A with the excluding rule; MoCRA stays', () => {
		const state = withProfile({ ...emptyProfile(), markets: ['us'], categories: ['cosmetics'], fulfilment: ['direct-post'] });
		const evaluation = evaluate(state.seller!, regulations, { today });
		const suggestions = naSuggestions(state, evaluation, itemRegulations, model.items.map((i) => i.id), (id) => id.toUpperCase(), words('en'));
		expect(suggestions.map((s) => s.itemId)).toEqual(['pc-gpsr', 'pc-weee']);
		expect(suggestions[0].reason).toBe('Does not apply to our seller profile: GPSR. only when your markets include the EU; yours: United States');
		expect(suggestions[0].reason.length).toBeLessThanOrEqual(200);
	});

	test('never for an answered item, an item without regulations, or with an empty profile', () => {
		const answered = setAnswer(withProfile({ ...emptyProfile(), markets: ['us'] }), 'pc-gpsr', { value: 1 }, 5);
		const evaluation = evaluate(answered.seller!, regulations, { today });
		const ids = naSuggestions(answered, evaluation, itemRegulations, model.items.map((i) => i.id), String, words('en')).map((s) => s.itemId);
		expect(ids).toEqual(['pc-weee', 'pc-mocra']);
		const empty = withProfile(emptyProfile());
		expect(naSuggestions(empty, evaluate(emptyProfile(), regulations, { today }), itemRegulations, ['pc-gpsr'], String, words('en'))).toEqual([]);
	});

	test('the Chinese reason uses full-width punctuation and Chinese labels', () => {
		const state = withProfile({ ...emptyProfile(), markets: ['us'] });
		const [first] = naSuggestions(state, evaluate(state.seller!, regulations, { today }), itemRegulations, ['pc-gpsr'], () => 'GPSR', words('zh-cn'));
		expect(first.reason).toBe('按卖家情况不适用：GPSR。仅当销售市场包括 欧盟；你的情况：美国');
	});
});

describe('target profile from the seller profile', () => {
	const all = ['new-marketplace-seller', 'multi-market-brand', 'dtc-store'];
	test('own store only → DTC; EU + UK/US → multi-market; one region on marketplaces → new seller', () => {
		expect(suggestTargetProfile({ ...emptyProfile(), markets: ['us'], channels: ['own-store'] }, all)).toBe('dtc-store');
		expect(suggestTargetProfile({ ...speakers, markets: ['de', 'gb'] }, all)).toBe('multi-market-brand');
		expect(suggestTargetProfile(speakers, all)).toBe('new-marketplace-seller');
		expect(suggestTargetProfile(emptyProfile(), all)).toBeUndefined();
		expect(suggestTargetProfile(speakers, ['dtc-store'])).toBeUndefined();
	});
});

describe('grouping and wording', () => {
	const evaluation = evaluate({ ...speakers, markets: ['fr', 'de', 'us'], categories: ['electronics', 'cosmetics'] }, regulations, { today });
	test('by market in code order, rules without a market condition under "everywhere"', () => {
		const groups = groupByMarket(evaluation.applies).map((g) => [g.market, g.obligations.map((o) => o.regulation)]);
		expect(groups).toEqual([
			['fr', ['gpsr', 'weee']],
			['de', ['gpsr', 'weee']],
			['us', ['mocra']],
			['everywhere', ['pipl']],
		]);
	});

	test('by deadline: soonest next date first, undated after', () => {
		const { dated, ongoing } = sortByDeadline(evaluation.applies);
		expect(dated.map((o) => [o.regulation, o.nextDeadline?.date])).toEqual([['mocra', '2027-01-01'], ['weee', '2027-03-31']]);
		expect(ongoing.map((o) => o.regulation)).toEqual(['gpsr', 'pipl']);
	});

	test('an exclusion names the failed condition with labels in both languages', () => {
		const us = evaluate({ ...emptyProfile(), markets: ['us'], categories: ['electronics'] }, regulations, { today });
		const weee = us.excluded.find((x) => x.regulation === 'weee')!;
		expect(describeExclusion(words('en'), weee)).toBe('only when your markets include the EU; yours: United States');
		const nothing = evaluate({ ...emptyProfile(), markets: ['us'] }, regulations, { today }).excluded.find((x) => x.regulation === 'weee')!;
		expect(describeExclusion(words('en'), nothing)).toBe(
			'only when your markets include the EU; yours: United States; only when your product categories include electrical and electronic goods; yours: none chosen'
		);
		const de = evaluate({ ...emptyProfile(), markets: ['de'], categories: ['toys'] }, regulations, { today });
		expect(describeExclusion(words('en'), de.excluded.find((x) => x.regulation === 'weee')!)).toBe(
			'only when your product categories include electrical and electronic goods; yours: toys'
		);
		expect(describeExclusion(words('zh-cn'), de.excluded.find((x) => x.regulation === 'weee')!)).toBe('仅当产品类别包括 电子电器；你的情况：玩具');
	});
});

test('the Markdown report lists obligations with their evidence and the exclusions, text escaped', () => {
	const md = plannerMarkdown({
		title: 'What applies to me',
		profile: 'Chosen: 2 markets',
		summary: '1 applies',
		labels: { applies: 'Applies', notApplies: 'Does not apply', todo: 'What to do', evidence: 'Evidence', risks: 'Risks', source: 'Source', status: 'Status' },
		obligations: [{ id: 'gpsr', name: 'GPSR [EU] 2023/988', link: '/en/planner/#reg-gpsr', status: 'In progress', markets: 'Applies in: Germany', why: 'Why', todo: ['Appoint a responsible person'], items: [{ title: 'An EU *responsible* person', link: '/en/checklists/pc/#pc-gpsr', answer: '3' }], risks: [{ title: 'Product compliance', link: '/en/risks/pc/' }], source: 'https://example.org/gpsr' }],
		excluded: [{ name: 'MoCRA', link: '/en/planner/#reg-mocra', reason: 'only when your markets include United States; yours: Germany' }],
	});
	expect(md).toContain('### [GPSR \\[EU\\] 2023/988](/en/planner/#reg-gpsr)');
	expect(md).toContain('- [An EU \\*responsible\\* person](/en/checklists/pc/#pc-gpsr): 3');
	expect(md).toContain('1. Appoint a responsible person');
	expect(md).toContain('- [MoCRA](/en/planner/#reg-mocra): only when your markets include United States; yours: Germany');
});
