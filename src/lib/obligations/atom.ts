/**
 * Atom (RFC 4287) serialiser for the feed of what changed in each edition of the playbook. Pure text
 * out: the endpoints in `src/pages` give it the entries derived from content (`./changes.ts`).
 */

export interface AtomEntry {
	/** A permanent IRI (tag: URI or absolute URL), unique per change. */
	id: string;
	title: string;
	/** ISO instant or YYYY-MM-DD (taken as midnight UTC). */
	updated: string;
	/** The page the change is on (absolute URL). */
	link: string;
	summary: string;
	/** Term of an atom:category (e.g. "regulation", "risk"). */
	category?: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** BCP 47 language of the text (xml:lang). */
	lang: string;
	/** Absolute URL of the feed itself (rel="self"). */
	selfUrl: string;
	/** Absolute URL of the site in this language (rel="alternate"). */
	siteUrl: string;
	author: string;
	/** Latest change; when left out, the newest entry's date (or the epoch with no entries). */
	updated?: string;
	entries: AtomEntry[];
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An RFC 3339 date-time for Atom: YYYY-MM-DD becomes midnight UTC. */
export function atomDate(value: string): string {
	const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
	return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The feed document, entries newest first. */
export function toAtomFeed(feed: AtomFeed): string {
	const entries = [...feed.entries].sort((a, b) => atomDate(b.updated).localeCompare(atomDate(a.updated)) || a.id.localeCompare(b.id));
	const updated = feed.updated ?? entries[0]?.updated ?? '1970-01-01';
	const x = escapeXml;
	const out = [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
		`  <id>${x(feed.id)}</id>`,
		`  <title>${x(feed.title)}</title>`,
		...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
		`  <updated>${atomDate(updated)}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
		`  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
		`  <author><name>${x(feed.author)}</name></author>`,
	];
	for (const entry of entries) {
		out.push(
			'  <entry>',
			`    <id>${x(entry.id)}</id>`,
			`    <title>${x(entry.title)}</title>`,
			`    <updated>${atomDate(entry.updated)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${x(entry.link)}"/>`,
			...(entry.category ? [`    <category term="${x(entry.category)}"/>`] : []),
			`    <summary>${x(entry.summary)}</summary>`,
			'  </entry>'
		);
	}
	out.push('</feed>');
	return out.join('\n') + '\n';
}
