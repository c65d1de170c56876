/** A problem found in a content file, reported as `file: field: message`. */
export interface ContentError {
	/** Path from the project root, with forward slashes. */
	file: string;
	/** Dotted path to the field (`sections[0].items[2].weight`), or `(file)`/`body`. */
	field: string;
	message: string;
}

export function formatContentError({ file, field, message }: ContentError): string {
	return `${file}: ${field}: ${message}`;
}

export function sortErrors(errors: ContentError[]): ContentError[] {
	return [...errors].sort(
		(a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message)
	);
}

/** Renders a zod-style path as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out || '(frontmatter)';
}
