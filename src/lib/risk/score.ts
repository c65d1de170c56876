/**
 * Inherent risk on a 5 × 5 grid: score = likelihood × impact (1–25), read in three bands.
 * The bands are the playbook's own convention and are stated on the risk pages.
 */
export type RiskBand = 'low' | 'medium' | 'high';

export const BAND_LIMITS = { lowMax: 6, mediumMax: 12 } as const;

export function riskScore(likelihood: number, impact: number): number {
	return likelihood * impact;
}

export function riskBand(score: number): RiskBand {
	if (score <= BAND_LIMITS.lowMax) return 'low';
	if (score <= BAND_LIMITS.mediumMax) return 'medium';
	return 'high';
}
