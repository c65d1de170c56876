import { describe, expect, test } from 'vitest';
import { buildPlaybookModel, packModel, type ProfileInput } from '../../../src/lib/assessment/model';
import { packOutline, shareBucket, shareBucketFiles } from '../../../src/lib/assessment/outline';
import { noticeKeyOf } from '../../../src/lib/assessment/storage-raw';
import { emptyState, setAnswer } from '../../../src/lib/assessment/state';
import { outlineModel } from '../../../src/scripts/assessment/outline-model';
import { playbook } from './sample-playbook';

const KEY = 'answers';
const PROFILE: ProfileInput = { id: 'p', checklists: ['c0', 'c1'], byWeight: { '1': 1, '2': 2, '3': 3 } };
const whole = buildPlaybookModel({ ...playbook(6, 2), profiles: [PROFILE] }, 'test');
const outline = packOutline(whole, [PROFILE]);
const FILES: Record<string, unknown> = Object.fromEntries([
	['/outline.json', outline],
	['/model.json', packModel(whole, [PROFILE])],
	...shareBucketFiles(whole).map((file, bucket) => [`/shares/h1/${bucket}.json`, file]),
]);
const BUCKETS = shareBucketFiles(whole).length;
/** The file of the bucket a prefix is filed in. */
const bucketOf = (prefix: string) => `/shares/h1/${shareBucket(prefix, BUCKETS)}.json`;

/** A server that records what was asked of it, and can be taken offline. */
function server() {
	const asked: string[] = [];
	let online = true;
	return {
		asked,
		offline: (value: boolean) => void (online = !value),
		getJson: async <T>(url: string): Promise<T> => {
			asked.push(url);
			if (!online) throw new Error(`${url}: offline`);
			if (!(url in FILES)) throw new Error(`404 for ${url}`);
			return structuredClone(FILES[url]) as T;
		},
	};
}

const storageWith = (entries: Record<string, string>) => ({ getItem: (key: string) => entries[key] ?? null, setItem: () => {} });
const answered = (...ids: string[]) => {
	let state = emptyState(whole);
	ids.forEach((id, n) => (state = setAnswer(state, id, { value: 2 }, n + 1, whole)));
	return JSON.stringify(state);
};
/** Opens the overview's model; the outline's own request is left out of `asked`. */
const URLS = { outlineUrl: '/outline.json', sharesBase: '/shares/h1/', shareBuckets: BUCKETS, modelUrl: '/model.json', storageKey: KEY, version: whole.version };
const open = async (srv: ReturnType<typeof server>, entries: Record<string, string> = {}) => {
	const source = await outlineModel(URLS, srv.getJson, storageWith(entries));
	srv.asked.splice(srv.asked.indexOf('/outline.json'), 1);
	return source;
};
/** The items the model knows by their real ids (placeholders have no statement hash). */
const realItems = (model: { items: { id: string; textHash: string }[] }) => model.items.filter((item) => item.textHash).map((item) => item.id);

describe("the overview's model", () => {
	test('nothing saved: the outline alone, no file fetched', async () => {
		const srv = server();
		const source = await open(srv);
		expect(srv.asked).toEqual([]);
		expect(source.model.items).toHaveLength(whole.items.length);
		expect(realItems(source.model)).toEqual([]);
	});

	test('saved answers: the shares of their checklists, each once, asked for beside the outline', async () => {
		const srv = server();
		const source = await open(srv, { [KEY]: answered('c1-s0-i0', 'c1-s1-i1', 'c4-s0-i1') });
		expect(srv.asked.sort()).toEqual([bucketOf('c1'), bucketOf('c4')].sort());
		expect(realItems(source.model)).toEqual(whole.items.filter((i) => i.checklistId === 'c1' || i.checklistId === 'c4').map((i) => i.id));
		expect(source.covers(['c1-s1-i0'])).toBe(true);
		expect(source.covers(['c2-s1-i0'])).toBe(false);
		expect(await source.cover(['c1-s1-i0'])).toBe(false);
		expect(srv.asked).toHaveLength(2);
	});

	test('the shares are asked for while the outline is still on its way', async () => {
		const srv = server();
		let arrive!: () => void;
		const outlineHeld = new Promise<void>((resolve) => (arrive = resolve));
		const getJson = async <T>(url: string) => {
			if (url === URLS.outlineUrl) await outlineHeld;
			return srv.getJson<T>(url);
		};
		const opening = outlineModel(URLS, getJson, storageWith({ [KEY]: answered('c3-s0-i0') }));
		expect(srv.asked).toEqual([bucketOf('c3')]);
		arrive();
		expect(realItems((await opening).model)).toHaveLength(4);
	});

	test('answers of another edition, an older format, unreadable text or a notice waiting: the whole model', async () => {
		const other = JSON.stringify({ ...JSON.parse(answered('c1-s0-i0')), playbookVersion: 'test-00000000' });
		const older = JSON.stringify({ ...JSON.parse(answered('c1-s0-i0')), version: 2 });
		for (const entries of [{ [KEY]: other }, { [KEY]: older }, { [KEY]: '{not json' }, { [noticeKeyOf(KEY)]: '{}' }]) {
			const srv = server();
			const source = await open(srv, entries);
			expect(srv.asked).toEqual(['/model.json']);
			expect(source.model).toEqual(whole);
		}
	});

	test('buckets of more than a quarter of them (about half the checklists): the whole model', async () => {
		// Six checklists, six prefixes in 16 buckets, each in a bucket of its own.
		expect(BUCKETS).toBe(16);
		expect(new Set(['c0', 'c1', 'c2', 'c3', 'c4'].map(bucketOf)).size).toBe(5);
		const srv = server();
		const source = await open(srv);
		await source.cover(['c0-s0-i0', 'c1-s0-i0', 'c2-s0-i0', 'c3-s0-i0']);
		expect(srv.asked).toHaveLength(4);
		expect(srv.asked).not.toContain('/model.json');
		await source.cover(['c0-s0-i0', 'c1-s0-i0', 'c2-s0-i0', 'c3-s0-i0', 'c4-s0-i0']);
		expect(srv.asked.at(-1)).toBe('/model.json');
		expect(source.model).toEqual(whole);

		// Saved: the same, beside the outline.
		const saved = server();
		expect((await open(saved, { [KEY]: answered('c0-s0-i0', 'c1-s0-i0', 'c2-s0-i0', 'c3-s0-i0', 'c4-s0-i0') })).model).toEqual(whole);
		expect(saved.asked).toEqual(['/model.json']);
	});

	test('an answer of a prefix no checklist has (a checklist since retired) asks for its bucket once, and no more: no model has its item', async () => {
		// "retired" is filed in c0's bucket; "gone" in one of its own.
		expect(bucketOf('retired')).toBe(bucketOf('c0'));
		expect(['c0', 'c1', 'c2', 'c3', 'c4', 'c5'].map(bucketOf)).not.toContain(bucketOf('gone'));
		const srv = server();
		const source = await open(srv, { [KEY]: answered('c1-s0-i0', 'retired-item') });
		expect(srv.asked.sort()).toEqual([bucketOf('c1'), bucketOf('retired')].sort());
		// c0's share came with the retired answer's bucket.
		expect(realItems(source.model)).toHaveLength(8);
		expect(source.covers(['retired-item', 'c1-s1-i0', 'c0-s1-i1'])).toBe(true);
		expect(await source.cover(['retired-item'])).toBe(false);
		// An empty bucket brings nothing, and is asked for once.
		expect(source.covers(['gone-item'])).toBe(false);
		expect(await source.cover(['gone-item'])).toBe(false);
		expect(source.covers(['gone-item'])).toBe(true);
		expect(realItems(source.model)).toHaveLength(8);
		expect(srv.asked).toHaveLength(3);
	});

	test('a share that cannot be fetched (offline) fails the cover: the page reports it, and the next cover tries again', async () => {
		const srv = server();
		const source = await open(srv);
		srv.offline(true);
		await expect(source.cover(['c2-s0-i0'])).rejects.toThrow(`${bucketOf('c2')}: offline`);
		expect(srv.asked).not.toContain('/model.json');
		srv.offline(false);
		expect(await source.cover(['c2-s0-i0'])).toBe(true);
		expect(realItems(source.model)).toHaveLength(4);
	});

	test('each new model is told to the listeners; the whole model comes once, and again after a failed try', async () => {
		const srv = server();
		const source = await open(srv);
		const told: number[] = [];
		source.onChange((model) => told.push(realItems(model).length));
		await source.cover(['c2-s0-i0']);
		srv.offline(true);
		await expect(source.complete()).rejects.toThrow('offline');
		expect(realItems(source.model)).toHaveLength(4);
		srv.offline(false);
		await Promise.all([source.complete(), source.complete()]);
		expect(srv.asked.filter((url) => url === '/model.json')).toHaveLength(2);
		expect(told).toEqual([4, whole.items.length]);
		expect(await source.complete()).toBe(false);
	});
});
