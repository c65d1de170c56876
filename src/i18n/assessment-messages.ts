/**
 * The islands' messages built from codes the domain code returns (import errors, answers left out).
 * Browser code: it imports no string table (pages hand the islands their strings) and no locale list.
 */
import type { AssessmentKey } from './assessment';
import { format } from './format';

type Strings = Record<AssessmentKey, string>;

/** "2 MB", "64 KB": the limits in messages, from the byte counts the domain code uses. */
export function formatBytes(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Words an import or share-link error code, with its limit and, when known, where it failed. */
export function describeImportError(
	strings: Strings,
	error: { code: string; path?: string; limit?: number },
	source: 'file' | 'link',
	/** The page's language: numbers are written its way. */
	lang: string
): string {
	const key = (error.code === 'too-large' ? `import.too-large.${source}` : `import.${error.code}`) as AssessmentKey;
	const limit = error.limit === undefined ? '' : error.code === 'too-large' && source === 'file' ? formatBytes(error.limit) : error.limit.toLocaleString(lang);
	const text = format(strings[key] ?? strings['import.internal'], { limit });
	return error.path ? text + format(strings['import.at'], { path: error.path }) : text;
}

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
