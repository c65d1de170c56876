/**
 * Production delivery, as a Starlight plugin: the offline worker and its registration, the web app
 * manifests, the English 404 page, and `dist/_headers` with the build's Content Security Policy.
 * Its `astro:build:done` runs after Starlight's (which writes the Pagefind index), so the worker's
 * list includes the search index.
 */
import { mkdirSync, readFileSync, renameSync, rmdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
// esbuild is Astro's own dependency (always installed with it); it bundles the worker's TypeScript.
import { build } from 'esbuild';
import { renderHeadersFile } from '../lib/deploy/headers';
import { readSite, type SiteReading } from '../lib/deploy/site-files';
import { SERVICE_WORKER_FILE } from '../lib/deploy/sw-protocol';
import { webManifest } from '../lib/deploy/web-manifest';
import { LOCALES } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import { localeTable } from '../i18n/tables';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const packageJson = JSON.parse(readFileSync(here('../../package.json'), 'utf8')) as { version: string };

/** `/en/404/index.html` → `/en/404.html`, beside Starlight's `/404.html`. */
function moveLocale404s(dist: string) {
	for (const { prefix } of LOCALES) {
		if (!prefix) continue;
		const built = join(dist, prefix, '404', 'index.html');
		if (!existsSync(built)) throw new Error(`The ${prefix} 404 page was not built (${built}).`);
		renameSync(built, join(dist, prefix, '404.html'));
		rmdirSync(dirname(built));
	}
}

function writeManifests(dist: string, base: string) {
	for (const locale of LOCALES) {
		const t = useTranslations(locale.folder);
		const startUrl = `${base}${locale.prefix ? `${locale.prefix}/` : ''}`;
		const text = { lang: locale.lang, name: t('site.title'), shortName: localeTable(locale.folder).delivery.shortName, description: t('site.description'), startUrl };
		const file = join(dist, locale.prefix, 'manifest.webmanifest');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `${JSON.stringify(webManifest(text, base), null, '\t')}\n`);
	}
}

async function writeServiceWorker(dist: string, base: string, { urls, bytes, buildId }: SiteReading) {
	const edition = `${packageJson.version}+${buildId}`;
	// Longest prefix first, so `/en/…` finds the English page before `/` finds the Chinese one.
	const notFound = LOCALES.map((l) => [`${base}${l.prefix ? `${l.prefix}/` : ''}`, `${base}${l.prefix ? `${l.prefix}/` : ''}404.html`]).sort((a, b) => b[0].length - a[0].length);
	const result = await build({
		entryPoints: [here('../scripts/service-worker.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		define: {
			__PLAYBOOK_EDITION__: JSON.stringify(edition),
			__PRECACHE__: JSON.stringify(urls),
			__NOT_FOUND__: JSON.stringify(notFound),
		},
	});
	const code = result.outputFiles[0].text;
	writeFileSync(join(dist, SERVICE_WORKER_FILE), code);
	return { edition, files: urls.length, precacheBytes: bytes, workerBytes: Buffer.byteLength(code), workerGzip: gzipSync(code).length };
}

function deliveryIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'playbook-delivery',
		hooks: {
			'astro:config:setup': ({ config, injectScript, injectRoute }) => {
				base = config.base.replace(/\/?$/, '/');
				injectScript('page', `import ${JSON.stringify(here('../scripts/sw-register.ts'))};`);
				for (const { prefix } of LOCALES) {
					if (prefix) injectRoute({ pattern: `/${prefix}/404`, entrypoint: here('./delivery/en-404.astro'), prerender: true });
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				moveLocale404s(dist);
				writeManifests(dist, base);
				const site = readSite(dist, base);
				const worker = await writeServiceWorker(dist, base, site);
				writeFileSync(join(dist, '_headers'), renderHeadersFile(site.csp));
				const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
				logger.info(
					`offline edition ${worker.edition}: ${worker.files} files, ${kb(worker.precacheBytes)} precached; sw.js ${kb(worker.workerBytes)} (${kb(worker.workerGzip)} gzip); _headers written`
				);
			},
		},
	};
}

export function playbookDelivery(): StarlightPlugin {
	return {
		name: 'playbook-delivery',
		hooks: {
			'config:setup'({ addIntegration, addRouteMiddleware, updateConfig, config }) {
				updateConfig({ customCss: [...(config.customCss ?? []), './src/styles/delivery.css'] });
				addRouteMiddleware({ entrypoint: here('./delivery/head.ts') });
				addIntegration(deliveryIntegration());
			},
		},
	};
}
