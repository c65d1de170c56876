/**
 * The stale-fact report: with "today" pinned (PLAYBOOK_TODAY) and the default limit of 180 days,
 * a regulation record checked 335 days earlier and a figure checked 219 days earlier are listed exactly, the content check still passes
 * (a warning, not an error), and a shorter limit (STALE_AFTER_DAYS) lists rows the default does not.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { makeSite, readScenario } from './fixture-site';
import { formatContentError } from '../../src/lib/content/errors';
import { lastCheck } from '../../src/lib/content/checked-loader';
import { formatStaleReport, staleAfterDays, today } from '../../src/lib/content/stale';

const SYNC_TIMEOUT = 60_000;

async function check(root: string) {
	const { sync } = await import('astro');
	(globalThis as any)[Symbol.for('playbook.content-check')] = undefined;
	// Its own content cache: the fixture's node_modules is the project's, where the default would put it.
	await sync({ root, cacheDir: join(root, '.cache'), logLevel: 'silent' } as any);
	return lastCheck()!;
}

afterEach(() => {
	delete process.env.PLAYBOOK_TODAY;
	delete process.env.STALE_AFTER_DAYS;
});

describe('stale dated facts are reported, not failed', () => {
	test('a row older than the limit is listed with its age and source', { timeout: SYNC_TIMEOUT }, async () => {
		const scenario = readScenario('.', 'stale-facts');
		process.env.PLAYBOOK_TODAY = '2026-12-06';
		const result = await check(makeSite('stale-facts', scenario.edits));
		expect(result.errors).toEqual([]);
		expect(result.stale.map(formatContentError)).toEqual(scenario.expected);
		expect(formatStaleReport(result.stale, result.staleAfterDays).split('\n')[0]).toBe('2 dated fact(s) last checked more than 180 days ago:');
	});

	test('the valid content is fresh under the default limit but not under a 5-day one', { timeout: SYNC_TIMEOUT }, async () => {
		process.env.PLAYBOOK_TODAY = '2026-12-06';
		expect((await check(makeSite('stale-fresh'))).stale).toEqual([]);
		process.env.STALE_AFTER_DAYS = '5';
		const rows = (await check(makeSite('stale-fresh'))).stale.map(formatContentError);
		expect(rows).toContain('content/regulations/eu-vat-ecommerce.yaml: asOf: 2026-11-25 is 11 days old (limit 5): check https://taxation-customs.ec.europa.eu/online-sellers_en and update the row and its date');
		expect(rows).toContain('content/figures/figures.yaml: customs-holds-per-week.asOf: 2026-11-25 is 11 days old (limit 5): check https://playbook.example/risks/tax-customs/#indicators and update the row and its date');
	});

	test('bad settings get a clear message', () => {
		expect(() => staleAfterDays({ STALE_AFTER_DAYS: 'half a year' })).toThrow('STALE_AFTER_DAYS must be a whole number of days, got "half a year"');
		expect(() => today({ PLAYBOOK_TODAY: '6 Dec 2026' })).toThrow('PLAYBOOK_TODAY must be a date written YYYY-MM-DD, got "6 Dec 2026"');
		expect(staleAfterDays({})).toBe(180);
	});
});
