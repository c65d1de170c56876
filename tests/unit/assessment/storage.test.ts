import { describe, expect, test } from 'vitest';
import { readState } from '../../../src/lib/assessment/migrations';
import { buildPlaybookModel, sliceModel, type PlaybookInput } from '../../../src/lib/assessment/model';
import {
	addSnapshot,
	changesSince,
	createSnapshotStore,
	MAX_SNAPSHOTS,
	takeSnapshot,
} from '../../../src/lib/assessment/snapshots';
import { emptyState, setAnswer, type AssessmentState } from '../../../src/lib/assessment/state';
import { createStore, hasStoredValue, MIGRATIONS, type Migrations, type StorageLike } from '../../../src/lib/assessment/storage';

const input: PlaybookInput = {
	checklists: [
		{
			id: 'alpha',
			sections: [
				{
					id: 's1',
					items: [
						{ id: 'a1', statement: '一', weight: 3, mitigates: ['r1'] },
						{ id: 'a2', statement: '二', weight: 1, mitigates: ['r1'] },
						{ id: 'a3', statement: '三', weight: 2, implements: 'st1' },
					],
				},
			],
		},
	],
	risks: [{ id: 'r1', category: 'compliance', likelihood: 4, impact: 5 }],
	strategies: [{ id: 'st1', order: 1 }],
};
const model = buildPlaybookModel(input, '2026.11');
const KEY = 'cbp:assessment';

/** An in-memory Storage with an optional size limit (in UTF-16 units, like browsers) and failure switches. */
class MemoryStorage implements StorageLike {
	data = new Map<string, string>();
	failReads = false;
	failWrites = false;
	writes = 0;
	constructor(private limit = Infinity) {}
	getItem(key: string) {
		if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
		return this.data.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.writes++;
		if (this.failWrites) throw new DOMException('The operation is insecure.', 'SecurityError');
		let size = key.length + value.length;
		for (const [k, v] of this.data) if (k !== key) size += k.length + v.length;
		if (size > this.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.data.set(key, value);
	}
	removeItem(key: string) {
		this.data.delete(key);
	}
}

const clock = (start = 1_700_000_000_000) => {
	let t = start;
	return () => t++;
};

describe('hasStoredValue: whether the code that reads stored answers must load', () => {
	test('not for empty storage, so a first visit saves with a plain write', () => {
		const storage = new MemoryStorage();
		storage.setItem('other-site-key', '{}');
		expect(hasStoredValue(storage, KEY)).toBe(false);
	});

	test('for stored answers, and for a notice left without answers', () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, '{');
		expect(hasStoredValue(storage, KEY)).toBe(true);
		const noticeOnly = new MemoryStorage();
		noticeOnly.setItem(createStore({ storage: noticeOnly, key: KEY, model }).noticeKey, '{}');
		expect(hasStoredValue(noticeOnly, KEY)).toBe(true);
	});

	test('when storage is missing or throws: the store reports that', () => {
		const storage = new MemoryStorage();
		storage.failReads = true;
		expect(hasStoredValue(storage, KEY)).toBe(true);
		expect(hasStoredValue(undefined, KEY)).toBe(true);
		expect(createStore({ storage, key: KEY, model }).load().status).toBe('unavailable');
	});
});

describe('createStore', () => {
	test('starts fresh, then loads what it saved', () => {
		const storage = new MemoryStorage();
		const store = createStore({ storage, key: KEY, model, now: clock() });
		expect(store.load()).toMatchObject({ status: 'fresh', state: emptyState(model), playbookVersionChanged: false, toReport: false });
		const state = setAnswer(emptyState(model), 'a1', { value: 2, note: '<b>不是 HTML</b>' }, 5, model);
		expect(store.save(state)).toBe('saved');
		const again = createStore({ storage, key: KEY, model }).load();
		expect(again.status).toBe('loaded');
		expect(again.state).toEqual(state);
		// Nothing to tell the user: the page does not load its reports.
		expect(again.toReport).toBe(false);
	});

	test.each([
		['unparsable JSON', '{"format":"cbp-assessment",', 'not-json'],
		['answers that are not an object', JSON.stringify({ ...emptyState(model), answers: [1] }), 'invalid'],
		['an old version without a migration', JSON.stringify({ version: 0, answers: {} }), 'no-migration'],
		['something else entirely', '[1,2,3]', 'not-object'],
	])('%s is backed up, never deleted, and the notice stays until dismissed', (_, raw, reason) => {
		const storage = new MemoryStorage();
		storage.data.set(KEY, raw);
		const store = createStore({ storage, key: KEY, model, now: () => 1234 });
		const result = store.load();
		const notice = { kind: 'corrupt', backupKey: `${KEY}:backup:1234`, reason, rejected: [], rejectedCount: 0, at: 1234 };
		expect(result).toMatchObject({ status: 'corrupt', notice });
		expect(result.state).toEqual(emptyState(model));
		expect(storage.data.get(`${KEY}:backup:1234`)).toBe(raw);
		// Loading again finds the fresh state, does not back up a second time, and still carries the notice.
		const again = createStore({ storage, key: KEY, model, now: () => 5678 });
		expect(again.load()).toMatchObject({ status: 'loaded', notice });
		expect([...storage.data.keys()].filter((k) => k.includes(':backup:'))).toHaveLength(1);
		again.dismissNotice();
		expect(createStore({ storage, key: KEY, model }).load()).not.toHaveProperty('notice');
		expect(storage.data.get(`${KEY}:backup:1234`)).toBe(raw);
	});

	test('one invalid answer among valid ones: every valid answer is kept, the bad one is listed and backed up', () => {
		const storage = new MemoryStorage();
		const good = setAnswer(setAnswer(emptyState(model), 'a1', { value: 2 }, 5, model), 'a2', { value: 1, note: '保留' }, 6, model);
		const raw = JSON.stringify({ ...good, answers: { ...good.answers, a3: { value: 4, updatedAt: 7 }, 'Bad Id': { updatedAt: 1 } } });
		storage.data.set(KEY, raw);
		const store = createStore({ storage, key: KEY, model, now: () => 1234 });
		const result = store.load();
		expect(result.status).toBe('salvaged');
		expect(result.state.answers).toEqual(good.answers);
		expect(result.notice).toMatchObject({
			kind: 'salvaged',
			backupKey: `${KEY}:backup:1234`,
			rejected: [
				{ id: 'a3', field: 'value', reason: 'invalid' },
				{ id: 'Bad Id', field: '', reason: 'bad-id' },
			],
			rejectedCount: 2,
		});
		expect(storage.data.get(`${KEY}:backup:1234`)).toBe(raw);
		// Restore brings back what can be repaired (a3 has no valid field but its time: nothing to restore).
		expect(store.restoreBackup(result.state, result.notice!)).toEqual({ state: result.state, restored: 0 });
	});

	test('restore repairs an over-long note by cutting it to the limit, and keeps newer local edits', () => {
		const storage = new MemoryStorage();
		const raw = JSON.stringify({ ...emptyState(model), answers: { a1: { value: 3, note: '👍'.repeat(1500), updatedAt: 7 } } });
		storage.data.set(KEY, raw);
		const store = createStore({ storage, key: KEY, model, now: () => 1234 });
		const result = store.load();
		expect(result.state.answers).toEqual({});
		expect(result.notice?.rejected).toEqual([{ id: 'a1', field: 'note', reason: 'too-long' }]);
		const edited = setAnswer(result.state, 'a1', { owner: 'Lina' }, 1000, model);
		const restored = store.restoreBackup(edited, result.notice!)!;
		expect(restored.restored).toBe(1);
		expect(restored.state.answers.a1).toMatchObject({ value: 3, owner: 'Lina', note: '👍'.repeat(1000) });
	});

	test('a newer format version is opened read-only and never overwritten', () => {
		const storage = new MemoryStorage();
		const raw = JSON.stringify({ ...emptyState(model), version: 4, answers: { a1: { value: 2, updatedAt: 5 } }, newField: true });
		storage.data.set(KEY, raw);
		const store = createStore({ storage, key: KEY, model, now: () => 1234 });
		const result = store.load();
		expect(result.status).toBe('newer');
		expect(store.readOnly).toBe(true);
		expect(result.state.answers).toEqual({ a1: { value: 2, updatedAt: 5 } });
		expect(store.save(setAnswer(result.state, 'a2', { value: 1 }, 9))).toBe('read-only');
		expect(storage.data.get(KEY)).toBe(raw);
		expect([...storage.data.keys()]).toEqual([KEY]);
	});

	test('far-future times in storage are clamped to now', () => {
		const storage = new MemoryStorage();
		storage.data.set(KEY, JSON.stringify({ ...emptyState(model), lastExportedAt: Number.MAX_SAFE_INTEGER, answers: { a1: { value: 2, updatedAt: Number.MAX_SAFE_INTEGER } } }));
		const result = createStore({ storage, key: KEY, model, now: () => 1234 }).load();
		expect(result.state.answers.a1.updatedAt).toBe(1234);
		expect(result.state.lastExportedAt).toBe(1234);
	});

	test('a backup never overwrites an earlier backup made in the same millisecond', () => {
		const storage = new MemoryStorage();
		storage.data.set(`${KEY}:backup:1234`, 'older corrupt value');
		storage.data.set(KEY, 'newer corrupt value');
		const result = createStore({ storage, key: KEY, model, now: () => 1234 }).load();
		expect(result).toMatchObject({ status: 'corrupt', notice: { backupKey: `${KEY}:backup:1234-1` } });
		expect(storage.data.get(`${KEY}:backup:1234`)).toBe('older corrupt value');
		expect(storage.data.get(`${KEY}:backup:1234-1`)).toBe('newer corrupt value');
	});

	test('when even the backup cannot be written, the corrupt value is left in place and the session is memory-only', () => {
		const raw = 'x'.repeat(60);
		const storage = new MemoryStorage(100);
		storage.data.set(KEY, raw);
		const store = createStore({ storage, key: KEY, model, now: () => 1 });
		const result = store.load();
		expect(result).toMatchObject({ status: 'corrupt', backupFailed: true });
		expect(result).not.toHaveProperty('notice');
		expect(store.save(setAnswer(result.state, 'a1', { value: 1 }, 2))).toBe('unavailable');
		expect(storage.data.get(KEY)).toBe(raw);
	});

	test('a write the browser refuses for another reason than quota is reported as denied', () => {
		const storage = new MemoryStorage();
		const store = createStore({ storage, key: KEY, model });
		store.load();
		storage.failWrites = true;
		expect(store.save(setAnswer(emptyState(model), 'a1', { value: 1 }, 2))).toBe('denied');
	});

	test('storage that throws on access (private mode) gives a memory-only session that keeps its edits', () => {
		const storage = new MemoryStorage();
		storage.failReads = true;
		storage.failWrites = true;
		const store = createStore({ storage, key: KEY, model });
		const first = store.load();
		expect(first.status).toBe('unavailable');
		const edited = setAnswer(first.state, 'a1', { value: 3 }, 10);
		expect(store.save(edited)).toBe('unavailable');
		expect(store.load()).toMatchObject({ status: 'unavailable', state: edited });
	});

	test('no storage at all is memory-only too', () => {
		const store = createStore({ storage: undefined, key: KEY, model });
		expect(store.load().status).toBe('unavailable');
		expect(store.save(emptyState(model))).toBe('unavailable');
	});

	test('a full quota reports "quota" and leaves the last saved value intact', () => {
		const storage = new MemoryStorage(400);
		const store = createStore({ storage, key: KEY, model });
		const small = setAnswer(emptyState(model), 'a1', { value: 1 }, 1);
		expect(store.save(small)).toBe('saved');
		const big = setAnswer(small, 'a2', { note: '长'.repeat(500) }, 2);
		expect(store.save(big)).toBe('quota');
		expect(JSON.parse(storage.data.get(KEY)!)).toEqual(small);
	});

	test("two tabs: each merges the other one's saved value, so both tabs' edits survive", () => {
		const storage = new MemoryStorage();
		const tabA = createStore({ storage, key: KEY, model });
		const tabB = createStore({ storage, key: KEY, model });
		let a = tabA.load().state;
		let b = tabB.load().state;
		a = setAnswer(a, 'a1', { value: 2 }, 100);
		tabA.save(a);
		b = setAnswer(b, 'a2', { value: 'na', naReason: '不适用' }, 200); // B has not seen A's edit yet
		tabB.save(b); // …and overwrites it in storage
		a = tabA.mergeFromStorageEvent(a, storage.data.get(KEY)!); // the storage event in tab A
		expect(a.answers).toMatchObject({ a1: { value: 2 }, a2: { value: 'na' } });
		// Tab A held an answer the stored value had lost, so it wrote the merge back.
		expect(JSON.parse(storage.data.get(KEY)!).answers).toEqual(a.answers);
		const writes = storage.writes;
		b = tabB.mergeFromStorageEvent(b, storage.data.get(KEY)!);
		expect(b.answers).toEqual(a.answers);
		// Tab B has nothing newer: it does not write again, so the tabs do not ping-pong.
		expect(storage.writes).toBe(writes);
		expect(tabB.mergeFromStorageEvent(b, 'garbage{')).toBe(b);
		expect(tabB.mergeFromStorageEvent(b, null)).toBe(b);
	});

	test('a state from another playbook version is kept and reported, not treated as corrupt', () => {
		const storage = new MemoryStorage();
		const oldState = {
			...setAnswer(emptyState(model), 'gone-item', { value: 3 }, 1),
			playbookVersion: '2026.10-00000000',
		};
		storage.data.set(KEY, JSON.stringify(oldState));
		const result = createStore({ storage, key: KEY, model }).load();
		expect(result).toMatchObject({ status: 'loaded', state: oldState, playbookVersionChanged: true, toReport: true });
		expect(result.diff.removed).toEqual(['gone-item']);
		// Another version that changed none of the answered items: taken on without a word.
		storage.data.set(KEY, JSON.stringify({ ...setAnswer(emptyState(model), 'a1', { value: 3 }, 1, model), playbookVersion: '2026.10-00000000' }));
		expect(createStore({ storage, key: KEY, model }).load()).toMatchObject({ status: 'loaded', playbookVersionChanged: true, toReport: false });
		// A checklist page (one checklist's share of the model) does not count other checklists' answers as removed.
		storage.data.set(KEY, JSON.stringify(oldState));
		const onChecklistPage = createStore({ storage, key: KEY, model: sliceModel(model, 'alpha') }).load();
		expect(onChecklistPage.diff.removed).toEqual(['gone-item']);
		expect(onChecklistPage.toReport).toBe(false);
	});

	describe('migrations', () => {
		// A synthetic version 0, as an older release might have stored it.
		const v0 = { version: 0, playbook: '2025.01-abcdef01', levels: { a1: 2, a2: 'na' }, savedAt: 99 };
		const testMigrations: Migrations = {
			...MIGRATIONS,
			0: (old) => ({
				format: 'cbp-assessment',
				version: 1,
				playbookVersion: old.playbook,
				answers: Object.fromEntries(
					Object.entries(old.levels as Record<string, unknown>).map(([id, value]) => [
						id,
						{ value, updatedAt: old.savedAt },
					])
				),
			}),
		};

		test('a version 1 state (before names) loads as version 3 with every answer, and is reported as migrated', () => {
			expect(Object.keys(MIGRATIONS)).toEqual(['1', '2']);
			const storage = new MemoryStorage();
			const v1 = { format: 'cbp-assessment', version: 1, playbookVersion: model.version, answers: { a1: { value: 'na', naReason: '不卖', note: 'n', updatedAt: 7 } } };
			storage.data.set(KEY, JSON.stringify(v1));
			const result = createStore({ storage, key: KEY, model }).load();
			expect(result.status).toBe('migrated');
			expect(result.toReport).toBe(true);
			expect(result.state).toEqual({ ...v1, version: 3 });
			expect(result.state.respondent).toBeUndefined();
		});

		test('an older state is migrated step by step and reported as migrated', () => {
			const storage = new MemoryStorage();
			storage.data.set(KEY, JSON.stringify(v0));
			const result = createStore({ storage, key: KEY, model, migrations: testMigrations }).load();
			expect(result.status).toBe('migrated');
			expect(result.state).toEqual({
				format: 'cbp-assessment',
				version: 3,
				playbookVersion: '2025.01-abcdef01',
				answers: { a1: { value: 2, updatedAt: 99 }, a2: { value: 'na', updatedAt: 99 } },
			});
			expect(result.playbookVersionChanged).toBe(true);
		});

		test('a migration that produces an invalid state, or throws, is reported, not trusted', () => {
			const broken: Migrations = { ...MIGRATIONS, 0: () => ({ format: 'cbp-assessment', version: 1 }) };
			const throwing: Migrations = {
				...MIGRATIONS,
				0: () => {
					throw new Error('boom');
				},
			};
			expect(readState(v0, broken)).toMatchObject({ ok: false, reason: 'invalid' });
			expect(readState(v0, throwing)).toMatchObject({ ok: false, reason: 'invalid' });
			expect(readState({ ...v0, version: 4 }, testMigrations)).toMatchObject({ ok: false, reason: 'future-version' });
			expect(readState({ ...v0, format: 'other' }, testMigrations)).toMatchObject({
				ok: false,
				reason: 'wrong-format',
			});
		});
	});
});

describe('snapshots', () => {
	let state: AssessmentState = emptyState(model);
	state = setAnswer(state, 'a1', { value: 1, note: '不进快照' }, 1);
	state = setAnswer(state, 'a2', { value: 'unknown' }, 1);

	test('a snapshot keeps values only; changesSince lists changed values in page order', () => {
		const snap = takeSnapshot(state, 1000, '季度复盘');
		expect(snap).toEqual({
			takenAt: 1000,
			label: '季度复盘',
			playbookVersion: model.version,
			values: { a1: 1, a2: 'unknown' },
		});
		let now = setAnswer(state, 'a3', { value: 2 }, 2);
		now = setAnswer(now, 'a1', { value: 3 }, 2);
		now = setAnswer(now, 'a2', { note: 'still unknown' }, 2);
		expect(changesSince(snap, now, model)).toEqual([
			{ itemId: 'a1', from: 1, to: 3 },
			{ itemId: 'a3', to: 2 },
		]);
		expect(changesSince(snap, setAnswer(state, 'a1', { value: undefined }, 3))).toEqual([{ itemId: 'a1', from: 1 }]);
	});

	test('at most 20 are kept, newest first; the oldest is dropped', () => {
		let list = Array.from({ length: MAX_SNAPSHOTS }, (_, i) => takeSnapshot(state, i));
		list = addSnapshot(list, takeSnapshot(state, 100));
		expect(list).toHaveLength(MAX_SNAPSHOTS);
		expect(list[0].takenAt).toBe(100);
		expect(list.map((s) => s.takenAt)).not.toContain(0);
	});

	test('the snapshot store saves and loads, backs up corrupt data and sheds old snapshots when the quota is full', () => {
		const storage = new MemoryStorage(3000);
		const store = createSnapshotStore({ storage, key: 'cbp:snapshots', now: () => 77 });
		expect(store.load()).toEqual({ snapshots: [], status: 'fresh' });
		let list = store.add([], takeSnapshot(state, 1)).snapshots;
		expect(createSnapshotStore({ storage, key: 'cbp:snapshots' }).load()).toEqual({
			snapshots: list,
			status: 'loaded',
		});

		const big = {
			...state,
			answers: Object.fromEntries(
				Array.from({ length: 40 }, (_, i) => [`item-${i}`, { value: 2 as const, updatedAt: 1 }])
			),
		};
		let status;
		for (let t = 2; t < 12; t++) ({ snapshots: list, status } = store.add(list, takeSnapshot(big, t)));
		expect(status).toBe('saved');
		expect(list[0].takenAt).toBe(11); // the newest is always kept
		expect(list.length).toBeLessThan(11); // older ones were dropped to fit

		storage.data.set('cbp:snapshots', '{"format":"cbp-snapshots","version":1,"snapshots":[{"takenAt":"x"}]}');
		expect(store.load()).toEqual({ snapshots: [], status: 'corrupt', backupKey: 'cbp:snapshots:backup:77' });
		expect(storage.data.get('cbp:snapshots:backup:77')).toContain('"takenAt":"x"');
	});
});
