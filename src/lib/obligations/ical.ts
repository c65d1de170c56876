/**
 * iCalendar (RFC 5545) serialiser for the regulatory calendar: all-day VEVENTs, CRLF line ends,
 * content lines folded at 75 octets (UTF-8 safe), TEXT values escaped, a UID stable per event so a
 * re-imported or re-subscribed file updates events instead of duplicating them.
 */
import type { CalendarEvent, EventKind } from './engine';

export interface ICalendarOptions {
	/** PRODID, e.g. "-//Cross-border playbook//Regulatory calendar//EN". */
	prodId: string;
	/** Calendar name shown by clients (X-WR-CALNAME). */
	name: string;
	/** DTSTAMP of every event: when the file was generated (an ISO instant). */
	stamp: string;
	/** Domain appended to the UIDs: "<event uid>@<uidDomain>". */
	uidDomain: string;
	/** The event's summary in the calendar's language (default: title and kind). */
	summary?: (event: CalendarEvent) => string;
	/** Description lines (default: the label and the source URL). */
	description?: (event: CalendarEvent) => string;
	/** BCP 47 language of the text (LANGUAGE parameter is not used; sets X-WR-… only). */
	lang?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// The first line holds 75 octets; continuation lines start with a space, so 74 more.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function basicDate(date: string): string {
	return date.replaceAll('-', '');
}

function nextDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function stampUtc(instant: string): string {
	return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const KIND_WORDS: Record<EventKind, string> = {
	'in-force': 'in force',
	'applies-from': 'applies',
	'transition-ends': 'transition ends',
	'reporting-deadline': 'reporting deadline',
	review: 'review',
};

/** The whole VCALENDAR text, CRLF line ends, ending with CRLF. */
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions): string {
	const stamp = stampUtc(options.stamp);
	const summary = options.summary ?? ((e: CalendarEvent) => `${e.title}: ${KIND_WORDS[e.kind]}`);
	const description = options.description ?? ((e: CalendarEvent) => [e.label, e.url].filter(Boolean).join('\n'));
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${options.prodId}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.name)}`,
	];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}@${options.uidDomain}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${basicDate(event.date)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
			...(event.recurs === 'annual' ? ['RRULE:FREQ=YEARLY'] : []),
			`SUMMARY:${escapeText(summary(event))}`,
			`DESCRIPTION:${escapeText(description(event))}`,
			`URL:${event.url}`,
			`CATEGORIES:${escapeText(event.jurisdiction)},${escapeText(event.kind)}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
