/** Share links: the answers, compressed into the URL fragment, and back. */
import { importFailure, importSuccess, type ImportResult } from './import-result';
import { indexModel, type PlaybookModel } from './model';
import { readState } from './migrations';
import {
	hasContent,
	sameContent,
	STATE_FORMAT,
	CURRENT_STATE_VERSION,
	type Answer,
	type AssessmentState,
} from './state';

/**
 * Fragment = `v3.` + base64url(deflate-raw(JSON)), the JSON being
 * [playbookVersion, [[itemId, value, note, owner, due, naReason], …], [name, role] | null, seller?] with null for
 * missing fields and trailing nulls dropped; seller = [markets, channels, categories, fulfilment, incoterm,
 * turnover, headcount, stockIn, parcelValues] (`SELLER_SLOTS`: codes, code lists or null when not said). `v2.` links (who answered, no seller) and `v1.` links
 * (two elements) are still read. Timestamps are not shared (decoded answers and profiles get updatedAt 0, so
 * a merge never overrides the recipient's own); without notes, note, owner and naReason are left out (the
 * seller profile is not a note: it always travels).
 */
export const SHARE_PREFIX = 'v3.';
/** Prefixes this version reads, with the number of payload elements each may have. */
const READABLE_PREFIXES: Record<string, number> = { [SHARE_PREFIX]: 4, 'v2.': 3, 'v1.': 2 };
export const MAX_SHARE_FRAGMENT = 64 * 1024;
/** Cap on the inflated JSON, so a small link cannot expand into a huge one (zip bomb). */
export const MAX_SHARE_JSON = 1024 * 1024;

/** CompressionStream / DecompressionStream, or anything with the same shape. */
export type StreamConstructor = new (format: 'deflate-raw') => {
	readonly readable: ReadableStream<Uint8Array>;
	readonly writable: WritableStream<Uint8Array>;
};

const globalStream = (name: 'CompressionStream' | 'DecompressionStream') =>
	(globalThis as unknown as Record<string, StreamConstructor | undefined>)[name];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((char, i) => [char, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
	}
	return out;
}

/** Strict: only the base64url alphabet, no padding; null for anything else. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let at = 0;
	for (const char of text) {
		const value = B64_INDEX.get(char);
		if (value === undefined) return null;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >> bits) & 0xff;
		}
	}
	return bytes;
}

/** Runs bytes through a (de)compression stream; 'too-large' once the output passes `limit`. Errors propagate. */
async function pipe(Stream: StreamConstructor, input: Uint8Array, limit: number): Promise<Uint8Array | 'too-large'> {
	const stream = new Stream('deflate-raw');
	const writer = stream.writable.getWriter();
	const writing = writer.write(input).then(() => writer.close());
	writing.catch(() => {}); // a failure also errors the readable side, where it is reported
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel().catch(() => {});
			return 'too-large';
		}
		chunks.push(value);
	}
	await writing;
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

type Entry = [string, Answer['value'] | null, ...(string | null)[]];

/** The seller profile's fields in link order (append only: old links must keep their meaning). */
const SELLER_SLOTS = ['markets', 'channels', 'categories', 'fulfilment', 'incoterm', 'turnover', 'headcount', 'stockIn', 'parcelValues'] as const;

type Payload = [string, Entry[]] | [string, Entry[], (string | null)[] | null] | [string, Entry[], (string | null)[] | null, unknown[]];

function compact(state: AssessmentState, includeNotes: boolean): Payload {
	const entries: Entry[] = [];
	for (const id of Object.keys(state.answers).sort()) {
		const answer = state.answers[id];
		const kept = includeNotes ? answer : { value: answer.value, due: answer.due, updatedAt: 0 };
		if (!hasContent(kept)) continue;
		const entry: Entry = [
			id,
			kept.value ?? null,
			kept.note ?? null,
			kept.owner ?? null,
			kept.due ?? null,
			kept.naReason ?? null,
		];
		while (entry.length > 2 && entry[entry.length - 1] === null) entry.pop();
		entries.push(entry);
	}
	const who = state.respondent ? [state.respondent.name ?? null, state.respondent.role ?? null] : null;
	const seller = state.seller;
	if (!seller) return who ? [state.playbookVersion, entries, who] : [state.playbookVersion, entries];
	const profile: unknown[] = SELLER_SLOTS.map((slot) => seller[slot] ?? null);
	while (profile.length > 4 && profile[profile.length - 1] === null) profile.pop();
	return [state.playbookVersion, entries, who, profile];
}


export interface ShareOptions {
	includeNotes: boolean;
}

/** Returns the fragment (without "#"). Rejects when no CompressionStream is available. */
export async function encodeShare(
	state: AssessmentState,
	{ includeNotes }: ShareOptions,
	deps: { CompressionStream?: StreamConstructor } = {}
): Promise<string> {
	const Stream = deps.CompressionStream ?? globalStream('CompressionStream');
	if (!Stream) throw new Error('CompressionStream is not available');
	const json = new TextEncoder().encode(JSON.stringify(compact(state, includeNotes)));
	const deflated = await pipe(Stream, json, Infinity);
	return SHARE_PREFIX + toBase64Url(deflated as Uint8Array);
}

/**
 * Turns the compact payload back into the state's shape, so that the one state schema validates it
 * (no tuple or array schemas: they would add to the zod code every checklist page loads). Returns the
 * path of the first malformed entry instead when the payload is not even shaped like a list of entries.
 */
function expand(
	raw: unknown,
	maxLength: number
): { playbookVersion: unknown; answers: Record<string, Record<string, unknown>>; respondent?: Record<string, unknown>; seller?: Record<string, unknown> } | { bad: string } {
	if (!Array.isArray(raw) || raw.length < 2 || raw.length > maxLength || !Array.isArray(raw[1])) return { bad: '' };
	let respondent: Record<string, unknown> | undefined;
	// v2 links always had [name, role] here; v3 links write null when nobody is named.
	if (raw.length >= 3 && !(maxLength > 3 && raw[2] === null)) {
		if (!Array.isArray(raw[2]) || raw[2].length !== 2) return { bad: '2' };
		respondent = {};
		if (raw[2][0] !== null) respondent.name = raw[2][0];
		if (raw[2][1] !== null) respondent.role = raw[2][1];
	}
	let seller: Record<string, unknown> | undefined;
	if (raw.length === 4) {
		if (!Array.isArray(raw[3]) || raw[3].length < 4 || raw[3].length > SELLER_SLOTS.length) return { bad: '3' };
		seller = { updatedAt: 0 };
		for (const [index, slot] of SELLER_SLOTS.entries()) if (raw[3][index] !== null && raw[3][index] !== undefined) seller[slot] = raw[3][index];
	}
	const answers: Record<string, Record<string, unknown>> = Object.create(null);
	for (const [index, entry] of (raw[1] as unknown[]).entries()) {
		if (!Array.isArray(entry) || entry.length < 2 || entry.length > 6 || typeof entry[0] !== 'string') return { bad: `1.${index}` };
		const [id, value, note, owner, due, naReason] = entry as unknown[];
		if (Object.hasOwn(answers, id as string)) return { bad: id as string };
		const answer: Record<string, unknown> = { updatedAt: 0 };
		if (value !== null) answer.value = value;
		for (const [key, field] of [['note', note], ['owner', owner], ['due', due], ['naReason', naReason]] as const) {
			if (field !== null && field !== undefined) answer[key] = field;
		}
		answers[id as string] = answer;
	}
	return { playbookVersion: raw[0], answers, ...(respondent ? { respondent } : {}), ...(seller ? { seller } : {}) };
}

export interface DecodeOptions {
	current?: AssessmentState;
	DecompressionStream?: StreamConstructor;
}

/** Reads a fragment (with or without "#"). Never throws; same result shape as parseImport. */
export async function decodeShare(
	fragment: string,
	model: PlaybookModel,
	options: DecodeOptions = {}
): Promise<ImportResult> {
	try {
		if (typeof fragment !== 'string') return importFailure('invalid');
		if (fragment.length > MAX_SHARE_FRAGMENT) return importFailure('too-large', undefined, MAX_SHARE_FRAGMENT);
		const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
		const prefix = Object.keys(READABLE_PREFIXES).find((p) => body.startsWith(p));
		if (!prefix) return importFailure(/^v\d+\./.test(body) ? 'unsupported-version' : 'bad-encoding');
		const bytes = fromBase64Url(body.slice(prefix.length));
		if (!bytes) return importFailure('bad-encoding');
		const Stream = options.DecompressionStream ?? globalStream('DecompressionStream');
		if (!Stream) return importFailure('internal');
		let json: string;
		try {
			const inflated = await pipe(Stream, bytes, MAX_SHARE_JSON);
			if (inflated === 'too-large') return importFailure('too-large', undefined, MAX_SHARE_JSON);
			json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
		} catch {
			return importFailure('bad-encoding');
		}
		let raw: unknown;
		try {
			raw = JSON.parse(json);
		} catch {
			return importFailure('invalid');
		}
		const expanded = expand(raw, READABLE_PREFIXES[prefix]);
		if ('bad' in expanded) return importFailure('invalid', expanded.bad || undefined);
		const knownIds = new Set(model.items.map((item) => item.id));
		const read = readState({ format: STATE_FORMAT, version: CURRENT_STATE_VERSION, ...expanded }, undefined, { knownIds });
		if (!read.ok) return importFailure('invalid', read.path);
		const { playbookVersion } = read.state;
		// Same version means same statements, so the model's hashes are the ones these answers were given against.
		const index = playbookVersion === model.version ? indexModel(model) : undefined;
		const answers: Record<string, Answer> = {};
		for (const [id, answer] of Object.entries(read.state.answers)) {
			const textHash = index?.item.get(id)?.textHash;
			answers[id] = textHash === undefined ? { ...answer } : { ...answer, textHash };
		}
		const state: AssessmentState = {
			format: STATE_FORMAT,
			version: CURRENT_STATE_VERSION,
			playbookVersion,
			...(read.state.respondent ? { respondent: read.state.respondent } : {}),
			...(read.state.seller ? { seller: read.state.seller } : {}),
			answers,
		};
		return importSuccess(state, model, options.current, undefined, read.rejected);
	} catch {
		return importFailure('internal');
	}
}

export type ShareLink =
	| { ok: true; fragment: string; includeNotes: boolean }
	/**
	 * No link is offered: with notes it would be `size` characters, over the `limit` a recipient accepts.
	 * `withoutNotes` is a link without notes, owners and N/A reasons when that one fits; else only a file will do.
	 */
	| { ok: false; reason: 'too-large'; size: number; limit: number; withoutNotes?: string }
	| { ok: false; reason: 'unavailable' };

/** The answers a link carries: items of this playbook only (a recipient drops the others). */
function shareable(state: AssessmentState, model: PlaybookModel): AssessmentState {
	const known = indexModel(model).item;
	return { ...state, answers: Object.fromEntries(Object.entries(state.answers).filter(([id]) => known.has(id))) };
}

/** True when the fragment decodes to exactly the content it was made from. */
async function roundTrips(fragment: string, state: AssessmentState, includeNotes: boolean, model: PlaybookModel, deps: { DecompressionStream?: StreamConstructor }): Promise<boolean> {
	const decoded = await decodeShare(fragment, model, deps);
	if (!decoded.ok) return false;
	const ids = new Set([...Object.keys(state.answers), ...Object.keys(decoded.state.answers)]);
	for (const id of ids) {
		const mine = state.answers[id];
		const expected = mine && (includeNotes ? mine : { value: mine.value, due: mine.due, updatedAt: 0 });
		const got = Object.hasOwn(decoded.state.answers, id) ? decoded.state.answers[id] : undefined;
		if (!sameContent(hasContent(expected) ? expected : undefined, got)) return false;
	}
	return true;
}

/**
 * Makes a share link the app itself will open: checked against the recipient's limits and decoded once
 * before it is offered. Too long with notes: offers the link without notes when that one fits.
 */
export async function createShareLink(
	state: AssessmentState,
	{ includeNotes }: ShareOptions,
	model: PlaybookModel,
	deps: { CompressionStream?: StreamConstructor; DecompressionStream?: StreamConstructor } = {}
): Promise<ShareLink> {
	const Stream = deps.CompressionStream ?? globalStream('CompressionStream');
	if (!Stream || !(deps.DecompressionStream ?? globalStream('DecompressionStream'))) return { ok: false, reason: 'unavailable' };
	const source = shareable(state, model);
	const fits = async (notes: boolean) => {
		const fragment = await encodeShare(source, { includeNotes: notes }, deps);
		const ok = fragment.length <= MAX_SHARE_FRAGMENT && (await roundTrips(fragment, source, notes, model, deps));
		return { fragment, ok };
	};
	const first = await fits(includeNotes);
	if (first.ok) return { ok: true, fragment: first.fragment, includeNotes };
	const without = includeNotes ? await fits(false) : undefined;
	return {
		ok: false,
		reason: 'too-large',
		size: first.fragment.length,
		limit: MAX_SHARE_FRAGMENT,
		...(without?.ok ? { withoutNotes: without.fragment } : {}),
	};
}
