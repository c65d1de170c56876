/**
 * The team comparison island: reads several exported files and share links, then lists every item with
 * each person's answer, note and N/A reason, biggest disagreements first (src/lib/assessment/team.ts);
 * filters, CSV and Markdown minutes, print, and the hand-over to facilitator mode.
 * The codecs (files, links) and the minutes' writers load when first used: a visit that shows the team
 * kept from earlier needs neither.
 */
import { DISCUSS_THRESHOLD, filterRows, memberLabels, memberName, teamSpread, type ItemSpread, type Member, type TeamFilter } from '../lib/assessment/team';
import type { TeamReportInput } from '../lib/assessment/team-report';
import { decodeTeam, encodeTeam, teamKey } from '../lib/assessment/team-session';
import { agreedKey, decodeAgreed } from '../lib/assessment/agreed';
import { shareFragment } from '../lib/assessment/share-link';
import type { AnswerValue } from '../lib/assessment/state';
import { describeImportError } from '../i18n/import-messages';
import { download, enableStartedControls, h, notice } from './assessment/dom';
import { startData } from './assessment/page-data';
import { readTitles } from './assessment/page-titles';
import { browserStorage, translator } from './assessment/browser';

const today = () => new Date().toISOString().slice(0, 10);

class TeamIsland extends HTMLElement {
	async connectedCallback() {
		const $ = <E extends Element = HTMLElement>(selector: string) => this.querySelector<E>(selector)!;
		const data = await startData($('[data-notices]'), { readTitles });
		if (!data) return;
		const { model } = data;
		const titles = data.titles!;
		const t = translator(data.strings);
		const label = (value: AnswerValue | undefined) => (value === undefined ? t('team.unansweredMark') : t(`level.${value}` as 'level.0'));
		const storage = browserStorage();
		const key = teamKey(data.storageKey);
		let members: Member[] = [];
		let rows: ItemSpread[] = [];

		const checklistSelect = $<HTMLSelectElement>('[data-filter-checklist]');
		for (const checklist of model.checklists) checklistSelect.append(h('option', { value: checklist.id }, titles.checklists[checklist.id] ?? checklist.id));

		const filter = (): TeamFilter => ({
			sort: $<HTMLSelectElement>('[data-sort]').value === 'page' ? 'page' : 'disagreement',
			weight3: $<HTMLInputElement>('[data-filter-weight3]').checked,
			checklistId: checklistSelect.value || undefined,
			unansweredBySomeone: $<HTMLInputElement>('[data-filter-unanswered]').checked,
		});
		const labels = () => memberLabels(members.map((m) => m.name));

		const answerCell = (row: ItemSpread, m: number) => {
			const a = row.answers[m];
			const td = h('td', { 'data-value': a.value === undefined ? '' : String(a.value) }, h('span', { class: 'pb-team-answer' }, label(a.value)));
			if (a.naReason) td.append(h('p', { class: 'pb-team-comment' }, h('span', { class: 'sr-only' }, `${t('team.naReason')}: `), a.naReason));
			if (a.note) td.append(h('p', { class: 'pb-team-comment' }, h('span', { class: 'sr-only' }, `${t('team.note')}: `), a.note));
			return td;
		};

		const renderTable = () => {
			const output = $('[data-result]');
			const shown = filterRows(model, rows, filter());
			const names = labels();
			const head = h('tr', {},
				h('th', { scope: 'col', class: 'pb-sticky' }, t('team.item')),
				h('th', { scope: 'col' }, h('abbr', { title: t('team.disagreementHelp') }, t('team.disagreement'))),
				h('th', { scope: 'col' }, t('team.unansweredCol')),
				...names.map((name, m) => h('th', { scope: 'col', 'data-member': m }, name, members[m].state.playbookVersion !== model.version ? h('small', { class: 'pb-team-version' }, ` (${t('team.otherVersionShort')})`) : ''))
			);
			const body = h('tbody');
			for (const row of shown) {
				const item = model.items.find((i) => i.id === row.itemId)!;
				const risks = item.mitigates.map((id) => h('a', { href: titles.riskLinks[id] ?? '#' }, titles.risks[id] ?? id));
				const riskList = h('span', { class: 'pb-team-risks' }, `${t('team.risks')}: `);
				risks.forEach((link, i) => riskList.append(...(i ? [', ', link] : [link])));
				body.append(
					h('tr', { 'data-item': row.itemId, 'data-disagreement': row.disagreement, 'data-discuss': row.disagreement >= DISCUSS_THRESHOLD },
						h('th', { scope: 'row', class: 'pb-sticky' },
							h('a', { href: titles.itemLinks[row.itemId] ?? '#' }, titles.items[row.itemId] ?? row.itemId),
							h('small', {}, ` · ${titles.checklists[row.checklistId] ?? row.checklistId} · ${t('team.weight')} ${row.weight}`),
							h('br'),
							riskList
						),
						h('td', { class: 'pb-team-score' }, String(row.disagreement)),
						h('td', {}, String(row.unanswered)),
						...row.answers.map((_, m) => answerCell(row, m))
					)
				);
			}
			const summary = t('team.summary', {
				count: members.length,
				disagree: rows.filter((r) => r.disagreement >= DISCUSS_THRESHOLD).length,
				unanswered: rows.filter((r) => r.unanswered > 0).length,
			});
			output.replaceChildren(
				h('p', { 'data-summary': true }, summary),
				h('p', {}, t('team.disagreementHelp')),
				h('p', { 'data-shown': true }, t('team.more', { shown: shown.length, total: rows.length })),
				h('div', { class: 'pb-table-wrap pb-team-wrap', tabindex: '0', role: 'region', 'aria-label': t('team.title') },
					h('table', { class: 'pb-table', id: 'pb-team' }, h('thead', {}, head), body))
			);
			return summary;
		};

		const show = async (announce: boolean) => {
			const ready = members.length >= 2;
			$('[data-team-tools]').hidden = !ready;
			if (!ready) {
				$('[data-result]').replaceChildren(h('p', {}, t('team.tooFew')));
				return;
			}
			// The comparison lists every item: all statements, fetched once there is a team to compare.
			await data.loadAllItemTitles();
			rows = teamSpread(model, members);
			const versions = $('[data-versions]');
			versions.replaceChildren();
			labels().forEach((name, m) => {
				const version = members[m].state.playbookVersion;
				if (version !== model.version) notice(versions, t('team.otherVersion', { name, version: version || '?', current: model.version }), 'status');
			});
			const first = rows[0];
			const facilitate = $<HTMLAnchorElement>('[data-facilitate]');
			facilitate.href = `${facilitate.href.split('?')[0].split('#')[0]}?checklist=${encodeURIComponent(first.checklistId)}#${encodeURIComponent(first.itemId)}`;
			const summary = renderTable();
			if (announce) $('[data-live]').textContent = summary;
		};

		const reportInput = (): TeamReportInput => {
			const names = labels();
			return {
				title: t('team.minutesTitle'),
				subtitle: `${today()} · ${model.version}`,
				members: names,
				versions: members.map((m) => (m.state.playbookVersion !== model.version ? m.state.playbookVersion || '?' : undefined)),
				rows: filterRows(model, rows, filter()),
				itemTitles: titles.items,
				checklistTitles: titles.checklists,
				// Agreed in facilitator mode (in this browser): the minutes record them.
				agreed: (() => {
					try {
						return decodeAgreed(storage?.getItem(agreedKey(data.storageKey)) ?? null);
					} catch {
						return {};
					}
				})(),
				labels: {
					item: t('team.item'), checklist: t('team.checklist'), weight: t('team.weight'), disagreement: t('team.disagreement'),
					unanswered: t('team.unansweredCol'), note: t('team.note'), naReason: t('team.naReason'), participants: t('team.participants'),
					discuss: t('team.discuss'), noDiscuss: t('team.noDiscuss'), notes: t('team.notes'), agreed: t('team.agreed'),
					agreedBy: t('team.agreedBy'), otherVersion: t('team.otherVersionShort'),
					answer: (value) => (value === undefined ? '' : t(`level.${value}` as 'level.0')),
				},
			};
		};

		$('[data-action="compare"]').addEventListener('click', async () => {
			const notices = $('[data-notices]');
			notices.replaceChildren();
			const loaded: Member[] = [];
			const [{ checkImportSize, parseImport }, { decodeShare }] = await Promise.all([import('../lib/assessment/json-codec'), import('../lib/assessment/share-codec')]);
			const fail = (name: string, message: string) => notice(notices, t('team.failed', { name, message }), 'alert');
			for (const file of $<HTMLInputElement>('[data-files]').files ?? []) {
				const result = checkImportSize(file.size) ?? parseImport(await file.text(), model);
				if (result.ok) loaded.push({ name: memberName(result.state, file.name.replace(/\.json$/i, '')), state: result.state });
				else fail(file.name, describeImportError(data.strings, result.error, 'file', document.documentElement.lang));
			}
			const links = $<HTMLTextAreaElement>('[data-links]').value.split('\n').map((line) => line.trim()).filter(Boolean);
			for (const [index, link] of links.entries()) {
				const fallback = t('team.linkName', { n: index + 1 });
				// A whole link, or only its encoded part.
				const fragment = shareFragment(link) ?? link;
				const result = await decodeShare(fragment, model);
				if (result.ok) loaded.push({ name: memberName(result.state, fallback), state: result.state });
				else fail(fallback, describeImportError(data.strings, result.error, 'link', document.documentElement.lang));
			}
			members = loaded;
			try {
				if (members.length >= 2) storage?.setItem(key, encodeTeam(members));
			} catch {
				// Facilitator mode then shows the items without the team's answers; the comparison still works.
			}
			await show(true);
		});

		for (const control of this.querySelectorAll('[data-team-tools] select, [data-team-tools] input')) {
			control.addEventListener('change', () => {
				$('[data-live]').textContent = renderTable() && t('team.more', { shown: filterRows(model, rows, filter()).length, total: rows.length });
			});
		}

		this.addEventListener('click', async (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			if (action === 'team-csv' || action === 'team-md') {
				const { teamCsv, teamMinutes } = await import('../lib/assessment/team-report');
				if (action === 'team-csv') download(`playbook-team-${today()}.csv`, teamCsv(reportInput()), 'text/csv;charset=utf-8');
				else download(`playbook-team-minutes-${today()}.md`, teamMinutes(reportInput()), 'text/markdown;charset=utf-8');
			} else if (action === 'team-print') window.print();
		});

		enableStartedControls(this);
		// The team loaded earlier in this browser comes back, so a reload during a workshop loses nothing.
		try {
			members = decodeTeam(storage?.getItem(key) ?? null);
		} catch {
			members = [];
		}
		if (members.length >= 2) await show(false);
	}
}

customElements.define('pb-team', TeamIsland);
