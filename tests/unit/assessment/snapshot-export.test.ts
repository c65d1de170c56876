/**
 * The snapshot history in the JSON export: written as the envelope's optional `snapshots`, ignored by the
 * answers' reader, restored by import (merged by time, duplicates skipped, invalid ones reported, nothing
 * kept locally dropped); and the score trend drawn from it.
 */
import { describe, expect, test } from 'vitest';
import { exportJson, parseImport } from '../../../src/lib/assessment/json-codec';
import { buildPlaybookModel } from '../../../src/lib/assessment/model';
import { MAX_SNAPSHOTS, mergeSnapshots, snapshotsFromExport, takeSnapshot, type Snapshot } from '../../../src/lib/assessment/snapshots';
import { scoreTrend, trendPositions } from '../../../src/lib/assessment/snapshot-trend';
import { emptyState, setAnswer } from '../../../src/lib/assessment/state';

const model = buildPlaybookModel(
	{
		checklists: [
			{
				id: 'c',
				sections: [
					{
						id: 's',
						items: [
							{ id: 'i1', statement: '一', weight: 3, mitigates: ['r'], implements: 'alpha' },
							{ id: 'i2', statement: '二', weight: 1, mitigates: ['r'], implements: 'beta' },
						],
					},
				],
			},
		],
		risks: [{ id: 'r', category: 'compliance', likelihood: 3, impact: 3 }],
		strategies: [
			{ id: 'beta', order: 2 },
			{ id: 'alpha', order: 1 },
		],
	},
	't'
);
const q1 = setAnswer(emptyState(model), 'i1', { value: 1 }, 1, model);
const q2 = setAnswer(setAnswer(q1, 'i1', { value: 3 }, 2, model), 'i2', { value: 'na' }, 2, model);
const older = takeSnapshot(q1, 1_000, 'Q1');
const newer = takeSnapshot(q2, 2_000, 'Q2');
const snap = (takenAt: number): Snapshot => ({ takenAt, playbookVersion: 'v', values: { i1: 2 } });

describe('snapshots in the export file', () => {
	test('an export carries the history and import reads it back unchanged', () => {
		const text = exportJson(q2, 5_000, model, [newer, older]);
		expect(JSON.parse(text).snapshots).toHaveLength(2);
		expect(snapshotsFromExport(text)).toEqual({ snapshots: [newer, older], invalid: [] });
	});

	test('no history: no field, and reading such a file (or an older one) finds nothing to restore', () => {
		const text = exportJson(q2, 5_000, model);
		expect(JSON.parse(text)).not.toHaveProperty('snapshots');
		expect(snapshotsFromExport(text)).toBeUndefined();
		expect(snapshotsFromExport('not json')).toBeUndefined();
		expect(snapshotsFromExport(JSON.stringify({ format: 'other', snapshots: [newer] }))).toBeUndefined();
	});

	test('the answers import the same with or without the snapshots field (no format change)', () => {
		const without = parseImport(exportJson(q2, 5_000, model), model, { now: 10_000 });
		const withHistory = parseImport(exportJson(q2, 5_000, model, [newer, older]), model, { now: 10_000 });
		expect(withHistory.ok).toBe(true);
		expect(withHistory).toEqual(without);
	});

	test('a file with a broken snapshot still imports its answers; the broken entries are named by position', () => {
		const file = JSON.parse(exportJson(q2, 5_000, model, [newer, older]));
		file.snapshots.splice(1, 0, { takenAt: 'yesterday', values: {} }, { ...older, takenAt: 3_000, values: { i1: 7 } });
		const text = JSON.stringify(file);
		expect(parseImport(text, model, { now: 10_000 }).ok).toBe(true);
		expect(snapshotsFromExport(text)).toEqual({ snapshots: [newer, older], invalid: [1, 2] });
		expect(snapshotsFromExport(JSON.stringify({ ...file, snapshots: 'all of them' }))).toEqual({ snapshots: [], invalid: [0] });
	});
});

describe('restoring snapshots', () => {
	test('merged by time: new ones added in order, ones already here skipped', () => {
		const merged = mergeSnapshots([newer], [older, { ...newer, label: 'other copy' }]);
		expect(merged.snapshots).toEqual([newer, older]);
		expect(merged).toMatchObject({ added: 1, duplicates: 1, full: 0 });
	});

	test('a snapshot twice in the file is added once', () => {
		expect(mergeSnapshots([], [older, older])).toMatchObject({ snapshots: [older], added: 1, duplicates: 1 });
	});

	test('a full history keeps every local snapshot; the newest of the file fill the free places, the rest are counted', () => {
		const local = Array.from({ length: MAX_SNAPSHOTS - 2 }, (_, i) => snap(100_000 + i));
		const incoming = [snap(1), snap(2), snap(3), snap(200_000)];
		const merged = mergeSnapshots(local, incoming);
		expect(merged.snapshots).toHaveLength(MAX_SNAPSHOTS);
		for (const s of local) expect(merged.snapshots).toContainEqual(s);
		expect(merged.snapshots.map((s) => s.takenAt)).toContain(200_000);
		expect(merged.snapshots.map((s) => s.takenAt)).toContain(3);
		expect(merged).toMatchObject({ added: 2, duplicates: 0, full: 2 });
		expect(merged.snapshots.map((s) => s.takenAt)).toEqual([...merged.snapshots.map((s) => s.takenAt)].sort((a, b) => b - a));
	});
});

describe('score trend', () => {
	test('overall and per pillar (article order) at every snapshot, oldest first', () => {
		const trend = scoreTrend(model, [newer, older]);
		expect(trend.pillars).toEqual(['alpha', 'beta']);
		expect(trend.points.map((p) => p.takenAt)).toEqual([1_000, 2_000]);
		// Q1: i1 at 1 of 3 (weight 3), i2 unanswered (left out: scores cover answered items only): 1/3;
		// the beta pillar has nothing answered yet.
		expect(trend.points[0]).toMatchObject({ label: 'Q1', overall: 1 / 3, pillars: [1 / 3, null] });
		// Q2: i1 at 3, i2 N/A (left out): 1; the beta pillar has nothing applicable.
		expect(trend.points[1]).toMatchObject({ label: 'Q2', overall: 1, pillars: [1, null] });
	});

	test('positions follow time; a pillar with nothing applicable leaves a gap', () => {
		const third = takeSnapshot(q1, 5_000);
		const trend = scoreTrend(model, [older, newer, third]);
		expect(trendPositions(trend.points, (p) => p.overall)).toEqual([{ x: 0, y: 1 / 3 }, { x: 0.25, y: 1 }, { x: 1, y: 1 / 3 }]);
		expect(trendPositions(trend.points, (p) => p.pillars[0])).toEqual([{ x: 0, y: 1 / 3 }, { x: 0.25, y: 1 }, { x: 1, y: 1 / 3 }]);
		expect(trendPositions(trend.points, (p) => p.pillars[1])).toEqual([null, null, null]);
	});
});
