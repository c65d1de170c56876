/**
 * The overview's exports as files to download: the assessment (JSON, listed against the whole model),
 * the action plan (CSV) and the report (Markdown). Loaded with the first export: most visits make none.
 */
import { exportJson } from '../../../lib/assessment/json-codec';
import type { Snapshot } from '../../../lib/assessment/snapshots';
import { markExported, respondentSlug } from '../../../lib/assessment/state';
import { download } from '../dom';
import { today, type OverviewContext } from './context';
import { actionPlanCsvFile, markdownReportFile } from './exports';

/** The buttons' `data-action`s. */
export type ExportAction = 'export-json' | 'export-csv' | 'export-md';

export async function exportFile(ctx: OverviewContext, action: ExportAction, snapshots: () => Snapshot[]) {
	const { session, t, titles } = ctx;
	/** "playbook-assessment-li-wei-2026-12-06.json": the name tells a team's files apart. */
	const fileName = (kind: string, ext: string) => [`playbook-${kind}`, respondentSlug(session.state.respondent), today()].filter(Boolean).join('-') + ext;
	if (action === 'export-json') {
		const now = Date.now();
		await ctx.models.complete();
		download(fileName('assessment', '.json'), exportJson(session.state, now, ctx.model, snapshots()), 'application/json');
		session.update(markExported(session.state, now), new Set(), 'now');
		return;
	}
	// Both list items by their statements.
	await ctx.loadAllItemTitles();
	if (action === 'export-csv') download(fileName('action-plan', '.csv'), actionPlanCsvFile(ctx.model, session.state, t, titles), 'text/csv;charset=utf-8');
	else download(fileName('report', '.md'), markdownReportFile(ctx.model, session.state, t, titles, today()), 'text/markdown;charset=utf-8');
}
