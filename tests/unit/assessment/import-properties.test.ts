/**
 * Property tests for the two doors through which untrusted data enters: the JSON import and share links.
 * PROPERTY_RUNS runs each (500 by default; PROPERTY_RUNS=20000 for a deep run); share states are kept small.
 */
import { guardState } from '../../../src/lib/assessment/validate';
import { assessmentStrings } from '../../../src/i18n/assessment';
import { describeImportError } from '../../../src/i18n/import-messages';
import { LOCALES } from '../../../src/i18n/locales';
import { PROPERTY_RUNS } from './runs';
import { CATEGORIES, CHANNELS, FULFILMENT, HEADCOUNT_BANDS, INCOTERMS, MARKETS, PARCEL_VALUE_BANDS, TURNOVER_BANDS } from '../../../src/lib/obligations/profile';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	IMPORT_ERROR_CODES,
	type ImportErrorCode,
	type ImportResult,
} from '../../../src/lib/assessment/import-result';
import { exportJson, MAX_IMPORT_BYTES, parseImport } from '../../../src/lib/assessment/json-codec';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { decodeShare, encodeShare, MAX_SHARE_FRAGMENT, toBase64Url } from '../../../src/lib/assessment/share-codec';
import {
	isIsoDate,
	type Answer,
	type AnswerValue,
	type AssessmentState,
} from '../../../src/lib/assessment/state';

const RUNS = { numRuns: PROPERTY_RUNS };
// Deep runs (PROPERTY_RUNS=20000) take minutes on a shared machine.
const TIMEOUT = 60_000 * Math.max(1, PROPERTY_RUNS / 1000);

const model = buildPlaybookModel(
	{
		checklists: [
			{
				id: 'market-entry',
				sections: [
					{
						id: 'setup',
						items: [
							{ id: 'me-eu-rp', statement: '指定欧盟负责人', weight: 3, mitigates: ['product-compliance'] },
							{ id: 'me-vat-oss', statement: '完成 VAT 注册', weight: 2, mitigates: ['tax-customs'] },
						],
					},
				],
			},
		],
		risks: [
			{ id: 'product-compliance', category: 'compliance', likelihood: 4, impact: 5 },
			{ id: 'tax-customs', category: 'compliance', likelihood: 3, impact: 4 },
		],
		strategies: [],
	},
	'2026.11'
);

const CODES: readonly ImportErrorCode[] = IMPORT_ERROR_CODES;

/** The invariants every result must satisfy, whatever the input. */
function checkResult(result: ImportResult) {
	if (result.ok) {
		expect(guardState(result.state).ok).toBe(true);
	} else {
		expect(CODES).toContain(result.error.code);
		// Every code is worded in both languages, with its limit filled in.
		for (const { folder, lang } of LOCALES) {
			const text = describeImportError(assessmentStrings(folder), result.error, 'file', lang);
			expect(text.length).toBeGreaterThan(0);
			expect(text).not.toMatch(/\{\w+\}/);
		}
	}
}

test('limits in import messages are written the way the page language writes numbers', () => {
	const strings = assessmentStrings('en');
	const error = { code: 'too-many', limit: 20000 };
	expect(describeImportError(strings, error, 'file', 'en')).toContain('20,000');
	// A language that groups digits differently (a locale added as data) gets its own digits.
	expect(describeImportError(strings, error, 'file', 'de')).toContain('20.000');
	expect(describeImportError(strings, { code: 'too-large', limit: 2 * 1024 * 1024 }, 'file', 'de')).toContain('2 MB');
});

// ---- arbitraries ----------------------------------------------------------------------------------------

const MARKUP = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'"><svg onload=alert(1)>',
	'&lt;b&gt;',
	'**粗体**',
	'[link](javascript:alert(1))',
	'`code`',
	'\u202e',
	'\u0000',
	'\r\n',
	'${x}',
	'{{x}}',
	'__proto__',
	'\\u0000',
	'🇨🇳',
	'e\u0301',
];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const freeText = (max: number) =>
	fc
		.oneof(
			fc.string({ unit: 'binary', maxLength: 20 }),
			fc.string({ unit: 'grapheme', maxLength: 20 }),
			fc
				.array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ unit: 'binary', maxLength: 4 }), loneSurrogate), {
					maxLength: 6,
				})
				.map((parts) => parts.join(''))
		)
		.map((text) => text.slice(0, max));
const knownId = fc.constantFrom(...model.items.map((item) => item.id));
/** Well-formed ids, known to the playbook or not (unknown ones are dropped and listed by an import). */
const itemId = fc.oneof(knownId, fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/));
const dueDate = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));
const answer: fc.Arbitrary<Answer> = fc.record(
	{
		value: fc.constantFrom<AnswerValue>(0, 1, 2, 3, 'na', 'unknown'),
		naReason: freeText(200),
		note: freeText(2000),
		owner: freeText(200),
		due: dueDate,
		textHash: fc.stringMatching(/^[0-9a-f]{8}$/),
		updatedAt: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
	},
	{ requiredKeys: ['updatedAt'] }
);
/** Any seller profile the planner form can produce (each list a set of known codes). */
const sellerArb = fc.record(
	{
		markets: fc.uniqueArray(fc.constantFrom(...MARKETS)),
		channels: fc.uniqueArray(fc.constantFrom(...CHANNELS)),
		categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
		fulfilment: fc.uniqueArray(fc.constantFrom(...FULFILMENT)),
		incoterm: fc.constantFrom(...INCOTERMS),
		turnover: fc.constantFrom(...TURNOVER_BANDS),
		headcount: fc.constantFrom(...HEADCOUNT_BANDS),
		stockIn: fc.uniqueArray(fc.constantFrom(...MARKETS)),
		parcelValues: fc.uniqueArray(fc.constantFrom(...PARCEL_VALUE_BANDS)),
		updatedAt: fc.nat(),
	},
	{ requiredKeys: ['markets', 'channels', 'categories', 'fulfilment', 'updatedAt'] }
);

const stateArb = (maxAnswers: number): fc.Arbitrary<AssessmentState> =>
	fc
		.record({
			playbookVersion: fc.oneof(fc.constant(model.version), fc.string({ maxLength: 20 })),
			answers: fc.uniqueArray(fc.tuple(knownId, answer), { selector: ([id]) => id, maxLength: maxAnswers }),
			lastExportedAt: fc.option(fc.nat(), { nil: undefined }),
			respondent: fc.option(
				fc.record({ name: wellFormedText(100), role: wellFormedText(100) }, { requiredKeys: [] }).filter((r) => Boolean(r.name || r.role)),
				{ nil: undefined }
			),
			seller: fc.option(sellerArb, { nil: undefined }),
		})
		.map(({ playbookVersion, answers, lastExportedAt, respondent, seller }) => ({
			format: 'cbp-assessment' as const,
			version: 3 as const,
			playbookVersion,
			...(respondent === undefined ? {} : { respondent }),
			...(seller === undefined ? {} : { seller }),
			answers: Object.fromEntries(answers),
			...(lastExportedAt === undefined ? {} : { lastExportedAt }),
		}));

/** Text that is not blank (blank names are dropped on read), any script, within `max` units. */
function wellFormedText(max: number) {
	return fc.string({ unit: 'grapheme', maxLength: max }).map((text) => text.toWellFormed().slice(0, max)).filter((text) => text.trim() !== '');
}

/** A JSON value as it comes back from JSON text (-0 becomes 0, and so on). */
const jsonValue = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const isTimestamp = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

// ---- parseImport ----------------------------------------------------------------------------------------

describe('parseImport (property-based)', () => {
	test(
		'never throws on arbitrary text, and every failure carries zh and en messages',
		() => {
			const text = fc.oneof(
				fc.string({ unit: 'binary' }),
				fc.json(),
				fc.string(),
				jsonValue.map((v) => JSON.stringify(v))
			);
			fc.assert(
				fc.property(text, (input) => checkResult(parseImport(input, model))),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'export → import round-trips every valid state exactly; notes come back byte for byte',
		() => {
			fc.assert(
				fc.property(stateArb(8), fc.nat(), (state, now) => {
					const result = parseImport(exportJson(state, now), model, { now: Number.MAX_SAFE_INTEGER });
					expect(result.ok).toBe(true);
					if (!result.ok) return;
					expect(result.state).toEqual(state);
					for (const [id, original] of Object.entries(state.answers)) {
						expect(result.state.answers[id].note).toBe(original.note);
						expect(result.state.answers[id].naReason).toBe(original.naReason);
						expect(result.state.answers[id].owner).toBe(original.owner);
					}
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'a truncated export is rejected, never half-imported',
		() => {
			const truncated = stateArb(4).chain((state) => {
				const text = exportJson(state, 1);
				return fc.nat({ max: text.length - 1 }).map((cut) => text.slice(0, cut));
			});
			fc.assert(
				fc.property(truncated, (text) => {
					const result = parseImport(text, model);
					expect(result.ok).toBe(false);
					checkResult(result);
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'a bad field in one answer leaves that answer out and lists it; every other answer is imported',
		() => {
			const mutations = fc.oneof(
				fc.tuple(fc.constant('value'), jsonValue.filter((v) => ![0, 1, 2, 3, 'na', 'unknown'].includes(v as never))),
				fc.tuple(fc.constant('updatedAt'), jsonValue.filter((v) => !isTimestamp(v))),
				fc.tuple(fc.constant('note'), jsonValue.filter((v) => typeof v !== 'string')),
				fc.tuple(fc.constant('note'), fc.string({ minLength: 2001, maxLength: 2100 })),
				fc.tuple(fc.constant('due'), jsonValue.filter((v) => typeof v !== 'string' || !isIsoDate(v)))
			);
			fc.assert(
				fc.property(stateArb(3), fc.tuple(itemId, answer), mutations, (state, [id, extra], [field, bad]) => {
					const file = JSON.parse(exportJson(state, 1));
					file.answers[id] = { ...extra, [field]: bad };
					const result = parseImport(JSON.stringify(file), model, { now: Number.MAX_SAFE_INTEGER });
					checkResult(result);
					expect(result.ok).toBe(true);
					if (!result.ok) return;
					const known = model.items.some((item) => item.id === id);
					expect(result.rejected).toEqual([known ? { id, field, reason: field === 'note' && typeof bad === 'string' ? 'too-long' : 'invalid' } : { id, field: '', reason: 'bad-id' }]);
					const { [id]: _dropped, ...others } = state.answers;
					expect(result.state.answers).toEqual(others);
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'a wrong type in the file itself is rejected as invalid, or left out and listed',
		() => {
			const mutations = fc.oneof(
				fc.tuple(fc.constant('playbookVersion'), jsonValue.filter((v) => typeof v !== 'string')),
				fc.tuple(fc.constant('lastExportedAt'), jsonValue.filter((v) => !isTimestamp(v))),
				fc.tuple(fc.constant('exportedAt'), jsonValue.filter((v) => !isTimestamp(v))),
				fc.tuple(fc.constant('answers'), jsonValue.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)))
			);
			fc.assert(
				fc.property(stateArb(3), mutations, (state, [field, bad]) => {
					const file = { ...JSON.parse(exportJson(state, 1)), [field]: bad };
					const result = parseImport(JSON.stringify(file), model);
					checkResult(result);
					if (field === 'playbookVersion' || field === 'lastExportedAt') {
						expect(result.ok && result.rejected).toEqual([{ id: '', field, reason: 'invalid' }]);
					} else expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'unknown formats and versions are rejected with the matching code',
		() => {
			const version = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null));
			const format = fc.oneof(fc.constant('cbp-assessment'), fc.string());
			fc.assert(
				fc.property(stateArb(2), format, version, (state, fmt, ver) => {
					fc.pre(!(fmt === 'cbp-assessment' && (ver === 1 || ver === 2 || ver === 3))); // the readable versions
					const file = { ...JSON.parse(exportJson(state, 1)), format: fmt, version: ver };
					const result = parseImport(JSON.stringify(file), model);
					const sent = JSON.parse(JSON.stringify(ver)); // NaN and Infinity travel as null
					const expected =
						fmt !== 'cbp-assessment' || !Number.isSafeInteger(sent) || sent < 0
							? 'wrong-format'
							: 'unsupported-version';
					expect(result).toMatchObject({ ok: false, error: { code: expected } });
					checkResult(result);
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'anything over 2 MB is rejected before parsing',
		() => {
			const PADDING = ' '.repeat(MAX_IMPORT_BYTES); // built once: the runs vary what surrounds it
			fc.assert(
				fc.property(stateArb(2), fc.nat({ max: 4096 }), (state, extra) => {
					const text = exportJson(state, 1) + PADDING + ' '.repeat(extra);
					expect(parseImport(text, model)).toMatchObject({ ok: false, error: { code: 'too-large' } });
				}),
				RUNS
			);
		},
		TIMEOUT
	);
});

// ---- decodeShare ----------------------------------------------------------------------------------------

/** What a share link keeps of an answer: no timestamps; without notes, no note/owner/N/A reason. */
function shared(state: AssessmentState, includeNotes: boolean): Record<string, Answer> {
	const out: Record<string, Answer> = {};
	for (const [id, a] of Object.entries(state.answers)) {
		const kept: Answer = { updatedAt: 0 };
		if (a.value !== undefined) kept.value = a.value;
		if (a.due !== undefined) kept.due = a.due;
		if (includeNotes) {
			if (a.note !== undefined) kept.note = a.note;
			if (a.owner !== undefined) kept.owner = a.owner;
			if (a.naReason !== undefined) kept.naReason = a.naReason;
		}
		if (Object.keys(kept).length === 1) continue; // nothing left to share
		const textHash =
			state.playbookVersion === model.version ? model.items.find((i) => i.id === id)?.textHash : undefined;
		if (textHash) kept.textHash = textHash;
		out[id] = kept;
	}
	return out;
}

const packed = (bytes: Uint8Array | string) => 'v1.' + toBase64Url(deflateRawSync(bytes));

describe('decodeShare (property-based)', () => {
	test(
		'never throws on arbitrary fragments, and every failure carries zh and en messages',
		async () => {
			const fragment = fc.oneof(
				fc.string({ unit: 'binary' }),
				fc.string().map((s) => `v1.${s}`),
				fc.stringMatching(/^[A-Za-z0-9_-]{0,200}$/).map((s) => `#v1.${s}`),
				fc.uint8Array({ maxLength: 200 }).map((bytes) => `v1.${toBase64Url(bytes)}`)
			);
			await fc.assert(
				fc.asyncProperty(fragment, async (input) => checkResult(await decodeShare(input, model))),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'encode → decode round-trips what a link keeps, exactly; notes come back byte for byte',
		async () => {
			await fc.assert(
				fc.asyncProperty(stateArb(3), fc.boolean(), async (state, includeNotes) => {
					const result = await decodeShare(await encodeShare(state, { includeNotes }), model);
					expect(result.ok).toBe(true);
					if (!result.ok) return;
					const expected = shared(state, includeNotes);
					expect(result.state.answers).toEqual(expected);
					expect(result.state.playbookVersion).toBe(state.playbookVersion);
					// The profile travels without its time (a link never overrides the recipient's own profile).
					expect(result.state.seller).toEqual(state.seller && { ...state.seller, updatedAt: 0 });
					for (const [id, a] of Object.entries(expected)) expect(result.state.answers[id].note).toBe(a.note);
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'a truncated link is rejected',
		async () => {
			const truncated = stateArb(3).chain((state) =>
				fc.tuple(fc.constant(state), fc.boolean(), fc.integer({ min: 1, max: 1_000_000 }))
			);
			await fc.assert(
				fc.asyncProperty(truncated, async ([state, includeNotes, seed]) => {
					const fragment = await encodeShare(state, { includeNotes });
					const cut = 3 + (seed % (fragment.length - 3)); // keep the "v1." prefix, drop at least one character
					const result = await decodeShare(fragment.slice(0, cut), model);
					expect(result.ok).toBe(false);
					checkResult(result);
				}),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'well-formed links carrying the wrong shapes or bytes are rejected, never thrown',
		async () => {
			const payload = fc.oneof(
				jsonValue.map((v) => packed(JSON.stringify(v))),
				fc
					.tuple(fc.string(), fc.array(fc.array(jsonValue, { maxLength: 7 }), { maxLength: 3 }))
					.map((v) => packed(JSON.stringify(v))),
				fc.uint8Array({ maxLength: 100 }).map((bytes) => packed(bytes))
			);
			await fc.assert(
				fc.asyncProperty(payload, async (fragment) => checkResult(await decodeShare(fragment, model))),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'links from unknown versions are rejected as such',
		async () => {
			const body = await encodeShare(
				{
					format: 'cbp-assessment',
					version: 3,
					playbookVersion: model.version,
					answers: { 'me-eu-rp': { value: 2, updatedAt: 1 } },
				},
				{ includeNotes: true }
			);
			await fc.assert(
				fc.asyncProperty(
					fc.nat().filter((n) => n !== 1 && n !== 2 && n !== 3),
					async (n) => {
						const result = await decodeShare(`v${n}.${body.slice(3)}`, model);
						expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
						checkResult(result);
					}
				),
				RUNS
			);
		},
		TIMEOUT
	);

	test(
		'fragments over 64 KB are rejected before decoding',
		async () => {
			const PADDING = 'A'.repeat(MAX_SHARE_FRAGMENT - 2);
			await fc.assert(
				fc.asyncProperty(fc.nat({ max: 4096 }), async (extra) => {
					const result = await decodeShare('v1.' + PADDING + 'A'.repeat(extra), model);
					expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
				}),
				RUNS
			);
		},
		TIMEOUT
	);
});
