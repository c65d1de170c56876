/** Who answered: set once, carried by every codec (file, link, merge, replace), old formats still read. */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { applyImport, exportJson, parseImport } from '../../../src/lib/assessment/json-codec';
import { mergeStates } from '../../../src/lib/assessment/merge';
import { buildPlaybookModel, type PlaybookInput } from '../../../src/lib/assessment/model';
import { createShareLink, decodeShare, encodeShare, toBase64Url } from '../../../src/lib/assessment/share-codec';
import { emptyState, LIMITS, respondentLabel, respondentSlug, setAnswer, setRespondent } from '../../../src/lib/assessment/state';

const input: PlaybookInput = {
	checklists: [
		{ id: 'alpha', sections: [{ id: 's1', items: [{ id: 'a1', statement: '一', weight: 3, mitigates: ['r1'] }, { id: 'a2', statement: '二', weight: 1, mitigates: ['r1'] }] }] },
	],
	risks: [{ id: 'r1', category: 'compliance', likelihood: 4, impact: 5 }],
	strategies: [],
};
const model = buildPlaybookModel(input, '2026.12');
const answered = setAnswer(setAnswer(emptyState(model), 'a1', { value: 3, note: '每季度抽检' }, 10, model), 'a2', { value: 'na', naReason: '不卖电池' }, 11, model);
const liWei = setRespondent(answered, { name: '  李伟 ', role: '合规 / compliance' });

describe('setRespondent', () => {
	test('trims, cuts to the limit, and clears a blank field; no respondent left when both are blank', () => {
		expect(liWei.respondent).toEqual({ name: '李伟', role: '合规 / compliance' });
		expect(setRespondent(liWei, { role: ' ' }).respondent).toEqual({ name: '李伟' });
		expect('respondent' in setRespondent(setRespondent(liWei, { role: '' }), { name: '' })).toBe(false);
		expect(setRespondent(answered, { name: 'x'.repeat(LIMITS.name + 5) }).respondent?.name).toHaveLength(LIMITS.name);
		expect(liWei.answers).toBe(answered.answers);
	});

	test('labels and file-name slugs tell people apart', () => {
		expect(respondentLabel(liWei.respondent)).toBe('李伟 (合规 / compliance)');
		expect(respondentLabel({ role: 'buyer' })).toBe('(buyer)');
		expect(respondentLabel(undefined)).toBe('');
		expect(respondentSlug({ name: 'Anna Müller-Lee' })).toBe('anna-müller-lee');
		expect(respondentSlug({ name: '李伟' })).toBe('李伟');
		expect(respondentSlug({ name: '../../etc:passwd' })).toBe('etc-passwd');
		expect(respondentSlug({ role: 'buyer' })).toBe('');
	});
});

describe('the name travels through every codec', () => {
	test('JSON export → import', () => {
		const text = exportJson(liWei, 99, model);
		expect(JSON.parse(text)).toMatchObject({ version: 3, respondent: { name: '李伟', role: '合规 / compliance' } });
		const result = parseImport(text, model);
		expect(result.ok && result.state.respondent).toEqual(liWei.respondent);
	});

	test('share link with and without notes', async () => {
		for (const includeNotes of [true, false]) {
			const fragment = await encodeShare(liWei, { includeNotes });
			expect(fragment.startsWith('v3.')).toBe(true);
			const result = await decodeShare(fragment, model);
			expect(result.ok && result.state.respondent).toEqual(liWei.respondent);
		}
		const link = await createShareLink(liWei, { includeNotes: true }, model);
		expect(link.ok).toBe(true);
		if (!link.ok) return;
		const result = await decodeShare(link.fragment, model);
		expect(result.ok && result.state.respondent).toEqual({ name: '李伟', role: '合规 / compliance' });
		expect(result.ok && result.state.answers.a2).toMatchObject({ value: 'na', naReason: '不卖电池' });
	});

	test('a name-only or role-only respondent round-trips in a link', async () => {
		const roleOnly = setRespondent(answered, { role: 'buyer' });
		const result = await decodeShare(await encodeShare(roleOnly, { includeNotes: false }), model);
		expect(result.ok && result.state.respondent).toEqual({ role: 'buyer' });
	});

	test('merging someone else’s file keeps my name; it only fills a blank', () => {
		const anna = setRespondent(answered, { name: 'Anna' });
		expect(mergeStates(liWei, anna).respondent?.name).toBe('李伟');
		expect(mergeStates(answered, anna).respondent?.name).toBe('Anna');
		expect(applyImport(answered, anna, 'merge', 50).respondent?.name).toBe('Anna');
	});

	test('replacing with a file takes its name, or keeps mine when the file has none', () => {
		const anna = setRespondent(answered, { name: 'Anna' });
		expect(applyImport(liWei, anna, 'replace', 50).respondent?.name).toBe('Anna');
		expect(applyImport(liWei, answered, 'replace', 50).respondent?.name).toBe('李伟');
	});

	test('a bad name is left out and named; the answers are kept', () => {
		const raw = JSON.parse(exportJson(liWei, 99));
		raw.respondent = { name: 'x'.repeat(LIMITS.name + 1) };
		const result = parseImport(JSON.stringify(raw), model);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.state.respondent).toBeUndefined();
		expect(result.state.answers.a1.value).toBe(3);
		raw.respondent = ['李伟'];
		const notObject = parseImport(JSON.stringify(raw), model);
		expect(notObject.ok && notObject.state.respondent).toBeUndefined();
	});
});

describe('old formats still read', () => {
	test('a version 1 file (before names) imports with every answer and no respondent', () => {
		const v1 = {
			format: 'cbp-assessment',
			version: 1,
			playbookVersion: '2026.11',
			exportedAt: 5,
			answers: { a1: { value: 2, note: '旧文件', updatedAt: 3 }, a2: { value: 'na', naReason: '不适用', updatedAt: 4 } },
		};
		const result = parseImport(JSON.stringify(v1), model);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.state.version).toBe(3);
		expect(result.state.respondent).toBeUndefined();
		expect(result.state.answers).toEqual(v1.answers);
	});

	test('a version 1 file cannot smuggle in a respondent the old format did not have', () => {
		const v1 = { format: 'cbp-assessment', version: 1, playbookVersion: '2026.11', respondent: { name: 'x' }, answers: {} };
		const result = parseImport(JSON.stringify(v1), model);
		expect(result.ok && result.state.respondent).toBeUndefined();
	});

	test('a v1 share link (two-element payload) still opens; a v1 link with a third element is not one', async () => {
		const v1 = 'v1.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 1, '旧链接'], ['a2', 'na', null, null, null, '不卖']]])));
		const result = await decodeShare(v1, model);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.state.answers.a1).toMatchObject({ value: 1, note: '旧链接' });
		expect(result.state.answers.a2).toMatchObject({ value: 'na', naReason: '不卖' });
		expect(result.state.respondent).toBeUndefined();
		const forged = 'v1.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 1]], ['x', null]])));
		expect(await decodeShare(forged, model)).toMatchObject({ ok: false });
	});

	test('a v2 link with a malformed respondent is rejected with its path', async () => {
		const bad = 'v2.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 1]], 'li'])));
		expect(await decodeShare(bad, model)).toMatchObject({ ok: false, error: { code: 'invalid', path: '2' } });
	});
});
