/**
 * The calendar island: filters the server-rendered events by the saved seller profile (through the shared
 * session) or by market and category (the engine run over a profile that sells everything there), moves
 * events between "upcoming" and "past" by the reader's date, and downloads the filter as an .ics file made
 * with the engine's serialiser.
 */
// From their own modules (not the engine's re-exports), so the .ics code stays out of chunks other islands share.
import { evaluate, type Regulation } from '../lib/obligations/engine';
import { calendarEvents } from '../lib/obligations/calendar';
import { toICalendar } from '../lib/obligations/ical';
import { hasProfile } from '../lib/obligations/planner';
import { CATEGORIES, CHANNELS, EU_MEMBER_STATES, FULFILMENT, MARKETS, type Market, type SellerProfile } from '../lib/obligations/profile';
import { plannerTranslator } from '../i18n/planner';
import { download } from './assessment/dom';
import { startData } from './assessment/page-data';
import { openSession } from './assessment/session';
import type { PlannerAsset } from '../utils/planner-data';

const today = () => new Date().toISOString().slice(0, 10);

/** A seller who sells everything, every way, in `markets`: what could apply there (optional fields unsaid). */
export function reachProfile(market: string, category: string): SellerProfile {
	const markets = (market === 'eu' ? [...EU_MEMBER_STATES] : market ? [market] : [...MARKETS]) as Market[];
	return {
		markets,
		channels: [...CHANNELS],
		categories: category ? [category as SellerProfile['categories'][number]] : [...CATEGORIES],
		fulfilment: [...FULFILMENT],
	};
}

function applying(profile: SellerProfile, regulations: readonly Regulation[]): Set<string> {
	return new Set(evaluate(profile, regulations, { today: today() }).applies.map((o) => o.regulation));
}

class CalendarIsland extends HTMLElement {
	async connectedCallback() {
		const data = await startData(this.querySelector('[data-notices]')!);
		if (!data) return;
		const session = await openSession(this.querySelector('[data-notices]')!, data);
		const asset: PlannerAsset = await (await fetch(data.plannerUrl!, { cache: 'force-cache' })).json();
		const tp = plannerTranslator(asset.words);
		const byProfile = this.querySelector<HTMLInputElement>('[data-filter-profile]')!;
		const market = this.querySelector<HTMLSelectElement>('[data-filter-market]')!;
		const category = this.querySelector<HTMLSelectElement>('[data-filter-category]')!;
		const ics = this.querySelector<HTMLButtonElement>('[data-action="ics"]')!;
		const tables = {
			upcoming: this.querySelector<HTMLElement>('#cal-upcoming tbody')!,
			past: this.querySelector<HTMLElement>('#cal-past tbody')!,
		};
		const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-reg]')];
		let allowed = new Set(asset.regulations.map((r) => r.id));

		// Filters live in the query string, so a filtered calendar is a link one can share.
		const params = new URLSearchParams(location.search);
		byProfile.checked = params.get('profile') === '1';
		market.value = params.get('market') ?? '';
		category.value = params.get('category') ?? '';

		const render = () => {
			const seller = session.state.seller;
			this.querySelector<HTMLElement>('[data-no-profile]')!.hidden = hasProfile(seller);
			allowed = new Set(asset.regulations.map((r) => r.id));
			const narrow = (ids: Set<string>) => (allowed = new Set([...allowed].filter((id) => ids.has(id))));
			if (byProfile.checked) narrow(hasProfile(seller) ? applying(seller, asset.regulations) : new Set());
			if (market.value || category.value) narrow(applying(reachProfile(market.value, category.value), asset.regulations));
			const day = today();
			let shown = 0;
			for (const row of rows) {
				const upcoming = row.dataset.annual !== undefined || row.dataset.date! >= day;
				const target = upcoming ? tables.upcoming : tables.past;
				if (row.parentElement !== target) {
					// Keep date order: upcoming ascending, past as rendered (ascending too).
					const after = [...target.children].find((other) => (other as HTMLElement).dataset.date! > row.dataset.date!);
					target.insertBefore(row, after ?? null);
				}
				row.hidden = !allowed.has(row.dataset.reg!);
				if (!row.hidden) shown++;
			}
			for (const [id, body] of Object.entries(tables)) {
				this.querySelector<HTMLElement>(`[data-empty="${id}"]`)!.hidden = [...body.children].some((row) => !(row as HTMLElement).hidden);
			}
			this.querySelector('[data-count]')!.textContent = tp('cal.count', { count: shown });
			ics.textContent = tp('cal.ics', { count: shown });
			ics.hidden = false;
			ics.disabled = shown === 0;
		};

		this.querySelector('[data-filters]')!.addEventListener('change', () => {
			const next = new URLSearchParams();
			if (byProfile.checked) next.set('profile', '1');
			if (market.value) next.set('market', market.value);
			if (category.value) next.set('category', category.value);
			history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}${location.hash}`);
			render();
		});
		this.querySelector('[data-filters]')!.addEventListener('submit', (event) => event.preventDefault());
		ics.addEventListener('click', () => {
			const events = calendarEvents(asset.regulations, { regulations: [...allowed] });
			const text = toICalendar(events, {
				prodId: '-//Cross-border playbook//Regulatory calendar//' + (document.documentElement.lang || 'en').toUpperCase(),
				name: tp('cal.calendarName'),
				stamp: new Date().toISOString(),
				uidDomain: location.hostname || 'playbook.local',
				summary: (event) => `${event.title}: ${tp(`kind.${event.kind}`)}`,
			});
			download('regulatory-calendar.ics', text, 'text/calendar');
		});
		session.subscribe(render);
		render();
	}
}

customElements.define('pb-calendar', CalendarIsland);
