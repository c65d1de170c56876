/**
 * Finds Debian's nginx (`NGINX_PATH` when set, and only that) and adapts the production site
 * configuration to a local test run: a loopback port and this checkout's `dist/`.
 */
import { existsSync } from 'node:fs';

export const NGINX_CANDIDATES = process.env.NGINX_PATH ? [process.env.NGINX_PATH] : ['/usr/sbin/nginx', '/usr/bin/nginx'];

export function findNginx(): string | undefined {
	return NGINX_CANDIDATES.find((path) => existsSync(path));
}

export function siteConfigFor(config: string, { port, root }: { port: number; root: string }): string {
	const replace = (text: string, pattern: RegExp, by: string) => {
		if (!pattern.test(text)) throw new Error(`deploy/nginx/playbook.conf no longer has ${pattern}`);
		return text.replace(pattern, by);
	};
	let site = replace(config, /^\tlisten 80;$/m, `\tlisten 127.0.0.1:${port};`);
	site = replace(site, /^\tlisten \[::\]:80;\n/m, '');
	return replace(site, /^\troot \/var\/www\/playbook;$/m, `\troot ${root};`);
}
