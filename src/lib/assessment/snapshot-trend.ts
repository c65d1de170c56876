/**
 * The score trend drawn on the overview: the overall score and each strategy pillar's score at every
 * snapshot, oldest first, scored exactly as the scores table scores the current answers (scoring.ts).
 */
import type { PlaybookModel } from './model';
import { scoreOverall, scoreStrategy } from './scoring';
import { snapshotState, type Snapshot } from './snapshots';

export interface TrendPoint {
	takenAt: number;
	label?: string;
	/** 0–1, or null when nothing in the snapshot is applicable (all N/A or nothing answered that counts). */
	overall: number | null;
	/** In the order of `Trend.pillars`. */
	pillars: (number | null)[];
}

export interface Trend {
	/** Strategy ids in article order: one series each, after the overall series. */
	pillars: string[];
	/** Oldest first. */
	points: TrendPoint[];
}

export function scoreTrend(model: PlaybookModel, snapshots: readonly Snapshot[]): Trend {
	const pillars = [...model.strategies].sort((a, b) => a.order - b.order).map((s) => s.id);
	const points = [...snapshots]
		.sort((a, b) => a.takenAt - b.takenAt)
		.map((snapshot): TrendPoint => {
			const state = snapshotState(snapshot);
			return {
				takenAt: snapshot.takenAt,
				...(snapshot.label ? { label: snapshot.label } : {}),
				overall: scoreOverall(model, state).score,
				pillars: pillars.map((id) => scoreStrategy(model, state, id).score),
			};
		});
	return { pillars, points };
}

/** Where the chart draws a series: x from time (first snapshot 0, last 1), y from score (0–1); gaps for null. */
export function trendPositions(points: readonly TrendPoint[], value: (p: TrendPoint) => number | null): ({ x: number; y: number } | null)[] {
	const first = points[0]?.takenAt ?? 0;
	const span = (points.at(-1)?.takenAt ?? 0) - first;
	return points.map((p, i) => {
		const y = value(p);
		if (y === null) return null;
		// Equal times (or one point) spread evenly rather than stacking at x = 0.
		const x = span > 0 ? (p.takenAt - first) / span : points.length > 1 ? i / (points.length - 1) : 0.5;
		return { x, y };
	});
}
