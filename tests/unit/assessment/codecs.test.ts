import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { actionPlan } from '../../../src/lib/assessment/actions';
import { actionPlanCsv, csvCell, toCsv } from '../../../src/lib/assessment/csv';
import {
	applyImport,
	exportJson,
	checkImportSize,
	MAX_IMPORT_ANSWERS,
	MAX_IMPORT_BYTES,
	parseImport,
	previewImport,
} from '../../../src/lib/assessment/json-codec';
import { escapeMarkdown, markdownReport, type ReportLabels } from '../../../src/lib/assessment/markdown';
import { buildPlaybookModel, type PlaybookInput } from '../../../src/lib/assessment/model';
import {
	decodeShare,
	encodeShare,
	fromBase64Url,
	MAX_SHARE_FRAGMENT,
	toBase64Url,
	type StreamConstructor,
} from '../../../src/lib/assessment/share-codec';
import { SHARE_HASH, shareFragment } from '../../../src/lib/assessment/share-link';
import {
	clearAnswer,
	emptyState,
	setAnswer,
	type AnswerPatch,
	type AssessmentState,
} from '../../../src/lib/assessment/state';

const input: PlaybookInput = {
	checklists: [
		{
			id: 'alpha',
			sections: [
				{
					id: 's1',
					items: [
						{ id: 'a1', statement: '一', weight: 3, mitigates: ['r1'], implements: 'st1' },
						{ id: 'a2', statement: '二', weight: 1, mitigates: ['r1'] },
					],
				},
			],
		},
		{ id: 'beta', sections: [{ id: 't1', items: [{ id: 'b1', statement: '三', weight: 2, mitigates: ['r1'] }] }] },
	],
	risks: [{ id: 'r1', category: 'compliance', likelihood: 4, impact: 5 }],
	strategies: [{ id: 'st1', order: 1 }],
};
const model = buildPlaybookModel(input, '2026.11');

function stateWith(patches: Record<string, AnswerPatch>, at = 10): AssessmentState {
	return Object.entries(patches).reduce((s, [id, patch]) => setAnswer(s, id, patch, at, model), emptyState(model));
}

const sample = stateWith({
	a1: { value: 2, note: '<script>alert(1)</script> & **不是粗体**', owner: '王芳', due: '2026-12-31' },
	a2: { value: 'na', naReason: '只卖服装' },
	b1: { value: 'unknown' },
});

describe('JSON export and import', () => {
	test('export is pretty JSON with a fixed key order, and imports back exactly', () => {
		const text = exportJson(sample, 99);
		expect(text.split('\n')[1]).toBe('  "format": "cbp-assessment",');
		expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'playbookVersion', 'exportedAt', 'answers']);
		const shuffled = { ...sample, answers: Object.fromEntries(Object.entries(sample.answers).reverse()) };
		expect(exportJson(shuffled, 99)).toBe(text);
		const result = parseImport(text, model);
		expect(result.ok && result.state).toEqual(sample);
		expect(result.ok && result.state.answers.a1.note).toBe('<script>alert(1)</script> & **不是粗体**');
	});

	test('reports the playbook diff and the per-item changes against the current state', () => {
		const file = { ...stateWith({ a1: { value: 3 }, 'old-item': { value: 1 } }), playbookVersion: '2026.10-12345678' };
		file.answers.a1 = { ...file.answers.a1, textHash: 'deadbeef' };
		const current = stateWith({ a1: { value: 1 }, a2: { value: 2 } });
		const result = parseImport(exportJson(file, 1), model, { current });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// An item this playbook no longer has is not imported: it is listed instead.
		expect(result.rejected).toEqual([{ id: 'old-item', field: '', reason: 'bad-id' }]);
		expect(result.diff).toEqual({ removed: [], added: [], reworded: ['a1'], playbookVersionChanged: true });
		expect(result.changes.map((c) => [c.itemId, c.kind])).toEqual([
			['a1', 'changed'],
			['a2', 'removed'],
		]);
	});

	test('a file written by an older playbook names the items added since', () => {
		// The older playbook had no item b1; the file lists its items, so b1 shows up as added.
		const older = buildPlaybookModel({ ...input, checklists: input.checklists.slice(0, 1) }, '2026.10');
		const file = exportJson({ ...stateWith({ a1: { value: 3 } }), playbookVersion: older.version }, 1, older);
		expect(Object.keys(JSON.parse(file).playbookItems)).toEqual(['a1', 'a2']);
		const result = parseImport(file, model);
		expect(result.ok && result.diff).toEqual({ removed: [], added: ['b1'], reworded: [], playbookVersionChanged: true });
		const broken = JSON.stringify({ ...JSON.parse(file), playbookItems: { 'Not An Id': 'x' } });
		expect(parseImport(broken, model)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'playbookItems' } });
	});

	test.each([
		['not JSON', 'hello', 'not-json'],
		['JSON that is not an object', '"text"', 'wrong-format'],
		['another format', JSON.stringify({ format: 'other', version: 1 }), 'wrong-format'],
		['a future version', JSON.stringify({ ...sample, version: 4 }), 'unsupported-version'],
		['a bad exportedAt', JSON.stringify({ ...sample, exportedAt: 'yesterday' }), 'invalid'],
		['too many characters', ' '.repeat(MAX_IMPORT_BYTES + 1), 'too-large'],
		// 700 000 Chinese characters are 2.1 MB in UTF-8.
		['too many bytes', JSON.stringify({ ...sample, padding: '中'.repeat(700_000) }), 'too-large'],
		['answers that are not an object', JSON.stringify({ ...sample, answers: [] }), 'invalid'],
	])('rejects %s with an error code', (_, text, code) => {
		const result = parseImport(text, model);
		expect(result).toEqual({ ok: false, error: expect.objectContaining({ code }) });
	});

	test('states the limit when a file is too large, before and after reading it', () => {
		expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
		expect(checkImportSize(600 * 1024 * 1024)).toEqual({ ok: false, error: { code: 'too-large', limit: MAX_IMPORT_BYTES } });
		expect(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1), model)).toEqual({ ok: false, error: { code: 'too-large', limit: MAX_IMPORT_BYTES } });
		const many = Object.fromEntries(Array.from({ length: MAX_IMPORT_ANSWERS + 1 }, (_, i) => [`x${i}`, { updatedAt: 1 }]));
		expect(parseImport(JSON.stringify({ ...sample, answers: many }), model)).toMatchObject({ ok: false, error: { code: 'too-many', limit: MAX_IMPORT_ANSWERS } });
	});

	test.each([
		['a wrong value type', { value: '3', updatedAt: 1 }, 'value', 'invalid'],
		['a note that is a number', { note: 5, updatedAt: 1 }, 'note', 'invalid'],
		['a note over 2000 UTF-16 units', { note: 'x'.repeat(2001), updatedAt: 1 }, 'note', 'too-long'],
		['a note of 1,001 emoji (2,002 units)', { note: '👍'.repeat(1001), updatedAt: 1 }, 'note', 'too-long'],
	])('keeps the other answers and lists the one with %s', (_, bad, field, reason) => {
		const file = JSON.stringify({ ...JSON.parse(exportJson(sample, 1)), answers: { ...sample.answers, a1: bad } });
		const result = parseImport(file, model);
		expect(result.ok && result.rejected).toEqual([{ id: 'a1', field, reason }]);
		expect(result.ok && Object.keys(result.state.answers).sort()).toEqual(['a2', 'b1']);
	});

	test('drops and lists answers for items this playbook does not have; clamps future times', () => {
		const now = 1_000_000;
		const file = JSON.stringify({
			...sample,
			lastExportedAt: Number.MAX_SAFE_INTEGER,
			answers: { ...sample.answers, 'gone-item': { value: 1, updatedAt: 5 }, a1: { value: 2, updatedAt: Number.MAX_SAFE_INTEGER } },
		});
		const result = parseImport(file, model, { now });
		expect(result.ok && result.rejected).toEqual([{ id: 'gone-item', field: '', reason: 'bad-id' }]);
		expect(result.ok && result.state.answers.a1.updatedAt).toBe(now);
		expect(result.ok && result.state.lastExportedAt).toBe(now);
	});

	test('accepts a BOM and ignores unknown fields', () => {
		expect(parseImport('\uFEFF' + exportJson(sample, 1), model).ok).toBe(true);
		const extra = parseImport(JSON.stringify({ ...sample, comment: 'hi' }), model);
		expect(extra.ok && extra.state).toEqual(sample);
	});

	test('never throws, even for non-string input from untyped callers', () => {
		expect(parseImport(undefined as unknown as string, model).ok).toBe(false);
		expect(
			parseImport(
				'{"format":"cbp-assessment","version":1,"playbookVersion":"x","answers":{"__proto__":{"updatedAt":1}}}',
				model
			)
		).toMatchObject({ ok: true, state: { answers: {} } });
	});

	describe('preview and apply', () => {
		const current = stateWith({ a1: { value: 1 }, a2: { value: 2 } }, 100);
		const incoming: AssessmentState = {
			...emptyState(model),
			answers: { a1: { value: 3, updatedAt: 50 }, b1: { value: 1, updatedAt: 200 } },
		};

		test('merge keeps the newer answer per item; replace takes the file and clears what it lacks', () => {
			const preview = previewImport(current, incoming, model);
			expect(preview.merge).toMatchObject({ added: 1, changed: 0, removed: 0, unchanged: 2 });
			expect(preview.merge.items.map((i) => i.itemId)).toEqual(['b1']);
			expect(preview.replace).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 0 });
			expect(preview.replace.items.map((i) => [i.itemId, i.kind])).toEqual([
				['a1', 'changed'],
				['a2', 'removed'],
				['b1', 'added'],
			]);
			const merged = applyImport(current, incoming, 'merge', 999);
			expect(merged.answers.a1.value).toBe(1);
			expect(merged.answers.b1.value).toBe(1);
			const replaced = applyImport(current, incoming, 'replace', 999);
			// Every field of a replaced answer is written at the time of the replace, the empty ones included.
			const allAt999 = { due: 999, naReason: 999, note: 999, owner: 999 };
			expect(replaced.answers).toEqual({
				a1: { ...incoming.answers.a1, updatedAt: 999, fieldTimes: allAt999 },
				a2: { updatedAt: 999 },
				b1: { ...incoming.answers.b1, updatedAt: 999, fieldTimes: allAt999 },
			});
		});

		test('after a replace, another tab merging its older copy does not undo it', () => {
			const replaced = applyImport(current, incoming, 'replace', 999);
			const otherTab = clearAnswer(current, 'b1', 300);
			expect(applyImport(otherTab, replaced, 'merge', 1000).answers).toEqual(replaced.answers);
		});
	});
});

describe('CSV', () => {
	test('quotes per RFC 4180 and defuses formulas', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
		for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1'])
			expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('=1,2')).toBe(`"'=1,2"`);
		expect(csvCell(-1)).toBe('-1');
		expect(csvCell(undefined)).toBe('');
	});

	test("the action plan file has a BOM, CRLF lines and the caller's column labels", () => {
		const state = stateWith({
			a1: { value: 1, owner: "=cmd|' /C calc'!A0", due: '2026-12-31' },
			b1: { value: 'unknown' },
		});
		const csv = actionPlanCsv(actionPlan(model, state), [
			{ label: '序号', field: 'rank' },
			{ label: '检查项', field: 'itemId' },
			{ label: '负责人', field: 'owner' },
			{ label: '截止日期', field: 'due' },
			{ label: '风险', field: 'risks' },
			{ label: '状态', value: (a) => (a.status === 'unknown' ? '不清楚' : `等级 ${a.level}`) },
		]);
		expect(csv.startsWith('\uFEFF序号,检查项,负责人,截止日期,风险,状态\r\n')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[1]).toBe(`1,a1,'=cmd|' /C calc'!A0,2026-12-31,r1,等级 1`);
		expect(lines.at(-1)).toBe('');
		expect(toCsv([], [{ label: 'x', value: () => 1 }])).toBe('\uFEFFx\r\n');
	});
});

describe('Markdown report', () => {
	const labels: ReportLabels = {
		overall: '总体',
		checklists: '各清单',
		actions: '待办事项',
		score: '得分',
		complete: '完成度',
		answered: '已答',
		na: '不适用',
		unknown: '不清楚',
		checklist: '清单',
		item: '检查项',
		weight: '权重',
		status: '状态',
		reduction: '风险降低',
		owner: '负责人',
		due: '截止',
		note: '备注',
		levels: { 0: '未开始', 1: '临时', 2: '成形', 3: '量化' },
		unknownStatus: '不清楚',
		notAssessed: '尚未评估',
		unanswered: '未作答',
		noActions: '没有待办事项。',
	};

	test('free text cannot inject markup, links, HTML or table cells', () => {
		expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
		expect(escapeMarkdown('a | b *c* _d_ [x](javascript:1) `e` &amp; ~f~')).toBe(
			'a \\| b \\*c\\* \\_d\\_ \\[x\\](javascript:1) \\`e\\` \\&amp; \\~f\\~'
		);
		expect(escapeMarkdown('# not a heading\nnext line')).toBe('\\# not a heading next line');
		expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
		expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
		expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
	});

	test('has the overall score, a row per checklist and the ranked open actions', () => {
		const state = stateWith({
			a1: { value: 3 },
			a2: { value: 1, owner: 'Ann | Bob', note: 'see <img src=x onerror=alert(1)>' },
		});
		const report = markdownReport(model, state, {
			title: '自评报告',
			subtitle: '2026-11-02 · 手册版本 2026.11',
			labels,
			checklistTitles: { alpha: '市场准入', beta: '账号健康' },
			itemTitles: { a2: '有 **欧盟** 负责人' },
			includeNotes: true,
		});
		const lines = report.split('\n');
		expect(lines[0]).toBe('# 自评报告');
		expect(report).toContain(
			'## 总体\n\n| 得分 | 完成度 | 已答 | 不适用 | 不清楚 |\n| --- | --- | --- | --- | --- |\n| 83% | 67% | 2 / 3 | 0 | 0 |'
		);
		expect(report).toContain('| 市场准入 | 83% | 100% | 2 / 2 | 0 | 0 |');
		// Never answered: no score, and listed as not yet assessed rather than as an action.
		expect(report).toContain('| 账号健康 | — | 0% | 0 / 1 | 0 | 0 |');
		expect(report).not.toContain('| b1 |');
		expect(report).toContain('## 尚未评估\n\n| 清单 | 未作答 |\n| --- | --- |\n| 账号健康 | 1 |');
		expect(report).toContain(
			'| 1 | 有 \\*\\*欧盟\\*\\* 负责人 | 市场准入 | 1 | 临时 | 2.22 | Ann \\| Bob |  | see \\<img src=x onerror=alert(1)\\> |'
		);
		expect(report).not.toMatch(/(^|[^\\])</); // every < is escaped
		expect(report).toContain('| # | 检查项 |');
		expect(
			markdownReport(model, stateWith({ a1: { value: 3 }, a2: { value: 3 }, b1: { value: 'na', naReason: '无' } }), {
				title: 't',
				labels,
			})
		).toContain('## 待办事项\n\n没有待办事项。');
	});
});

describe('share links', () => {
	test('base64url round-trips bytes and rejects characters outside its alphabet', () => {
		const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 253, 254, 255, 62, 63]);
		for (let n = 0; n <= bytes.length; n++)
			expect(fromBase64Url(toBase64Url(bytes.slice(0, n)))).toEqual(bytes.slice(0, n));
		expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
		expect(fromBase64Url('ab+/')).toBeNull();
		expect(fromBase64Url('abc=')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
	});

	test('the encoded part of a link is found in a whole link or in the address fragment, and only there', async () => {
		const fragment = await encodeShare(sample, { includeNotes: false });
		const link = `https://playbook.example/en/assessment/${SHARE_HASH}${fragment}`;
		expect(shareFragment(link)).toBe(fragment);
		expect(shareFragment(new URL(link).hash)).toBe(fragment);
		expect((await decodeShare(shareFragment(link)!, model)).ok).toBe(true);
		for (const none of ['', '#', '#share=', '#pb-scores', 'https://playbook.example/en/assessment/']) expect(shareFragment(none)).toBeUndefined();
	});

	test('round-trips values, notes, owners, due dates and N/A reasons; timestamps become 0', async () => {
		const fragment = await encodeShare(sample, { includeNotes: true });
		expect(fragment).toMatch(/^v3\.[A-Za-z0-9_-]+$/);
		const result = await decodeShare(`#${fragment}`, model);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const expected = Object.fromEntries(Object.entries(sample.answers).map(([id, a]) => [id, { ...a, updatedAt: 0 }]));
		expect(result.state.answers).toEqual(expected); // same version, so text hashes come from the model
		expect(result.state.answers.a1.note).toBe('<script>alert(1)</script> & **不是粗体**');
		expect(result.diff.playbookVersionChanged).toBe(false);
	});

	test('without notes, note, owner and N/A reason are left out of the link', async () => {
		const fragment = await encodeShare(sample, { includeNotes: false });
		const result = await decodeShare(fragment, model);
		expect(result.ok && result.state.answers).toEqual({
			a1: { value: 2, due: '2026-12-31', textHash: sample.answers.a1.textHash, updatedAt: 0 },
			a2: { value: 'na', textHash: sample.answers.a2.textHash, updatedAt: 0 },
			b1: { value: 'unknown', textHash: sample.answers.b1.textHash, updatedAt: 0 },
		});
		const withNotes = await encodeShare(sample, { includeNotes: true });
		expect(fragment.length).toBeLessThan(withNotes.length);
	});

	test('uses the stream constructors it is given', async () => {
		let compressions = 0;
		let decompressions = 0;
		const Compress = class extends CompressionStream {
			constructor(format: 'deflate-raw') {
				super(format);
				compressions++;
			}
		} as unknown as StreamConstructor;
		const Decompress = class extends DecompressionStream {
			constructor(format: 'deflate-raw') {
				super(format);
				decompressions++;
			}
		} as unknown as StreamConstructor;
		const fragment = await encodeShare(sample, { includeNotes: true }, { CompressionStream: Compress });
		expect((await decodeShare(fragment, model, { DecompressionStream: Decompress })).ok).toBe(true);
		expect([compressions, decompressions]).toEqual([1, 1]);
	});

	const packed = (json: string | Uint8Array) => 'v1.' + toBase64Url(deflateRawSync(json));

	test.each([
		['an unknown prefix', 'hello', 'bad-encoding'],
		['a newer link version', 'v4.AAAA', 'unsupported-version'],
		['bad base64', 'v1.ab$d', 'bad-encoding'],
		['bytes that are not deflate', 'v1.' + toBase64Url(new Uint8Array([255, 255, 255, 255])), 'bad-encoding'],
		['an oversized fragment', 'v1.' + 'A'.repeat(MAX_SHARE_FRAGMENT), 'too-large'],
		// 2 MB of zeros deflate to about 2 KB.
		['a zip bomb', packed(new Uint8Array(2 * 1024 * 1024)), 'too-large'],
		['invalid UTF-8', packed(new Uint8Array([0x22, 0xff, 0x22])), 'bad-encoding'],
		['JSON of the wrong shape', packed('{"a":1}'), 'invalid'],
		['a duplicate item', packed('["v",[["a1",1],["a1",2]]]'), 'invalid'],
	])('rejects %s with an error code', async (_, fragment, code) => {
		const result = await decodeShare(fragment, model);
		expect(result).toEqual({
			ok: false,
			error: expect.objectContaining({ code }),
		});
	});

	test('a truncated link is rejected', async () => {
		const fragment = await encodeShare(sample, { includeNotes: true });
		for (const cut of [1, 2, 3, 5, 10]) expect((await decodeShare(fragment.slice(0, -cut), model)).ok).toBe(false);
	});

	test.each([
		['an unknown value', packed('["v",[["a1",7],["a2",1]]]'), { id: 'a1', field: 'value', reason: 'invalid' }],
		['a bad due date', packed('["v",[["a1",1,null,null,"2026-13-01"],["a2",1]]]'), { id: 'a1', field: 'due', reason: 'invalid' }],
	])('keeps the other answers of a link with %s and lists the bad one', async (_, fragment, rejected) => {
		const result = await decodeShare(fragment, model);
		expect(result.ok && result.rejected).toEqual([rejected]);
		expect(result.ok && Object.keys(result.state.answers)).toEqual(['a2']);
	});

	test('a link from another playbook version decodes, without text hashes, and lists the items it lacks', async () => {
		const result = await decodeShare(packed('["2025.01-00000000",[["a1",3],["gone",1]]]'), model);
		expect(result.ok && result.state.answers).toEqual({ a1: { value: 3, updatedAt: 0 } });
		expect(result.ok && result.rejected).toEqual([{ id: 'gone', field: '', reason: 'bad-id' }]);
		expect(result.ok && result.diff).toEqual({
			removed: [],
			added: [],
			reworded: [],
			playbookVersionChanged: true,
		});
	});
});
