/**
 * One validator, one length rule: saved state, imports, share links and every input's maxlength agree on
 * which answers are valid, with full Unicode (astral, combining marks, right-to-left) right at every limit.
 * PROPERTY_RUNS=20000 for the deep run (500 by default).
 */
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportJson, parseImport } from '../../../src/lib/assessment/json-codec';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { createShareLink, decodeShare, MAX_SHARE_FRAGMENT, toBase64Url } from '../../../src/lib/assessment/share-codec';
import { emptyState, INPUT_MAXLENGTH, LIMITS, setAnswer, type AnswerField, type AnswerPatch, type AnswerValue, type AssessmentState } from '../../../src/lib/assessment/state';
import { createStore, type StorageLike } from '../../../src/lib/assessment/storage';
import { guardState, salvageState } from '../../../src/lib/assessment/validate';
import { PROPERTY_RUNS } from './runs';

const ids = Array.from({ length: 12 }, (_, i) => `it-${i}`);
const model = buildPlaybookModel(
	{
		checklists: [{ id: 'c', sections: [{ id: 's', items: ids.map((id) => ({ id, statement: `陈述 ${id}`, weight: 2, mitigates: ['r'] })) }] }],
		risks: [{ id: 'r', category: 'compliance', likelihood: 3, impact: 3 }],
		strategies: [],
	},
	'2026.12'
);

/** Pieces of text of every kind: astral (2 units), combining marks, RTL and bidi controls, CJK, ASCII. */
const PIECES = ['👍', '🙂', '𠀋', '🇨🇳', 'e\u0301', 'a\u0308\u0323', 'مرحبا', 'שלום', '\u202e', '\u200f', '中文', 'x', ' '];
/** Text whose UTF-16 length is `target` (or target − 1 when an astral piece would cross it). */
const textOfLength = (target: number) =>
	fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((pieces) => {
		let text = '';
		for (let i = 0; text.length < target; i++) {
			const piece = pieces[i % pieces.length];
			text += text.length + piece.length <= target ? piece : 'x'.repeat(target - text.length);
		}
		return text;
	});
/** Right at a limit: one under, exactly at, one or two over. */
const nearLimit = (limit: number) => fc.oneof(textOfLength(limit - 1), textOfLength(limit), textOfLength(limit + 1), textOfLength(limit + 2), textOfLength(3));

const answerArb = fc.record(
	{
		value: fc.constantFrom(0, 1, 2, 3, 'na', 'unknown'),
		note: nearLimit(LIMITS.note),
		owner: nearLimit(LIMITS.owner),
		naReason: nearLimit(LIMITS.naReason),
		updatedAt: fc.nat({ max: 2_000_000_000_000 }),
	},
	{ requiredKeys: ['updatedAt'] }
);

/** The rule, written out once more as the spec: text within its limit in UTF-16 units. */
const valid = (answer: Record<string, unknown>) =>
	(['note', 'owner', 'naReason'] as const).every((field) => answer[field] === undefined || (answer[field] as string).length <= LIMITS[field]);

class MemoryStorage implements StorageLike {
	data = new Map<string, string>();
	getItem(key: string) {
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.data.set(key, value);
	}
	removeItem(key: string) {
		this.data.delete(key);
	}
}

const NOW = 3_000_000_000_000;

describe('one length rule everywhere', () => {
	test('every input maxlength is the validator limit', () => {
		expect(INPUT_MAXLENGTH).toEqual({ note: LIMITS.note, naReason: LIMITS.naReason, owner: LIMITS.owner, name: LIMITS.name, role: LIMITS.role });
	});

	test(
		'stored state, import and share link accept exactly the same answers (astral, combining and RTL text at every limit)',
		async () => {
			await fc.assert(
				fc.asyncProperty(fc.uniqueArray(fc.tuple(fc.constantFrom(...ids), answerArb), { selector: ([id]) => id, minLength: 1, maxLength: 4 }), async (entries) => {
					const raw = { ...emptyState(model), answers: Object.fromEntries(entries) };
					const expected = entries.filter(([, answer]) => valid(answer)).map(([id]) => id).sort();

					// The validator itself, and its strict form.
					const salvaged = salvageState(raw);
					expect(salvaged.ok && Object.keys(salvaged.state.answers).sort()).toEqual(expected);
					expect(guardState(raw).ok).toBe(expected.length === entries.length);

					// Saved state: what the next page load shows.
					const storage = new MemoryStorage();
					storage.setItem('k', JSON.stringify(raw));
					const loaded = createStore({ storage, key: 'k', model, now: () => NOW }).load();
					expect(Object.keys(loaded.state.answers).sort()).toEqual(expected);

					// Import of an exported file.
					const imported = parseImport(exportJson(raw as AssessmentState, 1), model, { now: NOW });
					expect(imported.ok && Object.keys(imported.state.answers).sort()).toEqual(expected);

					// A share link carrying the same answers.
					const compact = [model.version, entries.map(([id, a]) => [id, a.value ?? null, a.note ?? null, a.owner ?? null, null, a.naReason ?? null])];
					const shared = await decodeShare('v1.' + toBase64Url(deflateRawSync(JSON.stringify(compact))), model);
					expect(shared.ok && Object.keys(shared.state.answers).sort()).toEqual(expected);
				}),
				{ numRuns: PROPERTY_RUNS }
			);
		},
		600_000
	);

	test('text the inputs produce (cut to maxlength, lone surrogates repaired) always passes the validator', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 2100 }), fc.constantFrom('note', 'owner', 'naReason'), (text, field) => {
				const state = setAnswer(emptyState(model), 'it-0', { [field]: text.slice(0, INPUT_MAXLENGTH[field as 'note']) }, 1, model);
				expect(guardState(state).ok).toBe(true);
			}),
			{ numRuns: PROPERTY_RUNS }
		);
	});
});

describe('share links are checked at creation', () => {
	const patchArb: fc.Arbitrary<AnswerPatch> = fc.record(
		{
			value: fc.constantFrom<AnswerValue>(0, 1, 2, 3, 'na', 'unknown'),
			note: fc.oneof(nearLimit(LIMITS.note), fc.string({ unit: 'binary', maxLength: 30 })),
			owner: fc.oneof(nearLimit(LIMITS.owner), fc.string({ unit: 'grapheme', maxLength: 10 })),
			naReason: nearLimit(LIMITS.naReason),
			due: fc.constantFrom('2026-12-31', '2027-02-28'),
		},
		{ requiredKeys: [] }
	);

	test(
		'decode(encode(state)) gives back every state the UI can produce, or creation refuses',
		async () => {
			await fc.assert(
				fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...ids), patchArb), { maxLength: 12 }), fc.boolean(), async (patches, includeNotes) => {
					const state = patches.reduce((s, [id, patch], i) => setAnswer(s, id, patch, 1000 + i, model), emptyState(model));
					const link = await createShareLink(state, { includeNotes }, model);
					if (!link.ok) {
						expect(link).toMatchObject({ reason: 'too-large', limit: MAX_SHARE_FRAGMENT });
						return;
					}
					const decoded = await decodeShare(link.fragment, model);
					expect(decoded.ok).toBe(true);
					if (!decoded.ok) return;
					expect(decoded.rejected).toEqual([]);
					for (const id of ids) {
						const mine = state.answers[id];
						const got = decoded.state.answers[id];
						const fields: AnswerField[] = ['value', 'due', ...(includeNotes ? (['note', 'owner', 'naReason'] as const) : [])];
						for (const field of fields) {
							expect(got?.[field]).toBe(mine?.[field]);
						}
					}
				}),
				{ numRuns: Math.max(50, Math.floor(PROPERTY_RUNS / 5)) }
			);
		},
		600_000
	);

	test('156 notes of 400 Chinese characters: no link with notes is offered, the one without notes is, with the sizes', async () => {
		const big = buildPlaybookModel(
			{
				checklists: [{ id: 'c', sections: [{ id: 's', items: Array.from({ length: 156 }, (_, i) => ({ id: `big-${i}`, statement: `${i}`, weight: 1, mitigates: ['r'] })) }] }],
				risks: [{ id: 'r', category: 'compliance', likelihood: 3, impact: 3 }],
				strategies: [],
			},
			'2026.12'
		);
		// Varied characters so deflate cannot shrink them away.
		const note = (i: number) => Array.from({ length: 400 }, (_, j) => String.fromCharCode(0x4e00 + ((i * 7919 + j * 104729) % 20000))).join('');
		const state = big.items.reduce((s, item, i) => setAnswer(s, item.id, { value: 2, note: note(i) }, 1, big), emptyState(big));
		const link = await createShareLink(state, { includeNotes: true }, big);
		expect(link.ok).toBe(false);
		if (link.ok || link.reason !== 'too-large') return;
		expect(link.size).toBeGreaterThan(MAX_SHARE_FRAGMENT);
		expect(link.withoutNotes).toBeDefined();
		const decoded = await decodeShare(link.withoutNotes!, big);
		expect(decoded.ok && Object.keys(decoded.state.answers)).toHaveLength(156);
	});
});
