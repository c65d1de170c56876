/**
 * The islands' message for answers left out of a saved state or an import, by item and field.
 * Browser code, like `import-messages.ts`.
 */
import type { AssessmentKey } from './assessment';
import { format } from './format';

type Strings = Record<AssessmentKey, string>;

/** "me-go-no-go (note too long), pc-x (invalid id)": answers left out, by item and field. */
export function describeRejected(strings: Strings, rejected: readonly { id: string; field: string; reason: string }[], max = 10): string {
	const words = rejected.slice(0, max).map(({ id, field, reason }) => {
		const fieldKey = `storage.field.${field.startsWith('seller') ? 'seller' : field}` as AssessmentKey;
		const label = strings[fieldKey] ?? strings['storage.field.other'];
		const why = format(strings[`storage.rejected.${reason}` as AssessmentKey] ?? strings['storage.rejected.invalid'], { field: label });
		return `${id || '—'} (${why})`;
	});
	return words.join(', ') + (rejected.length > max ? ', …' : '');
}
