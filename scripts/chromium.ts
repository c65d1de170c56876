/**
 * Finds the Chromium the browser tests drive: `CHROMIUM_PATH` when it is set (and only that),
 * else Debian's `/usr/bin/chromium`.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = process.env.CHROMIUM_PATH
	? [process.env.CHROMIUM_PATH]
	: ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
	return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/** Flags for a headless Chromium on a machine with a closed network (see README). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
