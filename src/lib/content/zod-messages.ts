/** Turns zod issues into the playbook's `field: message` form, with the offending value where useful. */
import type { z } from 'astro/zod';
import type { ContentError } from './errors';
import { formatPath } from './errors';

/** Shows a value briefly: `"abc"`, `7`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
	return String(value);
}

function levenshtein(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = current;
		}
	}
	return row[b.length];
}

/** The known field closest to a misspelt one, if it is close enough to be a typo. */
export function closestKey(key: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = levenshtein(key.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Keys a strict object at `path` accepts, found by walking the schema. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current: any = schema;
	const unwrap = () => {
		for (let guard = 0; guard < 10 && current; guard++) {
			const def = current._zod?.def;
			if (!def) return;
			if (def.type === 'pipe') current = def.in?._zod?.def?.type === 'transform' ? def.out : def.in;
			else if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
			else return;
		}
	};
	unwrap();
	for (const key of path) {
		const def = current?._zod?.def;
		if (!def) return [];
		if (def.type === 'array' && typeof key === 'number') current = def.element;
		else if (def.type === 'object' && typeof key === 'string') current = def.shape[key];
		else return [];
		unwrap();
	}
	const def = current?._zod?.def;
	return def?.type === 'object' ? Object.keys(def.shape) : [];
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: any = data;
	for (const key of path) current = current?.[key as any];
	return current;
}

export function issuesToErrors(file: string, schema: z.ZodType, data: unknown, issues: z.core.$ZodIssue[]): ContentError[] {
	const errors: ContentError[] = [];
	for (const issue of issues) {
		const value = getAt(data, issue.path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const known = knownKeysAt(schema, issue.path);
				for (const key of issue.keys) {
					const suggestion = closestKey(key, known);
					errors.push({
						file,
						field: formatPath([...issue.path, key]),
						message: `unknown field${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
					});
				}
				break;
			}
			case 'invalid_type':
				errors.push({
					file,
					field: formatPath(issue.path),
					message: value === undefined ? 'is required' : `${issue.message} (got ${describeValue(value)})`,
				});
				break;
			case 'invalid_value':
				errors.push({
					file,
					field: formatPath(issue.path),
					message: `must be one of: ${issue.values.map((v) => String(v)).join(', ')} (got ${describeValue(value)})`,
				});
				break;
			case 'too_big':
			case 'too_small':
			case 'invalid_format':
				errors.push({
					file,
					field: formatPath(issue.path),
					message:
						typeof value === 'object' && value !== null ? issue.message : `${issue.message} (got ${describeValue(value)})`,
				});
				break;
			default:
				errors.push({
					file,
					field: formatPath(issue.path),
					message:
						value === undefined || typeof value === 'object' ? issue.message : `${issue.message} (got ${describeValue(value)})`,
				});
		}
	}
	return errors;
}
