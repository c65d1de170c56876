/**
 * The checklist island reads its storage with `guardState` instead of zod (to stay in its script
 * budget). It must accept and clean exactly what the documented zod schema does.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { guardState } from '../../../src/lib/assessment/state-guard';
import { stateSchema } from '../../../src/lib/assessment/state-schema';

const id = fc.oneof(fc.constantFrom('pc-eu-rp', 'me-uk-vat', 'a', 'constructor', 'Not An Id', '', 'x'.repeat(101), '__proto__'), fc.string());
const text = (max: number) => fc.oneof(fc.string({ maxLength: max + 2 }), fc.constant('x'.repeat(max)), fc.constant('x'.repeat(max + 1)));
const anyValue = fc.oneof(fc.constantFrom(0, 1, 2, 3, 'na', 'unknown', 4, '3', -1, null, 1.5, -0), fc.jsonValue());
const timestamp = fc.oneof(fc.nat(), fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, '1', null));
const answer = fc.record(
	{
		value: anyValue,
		naReason: text(200),
		note: text(2000),
		owner: text(200),
		due: fc.oneof(fc.constantFrom('2026-07-01', '2026-02-30', '2026-7-1', ''), fc.string()),
		textHash: text(64),
		updatedAt: timestamp,
		extra: fc.jsonValue(),
	},
	{ requiredKeys: [] }
);
const state = fc.record(
	{
		format: fc.oneof(fc.constant('cbp-assessment'), fc.string()),
		version: fc.oneof(fc.constant(1), fc.constantFrom(0, 2, '1')),
		playbookVersion: text(100),
		answers: fc.oneof(fc.dictionary(id, fc.oneof(answer, fc.jsonValue()), { maxKeys: 4 }), fc.jsonValue()),
		lastExportedAt: timestamp,
		unknownKey: fc.jsonValue(),
	},
	{ requiredKeys: [] }
);

describe('guardState', () => {
	test('accepts and cleans exactly what stateSchema does (10,000 generated states)', () => {
		fc.assert(
			fc.property(fc.oneof(state, fc.jsonValue()), (raw) => {
				// JSON round trip: stored states come from JSON.parse.
				const input = JSON.parse(JSON.stringify(raw) ?? 'null');
				const zod = stateSchema.safeParse(input);
				const guard = guardState(input);
				expect(guard.ok).toBe(zod.success);
				if (guard.ok && zod.success) expect(guard.state).toEqual(zod.data);
			}),
			{ numRuns: 10_000 }
		);
	});

	test('names the field that failed', () => {
		const base = { format: 'cbp-assessment', version: 1, playbookVersion: 'v', answers: { 'pc-a': { value: 2, updatedAt: 5 } } };
		expect(guardState(base)).toEqual({ ok: true, state: base });
		expect(guardState({ ...base, answers: { 'pc-a': { value: 7, updatedAt: 5 } } })).toEqual({ ok: false, path: 'answers.pc-a.value' });
		expect(guardState({ ...base, answers: { 'Bad Id': { updatedAt: 5 } } })).toEqual({ ok: false, path: 'answers.Bad Id' });
		expect(guardState({ ...base, version: 2 })).toEqual({ ok: false, path: 'version' });
	});
});
