import { describe, expect, test } from 'vitest';
import { assessmentKeys, eraseAssessment, storedProgress, type ListableStorage } from '../../../src/lib/assessment/erase';

/** A Storage that lists its keys like the browser's; `stuck` keys refuse to be removed. */
class MemoryStorage implements ListableStorage {
	data = new Map<string, string>();
	stuck = new Set<string>();
	get length() {
		return this.data.size;
	}
	key(index: number) {
		return [...this.data.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.data.get(key) ?? null;
	}
	removeItem(key: string) {
		if (this.stuck.has(key)) throw new DOMException('nope', 'SecurityError');
		this.data.delete(key);
	}
}

const KEY = 'cbp-assessment';

describe('delete all my answers', () => {
	const filled = () => {
		const storage = new MemoryStorage();
		for (const key of [KEY, `${KEY}:notice`, `${KEY}:backup:1700000000000`, `${KEY}:snapshots`, `${KEY}:team`, `${KEY}:agreed`, 'cbp-assessment-other', 'starlight-theme'])
			storage.data.set(key, '{}');
		return storage;
	};

	test('removes the answers and every key stored beside them, nothing else', () => {
		const storage = filled();
		const result = eraseAssessment(storage, KEY);
		expect(result.removed).toEqual([KEY, `${KEY}:agreed`, `${KEY}:backup:1700000000000`, `${KEY}:notice`, `${KEY}:snapshots`, `${KEY}:team`]);
		expect(result.failed).toEqual([]);
		expect([...storage.data.keys()].sort()).toEqual(['cbp-assessment-other', 'starlight-theme']);
	});

	test('says which keys the browser refused to remove', () => {
		const storage = filled();
		storage.stuck.add(`${KEY}:snapshots`);
		const result = eraseAssessment(storage, KEY);
		expect(result.failed).toEqual([`${KEY}:snapshots`]);
		expect(result.removed).not.toContain(`${KEY}:snapshots`);
		expect(assessmentKeys(storage, KEY)).toEqual([`${KEY}:snapshots`]);
	});
});

describe('stored progress per checklist', () => {
	const state = (answers: Record<string, object>) =>
		JSON.stringify({ format: 'cbp-assessment', version: 2, playbookVersion: 'x', answers });

	test('counts answered items of the checklist; N/A without reason is not answered', () => {
		const raw = state({
			a1: { value: 2, updatedAt: 1 },
			a2: { value: 'na', updatedAt: 1 },
			a3: { value: 'na', naReason: '无此业务', updatedAt: 1 },
			b1: { value: 3, updatedAt: 1 },
			a4: { note: '下周', updatedAt: 1 },
		});
		expect(storedProgress(raw, ['a1', 'a2', 'a3', 'a4'])).toEqual({ answered: 2, total: 4, missingReason: 1 });
	});

	test('nothing stored or unreadable: no progress to show', () => {
		expect(storedProgress(null, ['a1'])).toBeNull();
		expect(storedProgress('{not json', ['a1'])).toBeNull();
		expect(storedProgress(JSON.stringify({ format: 'other' }), ['a1'])).toBeNull();
		expect(storedProgress(state({}), ['a1'])).toEqual({ answered: 0, total: 1, missingReason: 0 });
	});
});
