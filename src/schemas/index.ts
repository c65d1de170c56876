/**
 * The playbook's content schemas. Each entry collection's schema, page sections and labels are
 * gathered in its descriptor (`src/lib/content/collections.ts`).
 */
import type { CollectionName } from './common';

export const COLLECTIONS = ['strategies', 'risks', 'checklists'] as const satisfies readonly CollectionName[];

export * from './common';
export type { StrategyData } from './strategy';
export type { RiskData } from './risk';
export type { ChecklistData, ChecklistItem } from './checklist';
