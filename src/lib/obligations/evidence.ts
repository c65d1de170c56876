/**
 * Checklist items and regulations: which items evidence an obligation, and which items a seller
 * profile makes not applicable (every regulation the item names is excluded), with the exclusions
 * that say why, so the assessment can offer N/A with the reason filled in, never silently.
 */
import type { Evaluation, Exclusion } from './engine';

export interface ItemWithRegulations {
	id: string;
	/** The regulations the item evidences (`regulations:` on a checklist item). */
	regulations?: readonly string[];
}

/** Item ids by regulation id, in the order the items are given. */
export function itemsByRegulation(items: Iterable<ItemWithRegulations>): Map<string, string[]> {
	const index = new Map<string, string[]>();
	for (const item of items) {
		for (const regulation of item.regulations ?? []) {
			if (!index.has(regulation)) index.set(regulation, []);
			index.get(regulation)!.push(item.id);
		}
	}
	return index;
}

/**
 * Items that only evidence regulations the profile does not trigger, each with those regulations'
 * exclusions. Items naming no regulation, or at least one that applies, are not listed: they stay
 * in the assessment.
 */
export function notApplicableItems(items: Iterable<ItemWithRegulations>, evaluation: Evaluation): Map<string, Exclusion[]> {
	const excluded = new Map(evaluation.excluded.map((e) => [e.regulation, e]));
	const result = new Map<string, Exclusion[]>();
	for (const item of items) {
		const regulations = item.regulations ?? [];
		if (regulations.length === 0) continue;
		const reasons = regulations.map((r) => excluded.get(r));
		if (reasons.every((r) => r !== undefined)) result.set(item.id, reasons as Exclusion[]);
	}
	return result;
}
