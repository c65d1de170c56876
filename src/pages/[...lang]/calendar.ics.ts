/** `/calendar.ics` and `/en/calendar.ics`: every dated event of every regulation, as iCalendar. */
import type { APIRoute } from 'astro';
import { localeParams } from '../../utils/entries';
import { plainRegulationsFor } from '../../utils/regulations';
import { calendarEvents, toICalendar } from '../../lib/obligations/engine';
import { today } from '../../lib/content/stale';
import { feedStrings } from '../../i18n/feeds';
import type { LocaleFolder } from '../../i18n/locales';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props, site }) => {
	const locale = props.locale as LocaleFolder;
	const words = feedStrings(locale);
	const events = calendarEvents(await plainRegulationsFor(locale));
	const body = toICalendar(events, {
		prodId: '-//Cross-border playbook//Regulatory calendar//EN',
		name: words.calendarName,
		stamp: `${today()}T00:00:00Z`,
		uidDomain: site!.host,
		summary: (event) => `${event.title}: ${words.eventKind[event.kind]}`,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
