/** A JSON file served at a URL carrying a hash of its content, so a host and the browser may keep it for good. */
import { createHash } from 'node:crypto';

export interface Asset {
	/** The JSON text served. */
	body: string;
	/** The first 12 hex digits of its SHA-256: part of the URL. */
	hash: string;
}

export const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export const asset = (value: unknown): Asset => {
	const body = JSON.stringify(value);
	return { body, hash: sha(body) };
};
