/**
 * The regulatory calendar and the change feed: event selection, the iCalendar text (RFC 5545) and the
 * Atom document (RFC 4287), read back with the small parsers in `parsers.ts`.
 */
import { describe, expect, test } from 'vitest';
import { calendarEvents, toAtomFeed, toICalendar, type CalendarEvent, type Regulation } from '../../../src/lib/obligations/engine';
import { escapeText, foldLine } from '../../../src/lib/obligations/ical';
import { editionEntries } from '../../../src/lib/obligations/changes';
import { format } from '../../../src/i18n/format';
import { feedStrings } from '../../../src/i18n/feeds';
import { child, childrenNamed, parseICalendar, parseXml, prop, unescapeText } from './parsers';

function reg(id: string, more: Partial<Regulation> = {}): Regulation {
	return {
		id, name: `Name of ${id}`, jurisdiction: 'EU', status: 'in-force', url: `https://eur-lex.europa.eu/${id}`, asOf: '2026-11-01',
		requires: 'x', todo: 'y', applicability: [{ markets: ['eu'] }], dates: { events: [] }, ...more,
	};
}

const REGS: Regulation[] = [
	reg('eu-batteries', {
		name: 'EU Batteries Regulation (EU) 2023/1542',
		applicability: [{ markets: ['eu'], categories: ['batteries'] }],
		dates: {
			inForce: '2023-08-17', appliesFrom: '2025-08-18',
			events: [{ kind: 'applies-from', date: '2027-02-18', label: 'Removable batteries; see Art. 11, "portable"' }],
		},
	}),
	reg('dac7', { dates: { appliesFrom: '2023-01-01', events: [{ kind: 'reporting-deadline', date: '2024-01-31', recurs: 'annual', label: 'Platforms report' }] } }),
	reg('us-only', { jurisdiction: 'US', applicability: [{ markets: ['us'] }], dates: { appliesFrom: '2026-07-08', events: [] } }),
];

describe('calendarEvents', () => {
	test('lists every dated event in date order with stable ids', () => {
		const events = calendarEvents(REGS);
		expect(events.map((e) => `${e.date} ${e.uid}`)).toEqual([
			'2023-01-01 dac7/applies-from/2023-01-01',
			'2023-08-17 eu-batteries/in-force/2023-08-17',
			'2024-01-31 dac7/reporting-deadline/2024-01-31',
			'2025-08-18 eu-batteries/applies-from/2025-08-18',
			'2026-07-08 us-only/applies-from/2026-07-08',
			'2027-02-18 eu-batteries/applies-from/2027-02-18',
		]);
	});

	test('filters by profile, kind and date range (an annual event counts in any year it recurs)', () => {
		const euSeller = { markets: ['de' as const], channels: [], categories: ['batteries' as const], fulfilment: [] };
		expect(new Set(calendarEvents(REGS, { profile: euSeller, today: '2026-12-06' }).map((e) => e.regulation))).toEqual(new Set(['eu-batteries', 'dac7']));
		expect(calendarEvents(REGS, { kinds: ['reporting-deadline'] }).map((e) => e.regulation)).toEqual(['dac7']);
		expect(calendarEvents(REGS, { from: '2026-01-01', to: '2026-12-31' }).map((e) => e.uid)).toEqual([
			'dac7/reporting-deadline/2024-01-31',
			'us-only/applies-from/2026-07-08',
		]);
		expect(calendarEvents(REGS, { from: '2026-02-01', to: '2026-12-31', kinds: ['reporting-deadline'] })).toEqual([]);
	});
});

describe('iCalendar', () => {
	const text = toICalendar(calendarEvents(REGS), {
		prodId: '-//Cross-border playbook//Regulatory calendar//EN', name: 'Regulatory calendar, test', stamp: '2026-12-06T08:30:00Z', uidDomain: 'playbook.example',
	});

	test('is a valid VCALENDAR of all-day VEVENTs with unique UIDs and a DTSTAMP', () => {
		const calendar = parseICalendar(text);
		expect(calendar.type).toBe('VCALENDAR');
		expect(prop(calendar, 'VERSION')!.value).toBe('2.0');
		expect(unescapeText(prop(calendar, 'X-WR-CALNAME')!.value)).toBe('Regulatory calendar, test');
		const events = calendar.children.filter((c) => c.type === 'VEVENT');
		expect(events).toHaveLength(6);
		for (const event of events) {
			expect(prop(event, 'DTSTART')!.params).toEqual({ VALUE: 'DATE' });
			expect(prop(event, 'DTSTART')!.value).toMatch(/^\d{8}$/);
			expect(Number(prop(event, 'DTEND')!.value)).toBeGreaterThan(Number(prop(event, 'DTSTART')!.value));
			expect(prop(event, 'DTSTAMP')!.value).toBe('20261206T083000Z');
			expect(prop(event, 'SUMMARY')).toBeDefined();
		}
		const uids = events.map((e) => prop(e, 'UID')!.value);
		expect(new Set(uids).size).toBe(uids.length);
		expect(uids).toContain('eu-batteries/applies-from/2027-02-18@playbook.example');
		const annual = events.find((e) => prop(e, 'UID')!.value.startsWith('dac7/reporting-deadline'))!;
		expect(prop(annual, 'RRULE')!.value).toBe('FREQ=YEARLY');
	});

	test('escapes text and keeps it intact through folding', () => {
		const removal = parseICalendar(text).children.find((e) => prop(e, 'UID')!.value.startsWith('eu-batteries/applies-from/2027'))!;
		expect(unescapeText(prop(removal, 'DESCRIPTION')!.value)).toBe('Removable batteries; see Art. 11, "portable"\nhttps://eur-lex.europa.eu/eu-batteries');
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
	});

	test('folds at 75 octets without splitting a UTF-8 character', () => {
		const line = `SUMMARY:${'欧盟电池法规'.repeat(10)}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(1);
		for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
		expect(foldLine('SHORT:x')).toBe('SHORT:x');
	});
});

describe('Atom feed', () => {
	const words = { ...feedStrings('en'), format };
	const entries = editionEntries(
		{
			version: '0.1.0-abc',
			counts: { strategies: 5, risks: 15, checklists: 13, items: 236, regulations: 2 },
			regulations: [
				{ id: 'eu-batteries', name: 'EU Batteries <Regulation> & co', asOf: '2026-11-25', requires: 'Register', page: 'https://playbook.example/en/risks/product-compliance/#eu-batteries' },
				{ id: 'dac7', name: 'DAC7', asOf: '2026-12-01', requires: 'Report', page: 'https://playbook.example/en/risks/environmental-claims-epr/#dac7' },
			],
			home: 'https://playbook.example/en/',
			authority: 'playbook.example',
		},
		words
	);
	const xml = toAtomFeed({
		id: 'tag:playbook.example,2026:feed/en', title: 'Changes', lang: 'en', selfUrl: 'https://playbook.example/en/feed.xml',
		siteUrl: 'https://playbook.example/en/', author: 'Editors', entries,
	});

	test('is well-formed Atom with ids, updated dates and links, newest first', () => {
		const feed = parseXml(xml);
		expect(feed.name).toBe('feed');
		expect(feed.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
		expect(child(feed, 'id')!.text).toBe('tag:playbook.example,2026:feed/en');
		expect(child(feed, 'updated')!.text).toBe('2026-12-01T00:00:00Z');
		expect(childrenNamed(feed, 'link').map((l) => l.attrs.rel)).toEqual(['self', 'alternate']);
		const list = childrenNamed(feed, 'entry');
		expect(list).toHaveLength(3);
		for (const entry of list) {
			expect(child(entry, 'id')!.text).toMatch(/^tag:playbook\.example,2026:/);
			expect(child(entry, 'updated')!.text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
			expect(child(entry, 'link')!.attrs.href).toMatch(/^https:\/\/playbook\.example\/en\//);
			expect(child(entry, 'title')!.text.length).toBeGreaterThan(0);
		}
		expect(list.map((e) => child(e, 'updated')!.text)).toEqual(['2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', '2026-11-25T00:00:00Z']);
		expect(child(list[2], 'title')!.text).toBe('Regulation checked: EU Batteries <Regulation> & co');
		expect(child(list.find((e) => child(e, 'category')!.attrs.term === 'edition')!, 'summary')!.text).toBe(
			'This edition holds 5 strategies, 15 risks, 13 checklists (236 items) and 2 regulations, checked to 2026-12-01.'
		);
	});

	test('a re-checked regulation gets a new entry id, so readers show it as new', () => {
		const ids = entries.map((e) => e.id);
		expect(ids).toContain('tag:playbook.example,2026:regulation/eu-batteries/2026-11-25');
		expect(ids).toContain('tag:playbook.example,2026:edition/0.1.0-abc');
	});

	test('the test parser rejects what is not well-formed', () => {
		expect(() => parseXml('<feed><entry></feed>')).toThrow('</feed> closes <entry>');
		expect(() => parseXml('<feed>a & b</feed>')).toThrow();
		expect(() => parseICalendar('BEGIN:VCALENDAR\nEND:VCALENDAR\n')).toThrow('CRLF');
	});
});

export type { CalendarEvent };
