import { guardState } from '../../../src/lib/assessment/validate';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergeStates } from '../../../src/lib/assessment/merge';
import { buildPlaybookModel, fnv1a, indexModel, itemFile, itemFileSection, packModel, sliceModel, statementHash, unpackModel, type PlaybookInput, type ProfileInput } from '../../../src/lib/assessment/model';
import {
	clearAnswer,
	emptyState,
	isAnswered,
	needsNaReason,
	setAnswer,
	type Answer,
	type AssessmentState,
} from '../../../src/lib/assessment/state';
import { diffPlaybook } from '../../../src/lib/assessment/version-diff';

function input(statements: Record<string, string> = {}): PlaybookInput {
	const s = (id: string) => statements[id] ?? `陈述 ${id}`;
	return {
		checklists: [
			{
				id: 'alpha',
				order: 2,
				sections: [
					{
						id: 's1',
						items: [
							{ id: 'a1', statement: s('a1'), weight: 3, mitigates: ['r1'], implements: 'st1' },
							{ id: 'a2', statement: s('a2'), weight: 1, mitigates: ['r1', 'r2'] },
						],
					},
					{ id: 's2', items: [{ id: 'a3', statement: s('a3'), weight: 2, implements: 'st2' }] },
				],
			},
			{
				id: 'beta',
				order: 1,
				sections: [{ id: 't1', items: [{ id: 'b1', statement: s('b1'), weight: 2, mitigates: ['r2'] }] }],
			},
		],
		risks: [
			{ id: 'r1', category: 'compliance', likelihood: 4, impact: 5 },
			{ id: 'r2', category: 'market', likelihood: 3, impact: 2 },
		],
		strategies: [
			{ id: 'st2', order: 2 },
			{ id: 'st1', order: 1 },
		],
		profiles: [{ id: 'starter', checklists: ['alpha'], byWeight: { '1': 0, '2': 1, '3': 2 }, items: { a2: 3 } }],
	};
}

const model = buildPlaybookModel(input(), '2026.11');

describe('buildPlaybookModel', () => {
	test('lists items in page order (checklists by order, then sections) with their links', () => {
		expect(model.items.map((item) => item.id)).toEqual(['b1', 'a1', 'a2', 'a3']);
		expect(model.items[1]).toMatchObject({
			checklistId: 'alpha',
			sectionId: 's1',
			weight: 3,
			mitigates: ['r1'],
			implements: 'st1',
		});
		expect(model.checklists.map((c) => c.id)).toEqual(['beta', 'alpha']);
		expect(model.strategies.map((s) => s.id)).toEqual(['st1', 'st2']);
	});

	test('FNV-1a matches the reference vectors', () => {
		expect(fnv1a('')).toBe('811c9dc5');
		expect(fnv1a('a')).toBe('e40c292c');
		expect(fnv1a('foobar')).toBe('bf9cf968');
	});

	test('the version is prefix + 8 hex, stable across builds and item order, changed by rewording', () => {
		expect(model.version).toMatch(/^2026\.11-[0-9a-f]{8}$/);
		expect(buildPlaybookModel(input(), '2026.11').version).toBe(model.version);
		const reordered = input();
		reordered.checklists[0].sections.reverse();
		expect(buildPlaybookModel(reordered, '2026.11').version).toBe(model.version);
		expect(buildPlaybookModel(input({ a1: '改写后的陈述' }), '2026.11').version).not.toBe(model.version);
		// Re-wrapping a YAML line is not rewording.
		expect(buildPlaybookModel(input({ a1: '  陈述\n  a1 ' }), '2026.11').version).toBe(
			buildPlaybookModel(input({ a1: '陈述 a1' }), '2026.11').version
		);
		expect(model.items[1].textHash).toBe(statementHash('陈述 a1'));
	});

	test('resolves profile targets like the content schema: scope, weight default, item override, 0 = none', () => {
		expect(model.profiles).toEqual([{ id: 'starter', targets: { a1: 2, a2: 3, a3: 1 } }]);
	});

	test('rejects a duplicate item id', () => {
		const bad = input();
		bad.checklists[1].sections[0].items.push({ id: 'a1', statement: 'x', weight: 1, mitigates: ['r1'] });
		expect(() => buildPlaybookModel(bad, 'p')).toThrow(/a1/);
	});
});

describe('state', () => {
	const empty = emptyState(model);

	test('an empty state is valid and carries the playbook version', () => {
		expect(empty).toEqual({ format: 'cbp-assessment', version: 3, playbookVersion: model.version, answers: {} });
		expect(guardState(empty).ok).toBe(true);
	});

	test('setAnswer is immutable, stamps the time and records the statement hash', () => {
		const next = setAnswer(empty, 'a1', { value: 2, owner: '王芳' }, 1000, model);
		expect(empty.answers).toEqual({});
		expect(next.answers.a1).toEqual({ value: 2, owner: '王芳', updatedAt: 1000, textHash: model.items[1].textHash });
		const later = setAnswer(next, 'a1', { note: '见共享表' }, 2000, model);
		expect(later.answers.a1).toMatchObject({ value: 2, owner: '王芳', note: '见共享表', updatedAt: 2000 });
	});

	test('editing only a note does not confirm a reworded answer; answering again does', () => {
		const old = setAnswer(empty, 'a1', { value: 2 }, 1, model);
		const reworded = buildPlaybookModel(input({ a1: '新的陈述' }), '2026.12');
		const noted = setAnswer(old, 'a1', { note: 'x' }, 2, reworded);
		expect(diffPlaybook(noted, reworded).reworded).toEqual(['a1']);
		const confirmed = setAnswer(noted, 'a1', { value: 2 }, 3, reworded);
		expect(diffPlaybook(confirmed, reworded).reworded).toEqual([]);
	});

	test('free text is truncated to the limits without splitting an emoji; "" and undefined remove a field', () => {
		const long = setAnswer(
			empty,
			'a1',
			{ note: 'x'.repeat(1999) + '😀', owner: 'o'.repeat(300), naReason: 'r'.repeat(201) },
			1
		);
		expect(long.answers.a1.note).toBe('x'.repeat(1999)); // the emoji's two halves would end at 2001
		expect(long.answers.a1.owner).toHaveLength(200);
		expect(long.answers.a1.naReason).toHaveLength(200);
		expect(guardState(long).ok).toBe(true);
		const cleared = setAnswer(long, 'a1', { note: '', owner: undefined }, 2);
		// The removals are timed (so a merge with an older copy does not bring them back); the kept reason keeps its time.
		expect(cleared.answers.a1).toEqual({ naReason: 'r'.repeat(200), updatedAt: 2, fieldTimes: { naReason: 1, note: 2, owner: 2 } });
	});

	test('a due date must be a real calendar date', () => {
		expect(setAnswer(empty, 'a1', { due: '2026-02-28' }, 1).answers.a1.due).toBe('2026-02-28');
		expect(setAnswer(empty, 'a1', { due: '2026-02-30' }, 1).answers.a1.due).toBeUndefined();
	});

	test('N/A and "don\'t know" count as answered; a note alone does not', () => {
		expect(isAnswered({ value: 'na', updatedAt: 1 })).toBe(true);
		expect(isAnswered({ value: 'unknown', updatedAt: 1 })).toBe(true);
		expect(isAnswered({ value: 0, updatedAt: 1 })).toBe(true);
		expect(isAnswered({ note: 'todo', updatedAt: 1 })).toBe(false);
		expect(isAnswered(undefined)).toBe(false);
		expect(needsNaReason({ value: 'na', updatedAt: 1 })).toBe(true);
		expect(needsNaReason({ value: 'na', naReason: '不卖带电产品', updatedAt: 1 })).toBe(false);
	});

	test('clearing leaves a timestamped blank so merging with an older copy does not bring the answer back', () => {
		const answered = setAnswer(empty, 'a1', { value: 3 }, 10);
		const cleared = clearAnswer(answered, 'a1', 20);
		expect(isAnswered(cleared.answers.a1)).toBe(false);
		expect(mergeStates(cleared, answered).answers.a1).toEqual({ updatedAt: 20 });
		expect(mergeStates(answered, cleared).answers.a1).toEqual({ updatedAt: 20 });
	});

	test('the schema rejects over-long text, bad ids, unknown values and bad timestamps', () => {
		const withAnswer = (answer: unknown, id = 'a1') => ({ ...empty, answers: { [id]: answer } });
		expect(guardState(withAnswer({ note: 'x'.repeat(2000), updatedAt: 1 })).ok).toBe(true);
		expect(guardState(withAnswer({ note: 'x'.repeat(2001), updatedAt: 1 })).ok).toBe(false);
		expect(guardState(withAnswer({ owner: 'x'.repeat(201), updatedAt: 1 })).ok).toBe(false);
		expect(guardState(withAnswer({ value: 4, updatedAt: 1 })).ok).toBe(false);
		expect(guardState(withAnswer({ value: '3', updatedAt: 1 })).ok).toBe(false);
		expect(guardState(withAnswer({ updatedAt: 1.5 })).ok).toBe(false);
		expect(guardState(withAnswer({ updatedAt: 1 }, 'Not An Id')).ok).toBe(false);
	});
});

describe('mergeStates', () => {
	const base = emptyState(model);

	test('two tabs editing different items keep both edits; on the same item the later one wins', () => {
		const tabA = setAnswer(setAnswer(base, 'a1', { value: 1 }, 100), 'b1', { value: 2 }, 300);
		const tabB = setAnswer(setAnswer(base, 'a2', { value: 3 }, 200), 'b1', { value: 'na' }, 250);
		const merged = mergeStates(tabA, tabB);
		expect(merged.answers).toEqual({ a1: tabA.answers.a1, a2: tabB.answers.a2, b1: tabA.answers.b1 });
	});

	test('a tie is settled the same whatever the order; lastExportedAt is the later one', () => {
		const a = { ...setAnswer(base, 'a1', { value: 1 }, 100), lastExportedAt: 5 };
		const b = { ...setAnswer(base, 'a1', { value: 2 }, 100), lastExportedAt: 9 };
		expect(mergeStates(a, b).answers.a1.value).toBe(2);
		expect(mergeStates(b, a).answers.a1.value).toBe(2);
		expect(mergeStates(a, b).lastExportedAt).toBe(9);
		expect(mergeStates(base, base)).not.toHaveProperty('lastExportedAt');
	});

	// States over a small pool of ids, so they overlap; `offset` picks which slice of the unique timestamps to use.
	const IDS = ['a1', 'a2', 'a3', 'b1', 'gone'];
	const slot = fc.option(
		fc.record(
			{
				value: fc.constantFrom(0, 1, 2, 3, 'na', 'unknown' as const),
				note: fc.string({ maxLength: 5 }),
			},
			{ requiredKeys: [] }
		),
		{ nil: null }
	);
	function statesArb(count: number) {
		const n = count * IDS.length;
		return fc
			.tuple(
				fc.uniqueArray(fc.nat({ max: 1e9 }), { minLength: n, maxLength: n }),
				fc.array(slot, { minLength: n, maxLength: n }),
				fc.array(fc.constantFrom('v1', 'v2'), { minLength: count, maxLength: count }),
				fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: count, maxLength: count })
			)
			.map(([times, slots, versions, exported]) =>
				versions.map((playbookVersion, s): AssessmentState => {
					const answers: Record<string, Answer> = {};
					IDS.forEach((id, i) => {
						const content = slots[s * IDS.length + i];
						if (content) answers[id] = { ...content, updatedAt: times[s * IDS.length + i] } as Answer;
					});
					return {
						format: 'cbp-assessment',
						version: 3,
						playbookVersion,
						answers,
						...(exported[s] === undefined ? {} : { lastExportedAt: exported[s] }),
					};
				})
			);
	}

	test('two tabs editing different fields of one item keep both; each field takes its later write', () => {
		const start = setAnswer(base, 'a1', { value: 1, note: 'old', owner: 'Ann' }, 100);
		const tabOne = setAnswer(start, 'a1', { note: 'new note' }, 200);
		const tabTwo = setAnswer(setAnswer(start, 'a1', { owner: 'Bo' }, 150), 'a1', { owner: '' }, 250);
		for (const merged of [mergeStates(tabOne, tabTwo), mergeStates(tabTwo, tabOne)]) {
			expect(merged.answers.a1).toMatchObject({ value: 1, note: 'new note', updatedAt: 250 });
			expect(merged.answers.a1).not.toHaveProperty('owner'); // removed at 250, after every other owner write
		}
		// A field the other tab never wrote does not erase this tab's write, whatever the times.
		const fresh = setAnswer(base, 'a1', { due: '2026-01-01' }, 10);
		expect(mergeStates(fresh, setAnswer(base, 'a1', { value: 3 }, 500)).answers.a1).toMatchObject({ value: 3, due: '2026-01-01' });
	});

	test('is commutative', () => {
		fc.assert(
			fc.property(statesArb(2), ([a, b]) => {
				expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
			}),
			{ numRuns: 1000 }
		);
	});

	test('is idempotent', () => {
		fc.assert(
			fc.property(statesArb(1), ([a]) => {
				expect(mergeStates(a, a)).toEqual(a);
			}),
			{ numRuns: 1000 }
		);
	});

	test('is associative', () => {
		fc.assert(
			fc.property(statesArb(3), ([a, b, c]) => {
				expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
			}),
			{ numRuns: 1000 }
		);
	});

	test('never loses an item and always keeps the newest answer', () => {
		fc.assert(
			fc.property(statesArb(2), ([a, b]) => {
				const merged = mergeStates(a, b);
				for (const id of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) {
					const newest = Math.max(a.answers[id]?.updatedAt ?? -1, b.answers[id]?.updatedAt ?? -1);
					expect(merged.answers[id].updatedAt).toBe(newest);
				}
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('diffPlaybook', () => {
	const old = buildPlaybookModel(input(), '2026.11');
	let state = emptyState(old);
	state = setAnswer(state, 'a1', { value: 2 }, 1, old);
	state = setAnswer(state, 'a2', { value: 1 }, 1, old);
	state = setAnswer(state, 'b1', { note: '仅备注' }, 1, old);

	test('reports removed items with saved content, reworded answered items and, given the old items, new ones', () => {
		const next = input({ a1: '改写了' });
		next.checklists[0].sections[0].items.splice(1, 1); // a2 removed
		next.checklists[0].sections[1].items.push({ id: 'a4', statement: '新项', weight: 1, implements: 'st2' });
		const current = buildPlaybookModel(next, '2026.12');
		const withGone = setAnswer(clearAnswer(state, 'a3', 2), 'zz-gone', { owner: '李' }, 2);
		expect(diffPlaybook(withGone, current)).toEqual({ removed: ['a2', 'zz-gone'], added: [], reworded: ['a1'] });
		expect(diffPlaybook(withGone, current, old.items).added).toEqual(['a4']);
	});

	test('an answer without a stored hash is compared with the previous version when it is known', () => {
		const bare: AssessmentState = { ...state, answers: { a1: { value: 3, updatedAt: 1 } } };
		const current = buildPlaybookModel(input({ a1: '改写了' }), '2026.12');
		expect(diffPlaybook(bare, current).reworded).toEqual([]);
		expect(diffPlaybook(bare, current, old.items).reworded).toEqual(['a1']);
	});
});

describe('the island data file', () => {
	test('unpackModel(packModel(model, rules)) gives the model back, targets resolved from the profile rules', () => {
		const rules = input().profiles as ProfileInput[];
		const packed = packModel(model, rules);
		expect(packed.p).toEqual(rules);
		expect(unpackModel(JSON.parse(JSON.stringify(packed)))).toEqual(model);
		expect(unpackModel(JSON.parse(JSON.stringify(packModel(model))))).toEqual(model);
	});

	test('a checklist\'s slice keeps its items and what they name, and says it is partial', () => {
		const slice = sliceModel(model, 'alpha');
		expect(slice.partial).toBe(true);
		expect(slice.items.map((i) => i.id)).toEqual(model.items.filter((i) => i.checklistId === 'alpha').map((i) => i.id));
		expect(slice.checklists.map((c) => c.id)).toEqual(['alpha']);
		expect(slice.profiles).toEqual([]);
		expect(unpackModel(JSON.parse(JSON.stringify(packModel(slice))))).toEqual(slice);
	});

	test('a slice of several checklists keeps each whole, in the model’s order', () => {
		const ids = model.checklists.map((c) => c.id).reverse();
		const slice = sliceModel(model, ids);
		expect(slice.checklists.map((c) => c.id)).toEqual(model.checklists.map((c) => c.id));
		expect(slice.items).toEqual(model.items);
	});

	test('a section’s statement file is named so that its section can be read back from the name', () => {
		const sections = indexModel(model).bySection;
		for (const c of model.checklists) for (const s of c.sections) expect(sections.get(itemFileSection(itemFile(c.id, s.id)))!.map((i) => i.id)).toEqual(s.items);
	});

	test('an item naming a risk the model does not have cannot be packed', () => {
		const broken = { ...model, items: [{ ...model.items[0], mitigates: ['no-such-risk'] }, ...model.items.slice(1)] };
		expect(() => packModel(broken)).toThrow(/no-such-risk/);
	});
});
