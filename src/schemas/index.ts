/** The playbook's content schemas, keyed by collection. */
import type { CollectionName, RefFactory } from './common';
import { checklistSchema } from './checklist';
import { riskSchema } from './risk';
import { strategySchema } from './strategy';

export const schemaFactories = {
	strategies: strategySchema,
	risks: riskSchema,
	checklists: checklistSchema,
} satisfies Record<CollectionName, (ref: RefFactory) => unknown>;

export const COLLECTIONS = Object.keys(schemaFactories) as CollectionName[];

export * from './common';
export type { StrategyData } from './strategy';
export type { RiskData } from './risk';
export type { ChecklistData, ChecklistItem } from './checklist';
