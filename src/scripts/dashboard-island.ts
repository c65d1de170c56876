/**
 * The assessment overview island: scores and radar, the risk matrix, the action plan with editable
 * owners and due dates, snapshots, export/import and share links. It wires the view modules in
 * `assessment/overview/` to the shared session; each view rebuilds only when what it shows changed.
 */
import { exportJson } from '../lib/assessment/json-codec';
import { markExported, respondentLabel, respondentSlug, setRespondent, type AnswerValue } from '../lib/assessment/state';
import { download } from './assessment/dom';
import { loadPageData } from './assessment/page-data';
import { openSession } from './assessment/session';
import { actionsView } from './assessment/overview/actions';
import { today, type OverviewContext } from './assessment/overview/context';
import { actionPlanCsvFile, markdownReportFile } from './assessment/overview/exports';
import { importView } from './assessment/overview/import-preview';
import { matrixView } from './assessment/overview/matrix';
import { scoresView } from './assessment/overview/scores';
import { sharedView } from './assessment/overview/shared';
import { shareView } from './assessment/overview/share';
import { snapshotsView } from './assessment/overview/snapshots';
import { mirrorForPrint } from './assessment/print-values';

class DashboardIsland extends HTMLElement {
	async connectedCallback() {
		const $ = <E extends Element = HTMLElement>(selector: string) => this.querySelector<E>(selector)!;
		const notices = $('[data-notices]');
		const session = openSession(notices, await loadPageData());
		const { data, t } = session;
		const titles = data.titles!;
		const ctx: OverviewContext = {
			session,
			model: data.model,
			titles,
			t,
			$,
			notices,
			live: $('[data-live]'),
			levelLabel: (value: AnswerValue | undefined) => (value === undefined ? t('dash.empty') : t(`level.${value}` as 'level.0')),
			dateLabel: (ms: number) => new Date(ms).toLocaleDateString(titles.lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium' }),
		};

		const scores = scoresView(ctx);
		const matrix = matrixView(ctx);
		const actions = actionsView(ctx);
		const snapshots = snapshotsView(ctx);
		const shared = sharedView(ctx, { snapshot: (label) => snapshots.take(label), rerender: () => render() });
		const share = shareView(ctx);
		// Who answered: edited in place, saved on every change like an answer's note.
		const whoName = $<HTMLInputElement>('[data-who-name]');
		const whoRole = $<HTMLInputElement>('[data-who-role]');
		const renderWho = () => {
			const who = session.state.respondent;
			if (document.activeElement !== whoName) whoName.value = who?.name ?? '';
			if (document.activeElement !== whoRole) whoRole.value = who?.role ?? '';
			whoName.readOnly = whoRole.readOnly = session.readOnly;
		};
		for (const [input, field] of [[whoName, 'name'], [whoRole, 'role']] as const) {
			input.addEventListener('input', () => session.update(setRespondent(session.state, { [field]: input.value }), new Set(), 'later'));
			input.addEventListener('change', () => {
				session.flush();
				const who = respondentLabel(session.state.respondent);
				if (who) ctx.live.textContent = t('who.saved', { who });
			});
		}
		/** "playbook-assessment-li-wei-2026-12-06.json": the name tells a team's files apart. */
		const fileName = (kind: string, ext: string) => [`playbook-${kind}`, respondentSlug(session.state.respondent), today()].filter(Boolean).join('-') + ext;
		const printValues = mirrorForPrint(this, '[data-who-name], [data-who-role], [data-profile]');
		const renderExport = () => {
			const last = session.state.lastExportedAt;
			$('[data-last-export]').textContent = last ? t('dash.lastExport', { date: ctx.dateLabel(last) }) : t('dash.neverExported');
		};

		function render() {
			const view = shared.state ?? session.state;
			shared.render();
			scores(view);
			matrix(view);
			actions(view, shared.state !== undefined || session.readOnly);
			snapshots.render();
			renderExport();
			renderWho();
			printValues();
		}
		importView(ctx, render);
		session.subscribe(() => render());

		this.addEventListener('click', async (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
			const now = Date.now();
			const { model } = ctx;
			if (action === 'export-json') {
				download(fileName('assessment', '.json'), exportJson(session.state, now, model), 'application/json');
				session.update(markExported(session.state, now), new Set(), 'now');
			} else if (action === 'export-csv') {
				download(fileName('action-plan', '.csv'), actionPlanCsvFile(model, session.state, t, titles), 'text/csv;charset=utf-8');
			} else if (action === 'export-md') {
				download(fileName('report', '.md'), markdownReportFile(model, session.state, t, titles, today()), 'text/markdown;charset=utf-8');
			} else if (action === 'print') {
				window.print();
			} else if (action === 'snapshot') {
				const input = $<HTMLInputElement>('[data-snapshot-label]');
				snapshots.take(input.value.trim() || undefined);
				input.value = '';
				ctx.live.textContent = t('dash.snapshotTaken');
			} else if (action === 'share') {
				await share.make();
			} else if (action === 'copy-share') {
				await share.copy();
			}
		});

		$('[data-profile]').addEventListener('change', () => scores(shared.state ?? session.state));
		for (const radio of this.querySelectorAll('input[name="pb-matrix-view"]')) radio.addEventListener('change', () => matrix(shared.state ?? session.state));
		window.addEventListener('hashchange', async () => {
			await shared.open();
			render();
		});

		await shared.open();
		render();
	}
}

customElements.define('pb-dashboard', DashboardIsland);
