/**
 * zod/mini schemas of the saved assessment: the documented format that imports and share links are
 * validated against. Kept apart from state.ts so that pages which only read their own storage
 * (the checklist island) do not load zod: they use `state-guard.ts`, which a property test keeps
 * equivalent to these schemas.
 */
import { z } from 'zod/mini';
import { CURRENT_STATE_VERSION, isIsoDate, ITEM_ID_PATTERN, LIMITS, STATE_FORMAT, type AssessmentState } from './state';
import type { GuardResult } from './state-guard';

const text = (max: number) => z.string().check(z.maxLength(max));
/** Milliseconds since the epoch: a non-negative safe integer. */
export const timestampSchema = z.number().check(z.nonnegative(), z.refine(Number.isSafeInteger));
const timestamp = timestampSchema;

export const itemIdSchema = z.string().check(z.maxLength(LIMITS.id), z.regex(ITEM_ID_PATTERN));
export const answerValueSchema = z.literal([0, 1, 2, 3, 'na', 'unknown']);
export const dueSchema = z.string().check(z.refine(isIsoDate));

export const answerSchema = z.object({
	value: z.optional(answerValueSchema),
	naReason: z.optional(text(LIMITS.naReason)),
	note: z.optional(text(LIMITS.note)),
	owner: z.optional(text(LIMITS.owner)),
	due: z.optional(dueSchema),
	textHash: z.optional(text(LIMITS.textHash)),
	updatedAt: timestamp,
});

/** Unknown keys are dropped (not rejected); wrong types, over-long text and bad ids are rejected. */
export const stateSchema = z.object({
	format: z.literal(STATE_FORMAT),
	version: z.literal(CURRENT_STATE_VERSION),
	playbookVersion: text(LIMITS.version),
	answers: z.record(itemIdSchema, answerSchema),
	lastExportedAt: z.optional(timestamp),
});


/** `stateSchema` in the shape `readState` takes, for imports and share links. */
export function validateWithSchema(raw: unknown): GuardResult {
	const parsed = stateSchema.safeParse(raw);
	if (parsed.success) return { ok: true, state: parsed.data as AssessmentState };
	return { ok: false, path: parsed.error.issues[0]?.path.map(String).join('.') ?? '' };
}
