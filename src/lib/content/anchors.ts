/**
 * Ids in entry data and headings in bodies. The fixed section anchors of each entry page are in
 * its collection descriptor (`collections.ts`).
 */

/** Every `id` found anywhere in an entry's data, with the field it sits in. */
export function collectIds(data: unknown, path: (string | number)[] = []): { id: string; field: (string | number)[] }[] {
	if (Array.isArray(data)) return data.flatMap((value, index) => collectIds(value, [...path, index]));
	// A reference (`{ collection, id }`) names another entry: its id is not an anchor here.
	if (data && typeof data === 'object' && !('collection' in data)) {
		return Object.entries(data).flatMap(([key, value]) =>
			key === 'id' && typeof value === 'string' ? [{ id: value, field: [...path, key] }] : collectIds(value, [...path, key])
		);
	}
	return [];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/;
const HEADING_ID = /[ \t]*\{[ \t]*#([^\s}]+)[ \t]*\}$/;

export interface BodyHeading {
	line: number;
	depth: number;
	text: string;
	id: string | undefined;
}

/** The Markdown headings of a body, skipping fenced code, with their explicit `{ #id }` if any. */
export function bodyHeadings(body: string, firstLine = 1): BodyHeading[] {
	const headings: BodyHeading[] = [];
	let fence: string | undefined;
	body.split('\n').forEach((raw, index) => {
		const line = raw.replace(/\r$/, '');
		const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
		if (fenceMatch) {
			if (!fence) fence = fenceMatch[1][0];
			else if (fenceMatch[1][0] === fence) fence = undefined;
			return;
		}
		if (fence) return;
		const match = HEADING.exec(line);
		if (!match) return;
		const idMatch = HEADING_ID.exec(match[2]);
		headings.push({
			line: firstLine + index,
			depth: match[1].length,
			text: idMatch ? match[2].slice(0, idMatch.index) : match[2],
			id: idMatch?.[1],
		});
	});
	return headings;
}
