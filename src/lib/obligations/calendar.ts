/**
 * The regulatory calendar: every dated event of the given regulations (entry into force, application,
 * end of transition, reporting deadlines, reviews), past and upcoming, optionally narrowed to what a
 * seller profile triggers. Pure: the .ics file and the calendar page both read this list.
 */
import { datedEvents, evaluate, type CalendarEvent, type CalendarFilter, type Regulation } from './engine';

/** Whether an annual event starting on `first` has an occurrence in [from, to]. */
function annualOccursWithin(first: string, from: string | undefined, to: string | undefined): boolean {
	if (to !== undefined && first > to) return false;
	if (from === undefined || first >= from) return true;
	if (to === undefined) return true;
	const monthDay = first.slice(5);
	for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
		const date = `${year}-${monthDay}`;
		if (date >= from && date <= to) return true;
	}
	return false;
}

/** Events sorted by date, then regulation id, then kind order. */
export function calendarEvents(regulations: readonly Regulation[], filter: CalendarFilter = {}): CalendarEvent[] {
	let chosen = regulations;
	if (filter.regulations) chosen = chosen.filter((r) => filter.regulations!.includes(r.id));
	if (filter.profile) {
		const applies = new Set(evaluate(filter.profile, chosen, { today: filter.today ?? '1970-01-01' }).applies.map((o) => o.regulation));
		chosen = chosen.filter((r) => applies.has(r.id));
	}
	const events: CalendarEvent[] = [];
	for (const regulation of chosen) {
		for (const event of datedEvents(regulation.dates)) {
			if (filter.kinds && !filter.kinds.includes(event.kind)) continue;
			if (event.recurs === 'annual') {
				if (!annualOccursWithin(event.date, filter.from, filter.to)) continue;
			} else if ((filter.from && event.date < filter.from) || (filter.to && event.date > filter.to)) continue;
			events.push({
				uid: `${regulation.id}/${event.kind}/${event.date}`,
				regulation: regulation.id,
				title: regulation.name,
				kind: event.kind,
				date: event.date,
				...(event.recurs ? { recurs: event.recurs } : {}),
				...(event.label ? { label: event.label } : {}),
				jurisdiction: regulation.jurisdiction,
				url: regulation.url,
			});
		}
	}
	return events.sort((a, b) => a.date.localeCompare(b.date) || a.regulation.localeCompare(b.regulation) || a.uid.localeCompare(b.uid));
}
