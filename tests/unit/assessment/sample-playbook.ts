import type { PlaybookInput } from '../../../src/lib/assessment/model';

/** A playbook where items share risks and pillars across checklists, so one answer moves several groups. */
export function playbook(checklistCount: number, itemsPer: number): PlaybookInput {
	const risks = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, order: i + 1, category: 'compliance', likelihood: 1 + (i % 5), impact: 1 + ((i * 3) % 5) }));
	const strategies = Array.from({ length: 3 }, (_, i) => ({ id: `s${i}`, order: i + 1 }));
	return {
		risks,
		strategies,
		checklists: Array.from({ length: checklistCount }, (_, c) => ({
			id: `c${c}`,
			order: c + 1,
			sections: [0, 1].map((s) => ({
				id: `sec${s}`,
				items: Array.from({ length: itemsPer }, (_, i) => {
					const n = c * 31 + s * 7 + i;
					return {
						id: `c${c}-s${s}-i${i}`,
						statement: `Item ${n}`,
						weight: (1 + (n % 3)) as 1 | 2 | 3,
						mitigates: n % 4 === 0 ? [] : [`r${n % 7}`, `r${(n * 5) % 7}`].filter((r, k, all) => all.indexOf(r) === k),
						implements: n % 5 === 0 ? undefined : `s${n % 3}`,
					};
				}),
			})),
		})),
	};
}
