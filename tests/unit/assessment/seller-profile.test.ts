/** The seller profile in the saved state: validated, carried by every codec, merged, old formats still read. */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { applyImport, exportJson, parseImport } from '../../../src/lib/assessment/json-codec';
import { hasNewer, mergeStates } from '../../../src/lib/assessment/merge';
import { readState } from '../../../src/lib/assessment/migrations';
import { buildPlaybookModel, type PlaybookInput } from '../../../src/lib/assessment/model';
import { createShareLink, decodeShare, encodeShare, toBase64Url } from '../../../src/lib/assessment/share-codec';
import { createStore } from '../../../src/lib/assessment/storage';
import { emptyState, setAnswer, setRespondent, setSeller } from '../../../src/lib/assessment/state';
import { readSeller } from '../../../src/lib/assessment/validate';
import { emptyProfile, MARKETS, type SellerProfile } from '../../../src/lib/obligations/profile';

const input: PlaybookInput = {
	checklists: [
		{ id: 'alpha', sections: [{ id: 's1', items: [{ id: 'a1', statement: '一', weight: 3, mitigates: ['r1'] }, { id: 'a2', statement: '二', weight: 1, mitigates: ['r1'] }] }] },
	],
	risks: [{ id: 'r1', category: 'compliance', likelihood: 4, impact: 5 }],
	strategies: [],
};
const model = buildPlaybookModel(input, '2026.12');
const speakers: SellerProfile = {
	markets: ['de', 'fr', 'gb'],
	channels: ['amazon', 'tiktok-shop'],
	categories: ['electronics', 'radio-equipment', 'batteries'],
	fulfilment: ['overseas-warehouse'],
	incoterm: 'ddp',
	stockIn: ['de'],
	parcelValues: ['up-to-150-eur'],
	turnover: '100k-2m',
	headcount: '10-49',
};
const answered = setAnswer(setAnswer(emptyState(model), 'a1', { value: 3, note: '每季度抽检' }, 10, model), 'a2', { value: 'na', naReason: '不卖电池' }, 11, model);
const withSeller = setSeller(answered, speakers, 20);

describe('setSeller', () => {
	test('stores a copy of the profile with its time; answers untouched; clearing keeps an empty, newer profile', () => {
		expect(withSeller.seller).toEqual({ ...speakers, updatedAt: 20 });
		expect(withSeller.answers).toBe(answered.answers);
		const cleared = setSeller(withSeller, emptyProfile(), 30);
		expect(cleared.seller).toEqual({ markets: [], channels: [], categories: [], fulfilment: [], updatedAt: 30 });
		// A clock that went backwards still moves the profile forward, so the edit wins a merge.
		expect(setSeller(withSeller, emptyProfile(), 5).seller?.updatedAt).toBe(20);
	});
});

describe('the profile travels through every codec', () => {
	test('JSON export → import, version 3', () => {
		const text = exportJson(withSeller, 99, model);
		expect(JSON.parse(text)).toMatchObject({ version: 3, seller: { markets: ['de', 'fr', 'gb'], updatedAt: 20 } });
		const result = parseImport(text, model);
		expect(result.ok && result.state.seller).toEqual(withSeller.seller);
		expect(result.ok && result.state.answers).toEqual(withSeller.answers);
	});

	test('share link with and without notes (the profile is not a note); decoded with time 0', async () => {
		for (const includeNotes of [true, false]) {
			const fragment = await encodeShare(withSeller, { includeNotes });
			expect(fragment.startsWith('v3.')).toBe(true);
			const result = await decodeShare(fragment, model);
			expect(result.ok && result.state.seller).toEqual({ ...speakers, updatedAt: 0 });
		}
		const both = setRespondent(withSeller, { name: '李伟' });
		const link = await createShareLink(both, { includeNotes: true }, model);
		expect(link.ok).toBe(true);
		if (!link.ok) return;
		const result = await decodeShare(link.fragment, model);
		expect(result.ok && result.state.respondent).toEqual({ name: '李伟' });
		expect(result.ok && result.state.seller?.categories).toEqual(speakers.categories);
	});

	test('"not said" (absent) and "none" (empty) stay apart for stock locations and parcel values', async () => {
		const none = setSeller(answered, { ...emptyProfile(), markets: ['de'], stockIn: [], parcelValues: [] }, 40);
		const fromLink = await decodeShare(await encodeShare(none, { includeNotes: false }), model);
		expect(fromLink.ok && fromLink.state.seller).toMatchObject({ stockIn: [], parcelValues: [] });
		const notSaid = setSeller(answered, { ...emptyProfile(), markets: ['de'] }, 40);
		const fromFile = parseImport(exportJson(notSaid, 50), model);
		expect(fromFile.ok && 'stockIn' in fromFile.state.seller!).toBe(false);
	});

	test('a minimal profile (lists only, no size bands) round-trips in a link and a file', async () => {
		const minimal = setSeller(answered, { markets: ['us'], channels: [], categories: ['cosmetics'], fulfilment: ['direct-post'] }, 40);
		const fromLink = await decodeShare(await encodeShare(minimal, { includeNotes: false }), model);
		expect(fromLink.ok && fromLink.state.seller).toEqual({ markets: ['us'], channels: [], categories: ['cosmetics'], fulfilment: ['direct-post'], updatedAt: 0 });
		const fromFile = parseImport(exportJson(minimal, 50), model);
		expect(fromFile.ok && fromFile.state.seller).toEqual(minimal.seller);
	});

	test('stored state round-trips through the store', () => {
		const data = new Map<string, string>();
		const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
		const store = createStore({ storage, key: 'k', model, now: () => 100 });
		expect(store.save(withSeller)).toBe('saved');
		const loaded = createStore({ storage, key: 'k', model, now: () => 100 }).load();
		expect(loaded.status).toBe('loaded');
		expect(loaded.state.seller).toEqual(withSeller.seller);
	});
});

describe('merging', () => {
	test('the profile written last wins, whichever tab it came from', () => {
		const older = setSeller(answered, { ...emptyProfile(), markets: ['us'] }, 10);
		const newer = setSeller(answered, speakers, 20);
		expect(mergeStates(older, newer).seller?.markets).toEqual(speakers.markets);
		expect(mergeStates(newer, older).seller?.markets).toEqual(speakers.markets);
		// A tab that changed only the profile has news for storage; the unchanged one has not.
		expect(hasNewer(newer, older)).toBe(true);
		expect(hasNewer(older, newer)).toBe(false);
	});

	test('a shared profile (time 0) only fills a blank: merging a link into my answers keeps mine', async () => {
		const theirs = setSeller(answered, { ...emptyProfile(), markets: ['us'], categories: ['cosmetics'] }, 999);
		const decoded = await decodeShare(await encodeShare(theirs, { includeNotes: false }), model);
		if (!decoded.ok) throw new Error('link did not decode');
		expect(applyImport(withSeller, decoded.state, 'merge', 50).seller?.markets).toEqual(speakers.markets);
		expect(applyImport(answered, decoded.state, 'merge', 50).seller?.markets).toEqual(['us']);
	});

	test('replacing with a file takes its profile as the newest write, or keeps mine when it has none', () => {
		const theirs = setSeller(answered, { ...emptyProfile(), markets: ['us'] }, 5);
		const replaced = applyImport(withSeller, theirs, 'replace', 60);
		expect(replaced.seller).toEqual({ ...theirs.seller, updatedAt: 60 });
		expect(applyImport(withSeller, answered, 'replace', 60).seller).toEqual(withSeller.seller);
	});
});

describe('an invalid profile is reported without losing answers', () => {
	test('unknown codes are left out and named by field; the known ones and every answer stay', () => {
		const raw = JSON.parse(exportJson(withSeller, 99));
		raw.seller.markets = ['de', 'atlantis', 'gb'];
		raw.seller.channels = 'amazon';
		raw.seller.incoterm = 'fob';
		const result = parseImport(JSON.stringify(raw), model);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.state.seller?.markets).toEqual(['de', 'gb']);
		expect(result.state.seller?.channels).toEqual([]);
		expect(result.state.seller?.incoterm).toBeUndefined();
		expect(result.state.seller?.categories).toEqual(speakers.categories);
		expect(result.rejected.map((r) => r.field).sort()).toEqual(['seller.channels', 'seller.incoterm', 'seller.markets']);
		expect(result.state.answers).toEqual(withSeller.answers);
	});

	test('a profile that is not an object, or has no time, is dropped and reported; answers stay', () => {
		for (const seller of [['de'], 'de', null, { markets: ['de'] }, { markets: ['de'], updatedAt: -1 }]) {
			const raw = { ...JSON.parse(exportJson(answered, 99)), seller };
			const result = parseImport(JSON.stringify(raw), model);
			expect(result.ok).toBe(true);
			if (!result.ok) continue;
			expect(result.state.seller).toBeUndefined();
			expect(result.rejected.some((r) => r.field.startsWith('seller'))).toBe(true);
			expect(result.state.answers).toEqual(answered.answers);
		}
	});

	test('lists longer than their table of codes are refused; duplicates collapse; future times are clamped', () => {
		const long = readSeller({ markets: [...MARKETS, 'de'], updatedAt: 1 });
		expect(long.profile?.markets).toEqual([]);
		expect(long.problems).toEqual([{ id: '', field: 'seller.markets', reason: 'too-long' }]);
		expect(readSeller({ markets: ['de', 'de'], updatedAt: 1 }).profile?.markets).toEqual(['de']);
		expect(readSeller({ updatedAt: 9007199254740991 }, 500).profile?.updatedAt).toBe(500);
	});

	test('a stored state with a bad profile is salvaged: answers load, the original is backed up and the problem listed', () => {
		const data = new Map<string, string>();
		const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
		const raw = JSON.stringify({ ...withSeller, seller: { ...withSeller.seller, categories: ['electronics', 'rockets'] } });
		data.set('k', raw);
		const loaded = createStore({ storage, key: 'k', model, now: () => 100 }).load();
		expect(loaded.status).toBe('salvaged');
		expect(loaded.state.answers).toEqual(withSeller.answers);
		expect(loaded.state.seller?.categories).toEqual(['electronics']);
		expect(loaded.notice?.rejected).toEqual([{ id: '', field: 'seller.categories', reason: 'invalid' }]);
		expect(data.get(loaded.notice!.backupKey)).toBe(raw);
	});

	test('a v3 link with an unknown market keeps the rest; a malformed profile slot fails with its path', async () => {
		const odd = 'v3.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 1]], null, [['de', 'mars'], [], ['toys'], []]])));
		const result = await decodeShare(odd, model);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.state.seller?.markets).toEqual(['de']);
		expect(result.state.seller?.categories).toEqual(['toys']);
		expect(result.rejected).toEqual([{ id: '', field: 'seller.markets', reason: 'invalid' }]);
		expect(result.state.answers.a1.value).toBe(1);
		const bad = 'v3.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 1]], null, 'de'])));
		expect(await decodeShare(bad, model)).toMatchObject({ ok: false, error: { code: 'invalid', path: '3' } });
	});
});

describe('old formats still read', () => {
	test('a version 2 file imports with every answer and its respondent, and no profile', () => {
		const v2 = {
			format: 'cbp-assessment',
			version: 2,
			playbookVersion: '2026.11',
			respondent: { name: 'Anna' },
			exportedAt: 5,
			answers: { a1: { value: 2, note: '旧文件', updatedAt: 3 } },
		};
		const result = parseImport(JSON.stringify(v2), model);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.state.version).toBe(3);
		expect(result.state.respondent).toEqual({ name: 'Anna' });
		expect(result.state.seller).toBeUndefined();
		expect(result.state.answers).toEqual(v2.answers);
	});

	test('a version 2 state cannot smuggle in a profile the old format did not have', () => {
		const v2 = { format: 'cbp-assessment', version: 2, playbookVersion: '2026.11', seller: { ...speakers, updatedAt: 1 }, answers: {} };
		const read = readState(v2);
		expect(read.ok && read.migrated).toBe(true);
		expect(read.ok && read.state.seller).toBeUndefined();
	});

	test('v2 links (with a respondent) still open, and a v2 link cannot carry a profile', async () => {
		const v2 = 'v2.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 2]], ['Bo', null]])));
		const result = await decodeShare(v2, model);
		expect(result.ok && result.state.respondent).toEqual({ name: 'Bo' });
		expect(result.ok && result.state.answers.a1.value).toBe(2);
		const forged = 'v2.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 2]], ['Bo', null], [['de'], [], [], []]])));
		expect(await decodeShare(forged, model)).toMatchObject({ ok: false });
		const nullWho = 'v2.' + toBase64Url(deflateRawSync(JSON.stringify(['2026.12', [['a1', 2]], null])));
		expect(await decodeShare(nullWho, model)).toMatchObject({ ok: false });
	});
});
