/** The playbook's content schemas, keyed by collection. */
import type { CollectionName } from './common';
import { checklistSchema } from './checklist';
import { riskSchema } from './risk';
import { strategySchema } from './strategy';

export const ENTRY_SCHEMAS = {
	strategies: strategySchema,
	risks: riskSchema,
	checklists: checklistSchema,
} as const satisfies Record<CollectionName, unknown>;

export const COLLECTIONS = Object.keys(ENTRY_SCHEMAS) as CollectionName[];

export * from './common';
export type { StrategyData } from './strategy';
export type { RiskData } from './risk';
export type { ChecklistData, ChecklistItem } from './checklist';
