/**
 * Facilitator mode: one checklist item at a time in large type, the team's answers (as loaded on the team
 * page), keyboard next/prev, an agreed answer recorded into this browser's assessment through the shared
 * session, a timer per checklist and a QR code that opens the same item on a phone (its encoder loads
 * when the first code is drawn, so the page's first load does not wait for it).
 */
import { agreedKey, decodeAgreed, encodeAgreed, recordAgreement } from '../lib/assessment/agreed';
import type { AnswerValue } from '../lib/assessment/state';
import { disagreement, memberLabels } from '../lib/assessment/team';
import { decodeTeam, teamKey } from '../lib/assessment/team-session';
import { enableStartedControls, h } from './assessment/dom';
import { startData } from './assessment/page-data';
import { readTitles } from './assessment/page-titles';
import { browserStorage, openSession } from './assessment/session';

const clock = (ms: number) => {
	const s = Math.floor(ms / 1000);
	return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

class FacilitatorIsland extends HTMLElement {
	async connectedCallback() {
		const $ = <E extends Element = HTMLElement>(selector: string) => this.querySelector<E>(selector)!;
		const data = await startData($('[data-notices]'), { readTitles });
		if (!data) return;
		const session = await openSession($('[data-notices]'), data);
		const { t } = session;
		const { model } = data;
		const titles = data.titles!;
		const storage = browserStorage();
		const read = (key: string) => {
			try {
				return storage?.getItem(key) ?? null;
			} catch {
				return null;
			}
		};
		const team = decodeTeam(read(teamKey(data.storageKey)));
		const names = memberLabels(team.map((m) => m.name));
		const label = (value: AnswerValue | undefined) => (value === undefined ? t('team.unansweredMark') : t(`level.${value}` as 'level.0'));

		const params = new URLSearchParams(location.search);
		const select = $<HTMLSelectElement>('[data-checklist]');
		for (const c of model.checklists) select.append(h('option', { value: c.id }, titles.checklists[c.id] ?? c.id));
		const wanted = params.get('checklist');
		select.value = model.checklists.some((c) => c.id === wanted) ? wanted! : model.checklists[0].id;
		let items: string[] = [];
		let index = 0;

		// One timer per checklist (a training module works through one), kept while the page is open.
		const timers = new Map<string, { elapsed: number; startedAt?: number }>();
		const timer = () => timers.get(select.value) ?? timers.set(select.value, { elapsed: 0 }).get(select.value)!;
		const elapsed = () => timer().elapsed + (timer().startedAt === undefined ? 0 : Date.now() - timer().startedAt!);
		const renderTimer = () => {
			$('[data-timer]').textContent = clock(elapsed());
			$('[data-action="timer"]').textContent = timer().startedAt === undefined ? t('fac.timerStart') : t('fac.timerPause');
		};
		setInterval(renderTimer, 1000);

		// The latest item wins: a code finished for an item already left is not drawn.
		let qrFor = '';
		const drawQr = async (href: string) => {
			qrFor = href;
			const { renderSVG } = await import('uqr');
			if (qrFor !== href) return;
			const box = $('[data-qr]');
			box.innerHTML = renderSVG(href, { border: 2 });
			const code = box.querySelector('svg')!;
			code.setAttribute('role', 'img');
			code.setAttribute('aria-label', `${t('fac.qr')}: ${href}`);
		};

		const render = (announce: boolean) => {
			const id = items[index];
			const item = model.items.find((i) => i.id === id)!;
			$('[data-position]').textContent = `${titles.checklists[item.checklistId] ?? ''} · ${t('fac.position', { n: index + 1, total: items.length })}`;
			$('[data-item-title]').textContent = titles.items[id] ?? id;
			const href = new URL(titles.itemLinks[id] ?? '#', location.href).href;
			$<HTMLAnchorElement>('[data-open]').href = href;
			$<HTMLAnchorElement>('[data-back-checklist]').href = titles.checklistLinks[item.checklistId] ?? $<HTMLAnchorElement>('[data-back-checklist]').href;
			void drawQr(href);
			const teamBox = $('[data-team]');
			if (team.length === 0) teamBox.replaceChildren(h('p', {}, t('fac.noTeam')));
			else {
				const answers = team.map((m) => (Object.hasOwn(m.state.answers, id) ? m.state.answers[id] : undefined));
				teamBox.replaceChildren(
					h('p', { 'data-disagreement': true }, `${t('team.disagreement')}: ${disagreement(answers.map((a) => a?.value))}`),
					h('ul', { class: 'pb-fac-team' }, ...answers.map((a, m) =>
						h('li', {}, h('strong', {}, names[m]), `: ${label(a?.value)}`, a?.naReason ? ` — ${a.naReason}` : '', a?.note ? h('p', { class: 'pb-team-comment' }, a.note) : '')))
				);
			}
			const own = Object.hasOwn(session.state.answers, id) ? session.state.answers[id] : undefined;
			for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="pb-fac-value"]')) radio.checked = own?.value !== undefined && radio.value === String(own.value);
			const agreed = decodeAgreed(read(agreedKey(data.storageKey)))[id];
			$('[data-recorded]').textContent = agreed ? t('fac.recorded', { answer: label(agreed.value), by: agreed.by ?? t('fac.nobody') }) : '';
			history.replaceState(null, '', `?checklist=${encodeURIComponent(select.value)}#${encodeURIComponent(id)}`);
			renderTimer();
			if (announce) $('[data-live]').textContent = `${t('fac.position', { n: index + 1, total: items.length })}: ${titles.items[id] ?? id}`;
		};

		const openChecklist = (itemId?: string) => {
			items = model.checklists.find((c) => c.id === select.value)!.sections.flatMap((s) => s.items);
			index = Math.max(0, itemId ? items.indexOf(itemId) : 0);
			if (itemId && !items.includes(itemId)) $('[data-live]').textContent = t('fac.unknownItem');
			// The statements of this checklist's items (one small file per section and language).
			return data.loadItemTitles(items);
		};
		const move = (step: number) => {
			index = Math.min(items.length - 1, Math.max(0, index + step));
			render(true);
		};

		select.addEventListener('change', async () => {
			await openChecklist();
			render(true);
		});
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			if (action === 'prev') move(-1);
			else if (action === 'next') move(1);
			else if (action === 'timer') {
				const current = timer();
				if (current.startedAt === undefined) current.startedAt = Date.now();
				else {
					current.elapsed += Date.now() - current.startedAt;
					delete current.startedAt;
				}
				renderTimer();
			} else if (action === 'timer-reset') {
				timers.set(select.value, { elapsed: 0 });
				renderTimer();
			} else if (action === 'record') record();
			else if (action === 'fullscreen') toggleFullscreen();
		});
		// Full screen for the projector: only this view, no browser or site chrome; Esc or the button leaves it.
		const fullscreen = $<HTMLButtonElement>('[data-action="fullscreen"]');
		fullscreen.hidden = !document.fullscreenEnabled;
		const renderFullscreen = () => {
			fullscreen.textContent = document.fullscreenElement === this ? t('fac.exitFullscreen') : t('fac.fullscreen');
		};
		document.addEventListener('fullscreenchange', renderFullscreen);
		const toggleFullscreen = () => {
			if (document.fullscreenElement) void document.exitFullscreen();
			else void this.requestFullscreen().catch(() => undefined);
		};

		// Arrow keys move between items unless the focus is in a field that uses them.
		document.addEventListener('keydown', (event) => {
			if (event.altKey || event.ctrlKey || event.metaKey) return;
			if ((event.target as HTMLElement).closest('input, select, textarea')) return;
			// Presentation clickers send PageDown / PageUp.
			if (event.key === 'ArrowRight' || event.key === 'PageDown') move(1);
			else if (event.key === 'ArrowLeft' || event.key === 'PageUp') move(-1);
			else return;
			event.preventDefault();
		});

		const record = () => {
			const checked = this.querySelector<HTMLInputElement>('input[name="pb-fac-value"]:checked');
			if (!checked) return;
			const value = (['na', 'unknown'].includes(checked.value) ? checked.value : Number(checked.value)) as AnswerValue;
			const by = $<HTMLInputElement>('[data-by]').value.trim();
			const now = Date.now();
			const id = items[index];
			const line = t('fac.agreedNote', { by: by || t('fac.nobody'), date: new Date(now).toISOString().slice(0, 10) });
			session.update(recordAgreement(session.state, id, value, line, now, model), new Set([id]), 'now');
			const log = decodeAgreed(read(agreedKey(data.storageKey)));
			log[id] = { value, at: now, ...(by ? { by } : {}) };
			try {
				storage?.setItem(agreedKey(data.storageKey), encodeAgreed(log));
			} catch {
				// The answer itself is saved through the session (which reports a failed save); only the minutes' log is lost.
			}
			const text = t('fac.recorded', { answer: label(value), by: by || t('fac.nobody') });
			$('[data-recorded]').textContent = text;
			$('[data-live]').textContent = text;
		};

		// `?item=` (links in content, which the link checker can verify) or `#item` (links made at runtime).
		// A link to another item of this page (only the #item changes) moves there without a reload.
		window.addEventListener('hashchange', async () => {
			const id = decodeURIComponent(location.hash.slice(1));
			const item = model.items.find((i) => i.id === id);
			if (!item || id === items[index]) return;
			select.value = item.checklistId;
			await openChecklist(id);
			render(true);
		});
		await openChecklist(params.get('item') || decodeURIComponent(location.hash.slice(1)) || undefined);
		render(false);
		enableStartedControls(this);
	}
}

customElements.define('pb-facilitator', FacilitatorIsland);
