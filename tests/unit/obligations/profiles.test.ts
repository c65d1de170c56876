/**
 * The obligations engine over the real register (`content/regulations/*.yaml`, loaded by the same
 * content layer and check as the build) for realistic seller profiles: what applies, where, and why
 * the rest does not. Each expectation is what the law says for that seller, written before running.
 */
import { resolve } from 'node:path';
import { sync } from 'astro';
import { beforeAll, describe, expect, test } from 'vitest';
import { lastCheck } from '../../../src/lib/content/checked-loader';
import { evaluate, type Evaluation, type FailedCondition, type Obligation, type Regulation } from '../../../src/lib/obligations/engine';
import { regulationsIn } from '../../../src/lib/obligations/regulations';
import type { SellerProfile } from '../../../src/lib/obligations/profile';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const TODAY = '2026-12-06';
let regulations: Regulation[];

beforeAll(async () => {
	await sync({ root: PROJECT_ROOT, logLevel: 'silent' }).catch(() => undefined);
	const check = lastCheck()!;
	expect(check.errors).toEqual([]);
	regulations = regulationsIn(check.content.regulations!.map((r) => ({ id: r.id, data: r.data! })), 'en');
}, 120_000);

const profile = (p: Partial<SellerProfile>): SellerProfile => ({ markets: [], channels: [], categories: [], fulfilment: [], ...p });

function run(p: Partial<SellerProfile>) {
	const result: Evaluation = evaluate(profile(p), regulations, { today: TODAY });
	const ob = (id: string): Obligation | undefined => result.applies.find((o) => o.regulation === id);
	return {
		result,
		ids: result.applies.map((o) => o.regulation),
		/** Where an obligation applies; fails the test if it does not apply. */
		markets: (id: string) => {
			const found = ob(id);
			expect(found, `${id} should apply`).toBeDefined();
			return found!.markets;
		},
		ob,
		/** The headline reason a regulation does not apply; fails the test if it applies. */
		why: (id: string): FailedCondition => {
			const found = result.excluded.find((e) => e.regulation === id);
			expect(found, `${id} should not apply`).toBeDefined();
			return found!.because[0];
		},
	};
}

const EU_JURISDICTIONS = new Set(['EU', 'DE', 'FR', 'IT', 'ES']);
const US_EVERYWHERE = ['us-ofac-sanctions', 'us-consolidated-screening-list', 'us-entity-list'];
const jurisdictionOf = (id: string) => regulations.find((r) => r.id === id)!.jurisdiction;

describe('realistic seller profiles', () => {
	test('1. Bluetooth speakers on Amazon.de from a German warehouse', () => {
		const r = run({
			markets: ['de'], channels: ['amazon'], categories: ['electronics', 'radio-equipment', 'batteries'],
			fulfilment: ['overseas-warehouse'], stockIn: ['de'],
		});
		// German VAT registration (stock in Germany), WEEE and battery registration, packaging, CE/RED, GPSR.
		expect(r.markets('eu-vat-ecommerce-package')).toEqual(['de']);
		for (const id of ['eu-weee', 'de-elektrog', 'eu-batteries', 'de-verpackg', 'eu-ppwr', 'eu-ce-marking', 'eu-red-cybersecurity', 'eu-gpsr', 'eu-msr-article-4']) {
			expect(r.markets(id)).toEqual(['de']);
		}
		expect(r.ob('eu-gpsr')!.matched).toEqual([{ field: 'markets', expected: ['eu'], matched: ['de'] }]);
		expect(r.ids).toContain('amazon-performance-targets');
		// The battery rules' next step is the removability date.
		expect(r.ob('eu-batteries')!.nextDeadline).toMatchObject({ kind: 'applies-from', date: '2027-02-18', daysUntil: 74 });
		expect(r.why('uk-ukca')).toEqual({ field: 'markets', expected: ['gb'], actual: ['de'] });
		expect(r.why('fr-agec')).toEqual({ field: 'markets', expected: ['fr'], actual: ['de'] });
		expect(r.why('us-fda-mocra').field).toBe('markets');
		expect(r.why('eu-withdrawal-function')).toEqual({ field: 'channels', expected: ['own-store', 'social'], actual: ['amazon'] });
		expect(r.why('eu-low-value-duty')).toEqual({ field: 'fulfilment', expected: ['direct-post'], actual: ['overseas-warehouse'] });
	});

	test('2. Cosmetics shipped direct from China to US consumers from an own store', () => {
		const r = run({ markets: ['us'], channels: ['own-store'], categories: ['cosmetics'], fulfilment: ['direct-post'], incoterm: 'dap' });
		expect(r.markets('us-fda-mocra')).toEqual(['us']);
		expect(r.markets('us-de-minimis-suspension')).toEqual(['us']);
		expect(r.markets('us-sales-tax-nexus')).toEqual(['us']);
		expect(r.markets('us-mn-pfas')).toEqual(['us-mn']);
		// Proposition 65 exempts businesses under 10 staff: unanswered, so it is listed with that caveat.
		expect(r.markets('us-ca-prop65')).toEqual(['us-ca']);
		expect(r.ob('us-ca-prop65')!.assumed).toEqual(['headcount']);
		// No EU item at all.
		expect(r.ids.filter((id) => EU_JURISDICTIONS.has(jurisdictionOf(id)))).toEqual([]);
		expect(r.why('eu-gpsr')).toEqual({ field: 'markets', expected: ['eu'], actual: ['us'] });
		expect(r.why('us-cpsc-cpc').field).toBe('categories');
		expect(r.why('us-ieepa-ruling').field).toBe('stockIn');
	});

	test('3. UK-only apparel on Amazon.co.uk with FBA', () => {
		const r = run({ markets: ['gb'], channels: ['amazon'], categories: ['textiles'], fulfilment: ['marketplace-fulfilment'], stockIn: ['gb'] });
		expect(r.markets('uk-low-value-vat')).toEqual(['gb']);
		for (const id of ['uk-gpsr-2005', 'uk-consumer-rights-act', 'uk-consumer-contracts-regulations', 'uk-dmcc-act', 'uk-gdpr', 'uk-sanctions-list']) {
			expect(r.markets(id)).toEqual(['gb']);
		}
		expect(r.ids.filter((id) => EU_JURISDICTIONS.has(jurisdictionOf(id)))).toEqual([]);
		// Nothing is placed in a US market; US sanctions still reach the seller through dollar payments.
		expect(r.result.applies.filter((o) => o.markets.some((m) => m.startsWith('us')))).toEqual([]);
		expect(r.ids).toEqual(expect.arrayContaining(US_EVERYWHERE));
		expect(r.why('uk-ukca')).toEqual({ field: 'categories', expected: ['electronics', 'radio-equipment', 'toys'], actual: ['textiles'] });
		expect(r.why('uk-psti').field).toBe('categories');
		expect(r.why('uk-pecr-marketing').field).toBe('channels');
	});

	test('4. Toys sold in France on Amazon.fr and an own store, posted DDP under €150', () => {
		const r = run({
			markets: ['fr'], channels: ['amazon', 'own-store'], categories: ['toys', 'childrens-products'],
			fulfilment: ['direct-post'], incoterm: 'ddp', parcelValues: ['up-to-150-eur'],
		});
		for (const id of ['eu-ce-marking', 'eu-msr-article-4', 'eu-gpsr', 'fr-agec', 'eu-low-value-duty', 'eu-handling-fee', 'eu-withdrawal-function']) {
			expect(r.markets(id)).toEqual(['fr']);
		}
		// IOSS for own-store parcels of €150 or less.
		expect(r.ob('eu-vat-ecommerce-package')!.matched.map((c) => c.field)).toEqual(['markets', 'channels', 'fulfilment', 'parcelValue']);
		// The accessibility act exempts micro-enterprises: size not answered, so both size conditions are caveats.
		expect(r.ob('eu-accessibility-act')!.assumed).toEqual(['headcount', 'turnover']);
		expect(r.why('de-verpackg')).toEqual({ field: 'markets', expected: ['de'], actual: ['fr'] });
		expect(r.why('eu-weee').field).toBe('categories');
		expect(r.why('us-cpsc-cpc').field).toBe('markets');
	});

	test('5. Upholstered furniture into the US from a US warehouse', () => {
		const r = run({ markets: ['us'], channels: ['amazon', 'walmart'], categories: ['furniture'], fulfilment: ['overseas-warehouse'], stockIn: ['us'] });
		for (const id of ['us-section-232', 'us-section-301', 'us-cpsc-efiling', 'us-inform-consumers-act', 'us-origin-marking', 'us-uflpa']) {
			expect(r.markets(id)).toEqual(['us']);
		}
		// Holding stock creates sales-tax nexus; as importer of record it may claim IEEPA refunds.
		expect(r.ob('us-sales-tax-nexus')!.matched.map((c) => c.field)).toEqual(['markets', 'stockIn']);
		expect(r.markets('us-ieepa-ruling')).toEqual(['us']);
		expect(r.markets('us-me-pfas')).toEqual(['us-me']);
		// Amazon's insurance duty starts at $10,000 a month: turnover not given.
		expect(r.ob('amazon-us-liability-insurance')!.assumed).toEqual(['turnover']);
		expect(r.why('us-de-minimis-suspension')).toEqual({ field: 'fulfilment', expected: ['direct-post'], actual: ['overseas-warehouse'] });
		expect(r.why('eu-eudr').field).toBe('markets');
		expect(r.why('us-fcc-authorization').field).toBe('categories');
	});

	test('6. A micro DTC Shopify store posting to Germany, France, the UK and the US', () => {
		const r = run({
			markets: ['de', 'fr', 'gb', 'us'], channels: ['own-store'], categories: ['general-goods'], fulfilment: ['direct-post'],
			incoterm: 'dap', parcelValues: ['up-to-150-eur'], turnover: 'under-100k', headcount: 'under-10',
		});
		expect(r.markets('eu-vat-ecommerce-package')).toEqual(['fr', 'de']);
		expect(r.markets('uk-low-value-vat')).toEqual(['gb']);
		expect(r.markets('eu-withdrawal-function')).toEqual(['fr', 'de']);
		expect(r.markets('eu-eprivacy-marketing')).toEqual(['fr', 'de']);
		expect(r.markets('us-state-privacy')).toEqual(['us']);
		for (const id of ['paypal-holds-reserves', 'stripe-reserves', 'visa-vamp', 'mastercard-ecp']) expect(r.markets(id)).toEqual(['fr', 'de', 'gb', 'us']);
		// Micro-enterprise: under 10 staff and at most €2 m turnover.
		expect(r.why('eu-accessibility-act')).toEqual({ field: 'headcount', expected: ['10-49', '50-249', '250-plus'], actual: ['under-10'] });
		expect(r.why('us-ccpa')).toEqual({ field: 'turnover', expected: ['10m-50m', 'over-50m'], actual: ['under-100k'] });
		expect(r.why('us-ca-prop65').field).toBe('headcount');
		expect(r.why('amazon-performance-targets')).toEqual({ field: 'channels', expected: ['amazon'], actual: ['own-store'] });
		expect(r.why('eu-dsa-trader-traceability').field).toBe('channels');
	});

	test('7. TikTok Shop UK from a UK warehouse', () => {
		const r = run({ markets: ['gb'], channels: ['tiktok-shop'], categories: ['general-goods'], fulfilment: ['overseas-warehouse'], stockIn: ['gb'] });
		expect(r.markets('uk-low-value-vat')).toEqual(['gb']);
		expect(r.markets('uk-gpsr-2005')).toEqual(['gb']);
		expect(r.why('tiktok-us-seller-enforcement')).toEqual({ field: 'markets', expected: ['us'], actual: ['gb'] });
		expect(r.why('tiktok-us-dynamic-settlement').field).toBe('markets');
		expect(r.why('eu-p2b-regulation').field).toBe('markets');
	});

	test('8. Temu semi-managed (US warehouse) against fully managed', () => {
		const semi = run({ markets: ['us'], channels: ['temu'], categories: ['general-goods'], fulfilment: ['overseas-warehouse'], stockIn: ['us'] });
		expect(semi.markets('temu-us-fulfillment-policy')).toEqual(['us']);
		expect(semi.markets('us-inform-consumers-act')).toEqual(['us']);
		expect(semi.markets('us-sales-tax-nexus')).toEqual(['us']);
		const full = run({ markets: ['us'], channels: ['temu'], categories: ['general-goods'], fulfilment: ['marketplace-fulfilment'], stockIn: [] });
		expect(full.why('temu-us-fulfillment-policy')).toEqual({ field: 'fulfilment', expected: ['overseas-warehouse'], actual: ['marketplace-fulfilment'] });
		expect(full.why('us-sales-tax-nexus').field).toBe('channels');
	});

	test('9. Power banks on Amazon.com with FBA, turnover $2–10 m', () => {
		const r = run({
			markets: ['us'], channels: ['amazon'], categories: ['electronics', 'batteries'], fulfilment: ['marketplace-fulfilment'],
			stockIn: ['us'], turnover: '2m-10m',
		});
		for (const id of ['us-fcc-authorization', 'us-fcc-bad-labs']) expect(r.markets(id)).toEqual(['us']);
		expect(r.ids).toEqual(expect.arrayContaining(['un-38-3', 'iata-dgr-lithium', 'cn-critical-minerals']));
		expect(r.ob('amazon-us-liability-insurance')!.assumed).toEqual([]);
		expect(r.why('us-ccpa')).toEqual({ field: 'turnover', expected: ['10m-50m', 'over-50m'], actual: ['2m-10m'] });
		expect(r.why('eu-batteries').field).toBe('markets');
	});

	test('10. Kitchenware on Amazon.de and Amazon.com, direct post', () => {
		const r = run({ markets: ['de', 'us'], channels: ['amazon'], categories: ['food-contact'], fulfilment: ['direct-post'] });
		expect(r.markets('us-fda-food-contact')).toEqual(['us']);
		expect(r.markets('de-verpackg')).toEqual(['de']);
		expect(r.markets('us-mn-pfas')).toEqual(['us-mn']);
		// No stock in Germany and Amazon collects import VAT up to €150: VAT registration hangs on the unanswered
		// incoterm and parcel value (DDP over €150 makes the seller the importer).
		expect(r.markets('eu-vat-ecommerce-package')).toEqual(['de']);
		expect(r.ob('eu-vat-ecommerce-package')!.assumed).toEqual(['incoterm', 'parcelValue']);
		expect(r.why('eu-weee').field).toBe('categories');
	});

	test('11. Smart cameras sold EU-wide from a Dutch warehouse by a 50–249 staff brand', () => {
		const r = run({
			markets: ['de', 'fr', 'nl', 'it', 'es'], channels: ['own-store', 'amazon'], categories: ['electronics', 'radio-equipment'],
			fulfilment: ['overseas-warehouse'], stockIn: ['nl'], headcount: '50-249',
		});
		expect(r.markets('eu-red-cybersecurity')).toEqual(['fr', 'de', 'it', 'nl', 'es']);
		expect(r.markets('eu-cyber-resilience-act')).toEqual(['fr', 'de', 'it', 'nl', 'es']);
		expect(r.ob('eu-cyber-resilience-act')!.nextDeadline).toMatchObject({ kind: 'applies-from', date: '2027-12-11' });
		// VAT registration only where the stock is.
		expect(r.markets('eu-vat-ecommerce-package')).toEqual(['nl']);
		expect(r.ob('eu-accessibility-act')!.assumed).toEqual([]);
		for (const [id, market] of [['de-verpackg', 'de'], ['fr-agec', 'fr'], ['it-packaging-labelling', 'it'], ['es-packaging-rd-1055-2022', 'es']]) {
			expect(r.markets(id)).toEqual([market]);
		}
		expect(r.why('eu-batteries').field).toBe('categories');
	});

	test('12. Medical thermometers on Amazon.com and Amazon.de', () => {
		const r = run({ markets: ['us', 'de'], channels: ['amazon'], categories: ['medical-devices'], fulfilment: ['marketplace-fulfilment'], stockIn: ['us', 'de'] });
		expect(r.markets('us-fda-devices')).toEqual(['us']);
		expect(r.markets('eu-ce-marking')).toEqual(['de']);
		expect(r.markets('eu-vat-ecommerce-package')).toEqual(['de']);
		// Medical devices have their own EU rules for economic operators, outside Article 4's list.
		expect(r.why('eu-msr-article-4')).toEqual({ field: 'categories', expected: ['electronics', 'radio-equipment', 'toys'], actual: ['medical-devices'] });
		expect(r.why('us-fda-mocra').field).toBe('categories');
	});

	test('13. Laser levels and projectors to the US', () => {
		const r = run({ markets: ['us'], channels: ['ebay'], categories: ['laser-products', 'electronics'], fulfilment: ['direct-post'] });
		expect(r.markets('us-fda-radiation-products')).toEqual(['us']);
		expect(r.markets('ebay-seller-standards')).toEqual(['us']);
		expect(r.markets('us-de-minimis-repeal')).toEqual(['us']);
		expect(r.ob('us-de-minimis-repeal')!.upcoming).toBe(true);
	});

	test('14. Steel tools stocked in Poland for Poland and Germany', () => {
		const r = run({ markets: ['pl', 'de'], channels: ['amazon'], categories: ['metal-goods'], fulfilment: ['overseas-warehouse'], stockIn: ['pl'] });
		expect(r.markets('eu-cbam')).toEqual(['de', 'pl']);
		expect(r.ob('eu-cbam')!.nextDeadline).toMatchObject({ kind: 'reporting-deadline', date: '2027-09-30' });
		expect(r.markets('eu-vat-ecommerce-package')).toEqual(['pl']);
		expect(r.markets('cn-critical-minerals')).toEqual(['de', 'pl']);
		expect(r.why('us-section-232').field).toBe('markets');
	});

	test('15. A large apparel brand selling from its own store to the US', () => {
		const r = run({ markets: ['us'], channels: ['own-store'], categories: ['textiles'], fulfilment: ['overseas-warehouse'], stockIn: ['us'], turnover: 'over-50m', headcount: '250-plus' });
		expect(r.markets('us-ccpa')).toEqual(['us-ca']);
		expect(r.ob('us-ccpa')!.matched).toEqual([
			{ field: 'markets', expected: ['us-ca'], matched: ['us-ca'] },
			{ field: 'turnover', expected: ['10m-50m', 'over-50m'], matched: ['over-50m'] },
		]);
		expect(r.ob('us-ca-prop65')!.assumed).toEqual([]);
		expect(r.markets('us-cpsc-efiling')).toEqual(['us']);
		expect(r.markets('us-ftc-endorsement-guides')).toEqual(['us']);
	});

	test('16. eBay sellers posting DAP parcels over €150 to Germany and Spain', () => {
		const r = run({ markets: ['de', 'es'], channels: ['ebay'], categories: ['general-goods'], fulfilment: ['direct-post'], incoterm: 'dap', parcelValues: ['over-150-eur'] });
		expect(r.why('eu-vat-ecommerce-package')).toEqual({ field: 'stockIn', expected: ['eu'], actual: [] });
		expect(r.why('eu-low-value-duty')).toEqual({ field: 'parcelValue', expected: ['up-to-150-eur'], actual: ['over-150-eur'] });
		expect(r.markets('eu-dsa-trader-traceability')).toEqual(['de', 'es']);
		expect(r.markets('ebay-seller-standards')).toEqual(['de', 'es']);
	});

	test('the empty profile triggers nothing and says what is missing', () => {
		const r = run({});
		expect(r.result.applies).toEqual([]);
		expect(r.result.excluded).toHaveLength(regulations.length);
		expect(r.why('eu-gpsr')).toEqual({ field: 'markets', expected: ['eu'], actual: [] });
		expect(r.why('incoterms-2020')).toEqual({ field: 'markets', expected: [], actual: [] });
	});
});

describe('the register', () => {
	test('every regulation is either applied or excluded with a reason, for every profile above', () => {
		const p = profile({ markets: ['de', 'gb', 'us'], channels: ['amazon', 'own-store'], categories: ['electronics'], fulfilment: ['direct-post'] });
		const { applies, excluded } = evaluate(p, regulations, { today: TODAY });
		expect(applies.length + excluded.length).toBe(regulations.length);
		for (const e of excluded) expect(e.because.length, e.regulation).toBeGreaterThan(0);
	});

	test('status agrees with the dates: in force means it applied by the day the record was checked', () => {
		for (const r of regulations) {
			if (!r.dates.appliesFrom) expect(r.status, r.id).toBe('in-force');
			else if (r.status === 'in-force') expect(r.dates.appliesFrom <= r.asOf, `${r.id} applies from ${r.dates.appliesFrom}`).toBe(true);
			else expect(r.dates.appliesFrom > r.asOf, `${r.id} applies from ${r.dates.appliesFrom}`).toBe(true);
		}
	});
});
