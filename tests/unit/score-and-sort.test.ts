import { describe, expect, test } from 'vitest';
import { riskBand, riskScore } from '../../src/lib/risk/score';
import { sortRows } from '../../src/lib/site/sort-rows';
import { closestKey } from '../../src/lib/content/zod-messages';

describe('inherent risk', () => {
	test('score is likelihood × impact, read in three bands', () => {
		expect(riskScore(4, 5)).toBe(20);
		expect([1, 6, 8, 12, 15, 25].map(riskBand)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
	});
});

describe('sortRows', () => {
	const rows = [
		{ value: 12, order: 1 },
		{ value: 20, order: 2 },
		{ value: 12, order: 3 },
	];
	test('sorts both ways and keeps register order for ties', () => {
		expect(sortRows(rows, 'descending').map((r) => r.order)).toEqual([2, 1, 3]);
		expect(sortRows(rows, 'ascending').map((r) => r.order)).toEqual([1, 3, 2]);
	});
});

describe('closestKey', () => {
	test('suggests the field a typo meant, and nothing for unrelated words', () => {
		expect(closestKey('likelihod', ['likelihood', 'impact'])).toBe('likelihood');
		expect(closestKey('asof', ['asOf', 'url'])).toBe('asOf');
		expect(closestKey('banana', ['likelihood', 'impact'])).toBeUndefined();
	});
});
