/**
 * The islands' messages for import and share-link errors, built from the codes the domain code returns.
 * Browser code: it imports no string table (pages hand the islands their strings) and no locale list.
 * Answers left out are worded by `rejected-messages.ts`: the pages that only report those do not
 * inline these strings (`utils/island-strings.ts`).
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
