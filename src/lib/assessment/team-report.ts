/** The team comparison as files: CSV (every row shown) and Markdown workshop minutes. Labels come from the caller. */
import { toCsv, type CsvColumn } from './csv';
import { escapeMarkdown } from './markdown';
import type { AnswerValue } from './state';
import { DISCUSS_THRESHOLD, type ItemSpread, type MemberAnswer } from './team';

export interface TeamReportLabels {
	item: string;
	checklist: string;
	weight: string;
	disagreement: string;
	unanswered: string;
	note: string;
	naReason: string;
	participants: string;
	discuss: string;
	noDiscuss: string;
	notes: string;
	agreed: string;
	agreedBy: string;
	otherVersion: string;
	/** Level and answer words: 0–3, na, unknown, and '' for unanswered. */
	answer: (value: AnswerValue | undefined) => string;
}

export interface TeamReportInput {
	title: string;
	subtitle: string;
	/** Column labels (already told apart: see memberLabels). */
	members: readonly string[];
	/** Per member: the playbook version when it differs from the site's, else undefined. */
	versions: readonly (string | undefined)[];
	rows: readonly ItemSpread[];
	itemTitles: Record<string, string>;
	checklistTitles: Record<string, string>;
	/** Item id → the agreed answer recorded in facilitator mode, with who agreed. */
	agreed?: Record<string, { value: AnswerValue; by?: string }>;
	labels: TeamReportLabels;
}

/** "N/A — we only sell clothes" or the note: what a person wrote to explain an answer. */
function comment(answer: MemberAnswer): string {
	return [answer.naReason, answer.note].filter(Boolean).join(' — ');
}

export function teamCsv(input: TeamReportInput): string {
	const { labels } = input;
	const columns: CsvColumn<ItemSpread>[] = [
		{ label: 'ID', value: (r) => r.itemId },
		{ label: labels.checklist, value: (r) => input.checklistTitles[r.checklistId] ?? r.checklistId },
		{ label: labels.item, value: (r) => input.itemTitles[r.itemId] ?? r.itemId },
		{ label: labels.weight, value: (r) => r.weight },
		{ label: labels.disagreement, value: (r) => r.disagreement },
		{ label: labels.unanswered, value: (r) => r.unanswered },
		...input.members.flatMap((name, m): CsvColumn<ItemSpread>[] => [
			{ label: name, value: (r) => labels.answer(r.answers[m].value) },
			{ label: `${name}: ${labels.note}`, value: (r) => comment(r.answers[m]) },
		]),
		...(input.agreed && Object.keys(input.agreed).length ? [{ label: labels.agreed, value: (r: ItemSpread) => (input.agreed![r.itemId] ? labels.answer(input.agreed![r.itemId].value) : '') }] : []),
	];
	return toCsv(input.rows, columns);
}

const cell = (text: string) => escapeMarkdown(text) || '—';
const tableRow = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The workshop minutes: who took part, the items to discuss with everyone's answers and notes, what was agreed. */
export function teamMinutes(input: TeamReportInput): string {
	const { labels } = input;
	const out: string[] = [`# ${escapeMarkdown(input.title)}`, '', escapeMarkdown(input.subtitle), '', `## ${escapeMarkdown(labels.participants)}`, ''];
	input.members.forEach((name, m) => {
		const version = input.versions[m];
		out.push(`- ${escapeMarkdown(name)}${version ? ` (${escapeMarkdown(labels.otherVersion)}: ${escapeMarkdown(version)})` : ''}`);
	});
	const discuss = input.rows.filter((r) => r.disagreement >= DISCUSS_THRESHOLD);
	out.push('', `## ${escapeMarkdown(labels.discuss)}`, '');
	if (discuss.length === 0) out.push(escapeMarkdown(labels.noDiscuss));
	else {
		const header = [labels.item, labels.checklist, labels.weight, labels.disagreement, ...input.members].map(cell);
		out.push(tableRow(header), tableRow(header.map(() => '---')));
		for (const r of discuss) {
			out.push(
				tableRow([
					cell(input.itemTitles[r.itemId] ?? r.itemId),
					cell(input.checklistTitles[r.checklistId] ?? r.checklistId),
					String(r.weight),
					String(r.disagreement),
					...r.answers.map((a) => cell(labels.answer(a.value))),
				])
			);
		}
		const noted = discuss.filter((r) => r.answers.some((a) => comment(a)));
		if (noted.length) {
			out.push('', `### ${escapeMarkdown(labels.notes)}`);
			for (const r of noted) {
				out.push('', `**${escapeMarkdown(input.itemTitles[r.itemId] ?? r.itemId)}**`, '');
				r.answers.forEach((a, m) => {
					if (comment(a)) out.push(`- ${escapeMarkdown(input.members[m])}: ${escapeMarkdown(comment(a))}`);
				});
			}
		}
	}
	const agreed = Object.entries(input.agreed ?? {});
	if (agreed.length) {
		out.push('', `## ${escapeMarkdown(labels.agreed)}`, '');
		const header = [labels.item, labels.agreed, labels.agreedBy].map(cell);
		out.push(tableRow(header), tableRow(header.map(() => '---')));
		for (const [id, a] of agreed) out.push(tableRow([cell(input.itemTitles[id] ?? id), cell(labels.answer(a.value)), cell(a.by ?? '')]));
	}
	return out.join('\n') + '\n';
}
