/**
 * Adding a locale is data: the valid fixture plus French, built with `build({ root })` through the
 * production config. French is only a row in `content/i18n/locales.json`, a strings table
 * (English values with a few translated) and the content in `fr` folders and under `fr:` keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, makeSite, PROJECT_ROOT, VALID_CONTENT, type Edit } from './fixture-site';

const FULL_BUILD_TIMEOUT = 240_000;

const read = (file: string) => readFileSync(join(VALID_CONTENT, file), 'utf8');

/** Every `en:` key of a YAML file, inline (`en: {…}`, `en: text`) or a block, repeated as `fr:`. */
function withFrench(yaml: string): string {
	const lines = yaml.split('\n');
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		out.push(lines[i]);
		const key = /^(\s*)en:(.*)$/.exec(lines[i]);
		if (!key) continue;
		const [, indent, rest] = key;
		if (rest.trim()) {
			out.push(`${indent}fr:${rest}`);
			continue;
		}
		const block: string[] = [];
		while (i + 1 < lines.length && lines[i + 1].startsWith(`${indent} `)) block.push(lines[++i]);
		out.push(...block, `${indent}fr:`, ...block);
	}
	return out.join('\n');
}

const locales = JSON.parse(readFileSync(join(PROJECT_ROOT, 'content/i18n/locales.json'), 'utf8')) as object[];
const english = JSON.parse(readFileSync(join(PROJECT_ROOT, 'content/i18n/en.json'), 'utf8')) as Record<string, Record<string, string>>;
const french = {
	...english,
	ui: { ...english.ui, 'site.title': 'Guide du commerce transfrontalier', 'nav.glossary': 'Glossaire', 'nav.risks': 'Registre des risques', 'strategy.kpis': 'Indicateurs clés' },
	figure: { ...english.figure, asOf: ' (au {mon}\u00A0{y})', eur: '{v}\u00A0€' },
};

const edits: Edit[] = [
	{ file: 'i18n/locales.json', write: JSON.stringify([...locales, { folder: 'fr', lang: 'fr', prefix: 'fr', label: 'Français' }]) },
	{ file: 'i18n/fr.json', write: JSON.stringify(french) },
	...['strategies/%/market-insight.md', 'risks/%/tax-customs.md', 'checklists/%/market-entry.md', 'docs/%/index.md'].map((file) => ({
		file: file.replace('%', 'fr'),
		copyFrom: file.replace('%', 'en'),
	})),
	...['glossary/terms.yaml', 'profiles/profiles.yaml', 'regulations/eu-vat-ecommerce.yaml'].map((file) => ({ file, write: withFrench(read(file)) })),
	{ file: 'figures/figures.yaml', replace: 'en: shipments }', with: 'en: shipments, fr: envois }', all: true },
];

test('a third locale needs only data and translations', { timeout: FULL_BUILD_TIMEOUT }, async () => {
	const root = makeSite('third-locale', edits);
	const { report, error } = await buildSite(root);
	expect(report).toEqual([]);
	expect(error).toBeUndefined();
	const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
	for (const path of ['fr', 'fr/strategies/market-insight', 'fr/risks/tax-customs', 'fr/checklists/market-entry', 'fr/glossary', 'fr/planner']) {
		expect(page(path), path).toMatch(/<html lang="fr"/);
	}
	const risk = page('fr/risks/tax-customs');
	// The language picker lists the three languages, each linking to the same page.
	const picker = /<starlight-lang-select>[\s\S]*?<\/starlight-lang-select>/.exec(risk)![0];
	expect([...picker.matchAll(/<option value="([^"]+)"[^>]*>\s*([^<]+?)\s*</g)].map((m) => [m[1], m[2]])).toEqual([
		['/risks/tax-customs/', '简体中文'],
		['/en/risks/tax-customs/', 'English'],
		['/fr/risks/tax-customs/', 'Français'],
	]);
	// Translated strings: the sidebar, the page title, a section heading, a figure's as-of note.
	expect(risk).toContain('Registre des risques');
	expect(risk).toContain('| Guide du commerce transfrontalier</title>');
	expect(page('fr/strategies/market-insight')).toContain('Indicateurs clés');
	expect(page('fr/strategies/market-insight')).toContain('3\u00A0€ (au nov.\u00A02026)');
	// The glossary links of French pages stay in French.
	expect(page('fr/strategies/market-insight')).toContain('<a href="/fr/glossary/#ioss" class="pb-term">Import One-Stop Shop</a>');
	expect(page('fr/glossary')).toContain('Glossaire');
	// The other locales are unchanged.
	expect(page('en/risks/tax-customs')).toMatch(/<html lang="en"/);
	expect(page('risks/tax-customs')).toContain('风险登记表');
});
