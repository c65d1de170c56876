/**
 * Synthetic content for the scale benchmark: `count` entries per locale (5 strategies, the rest
 * split between risks and checklists) whose references are all valid, plus the same number of
 * plain Markdown pages per locale for a stock Starlight site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LOCALES = ['zh-cn', 'en'] as const;

function write(path: string, text: string) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

const paragraph = (n: number, lang: string) =>
	lang === 'en'
		? `Scenario ${n}: a shipment is held because the declared value differs from the marketplace price; the team checks [[vat]] records, answers the broker and fixes the listing within a day.`
		: `场景 ${n}：一票货物因申报价值与平台售价不一致被海关扣留；团队核对[[vat]]记录，回复报关行，并在一天内修正商品页。`;

/** Writes the playbook's content folder with `count` entries per locale into `contentDir`. */
export function writePlaybookContent(contentDir: string, count: number) {
	const strategies = 5;
	const risks = Math.floor((count - strategies) / 2);
	const checklists = count - strategies - risks;
	const strategyId = (i: number) => `strategy-${i + 1}`;
	const riskId = (i: number) => `risk-${i + 1}`;
	const checklistId = (i: number) => `checklist-${i + 1}`;
	// Checklist i verifies risk i (when it exists) with its first item.
	const itemId = (i: number, j: number) => `c${i + 1}-item-${j + 1}`;
	for (const lang of LOCALES) {
		const text = (s: string) => (lang === 'en' ? s : `${s}（中文）`);
		for (let i = 0; i < strategies; i++) {
			write(join(contentDir, 'strategies', lang, `${strategyId(i)}.md`), `---
title: ${text(`Strategy ${i + 1}`)}
order: ${i + 1}
summary: ${text('What this pillar achieves.')}
objectives: ["${text('Know the market')}"]
roles: [operations]
practices:
  - { id: weekly-review, title: "${text('Weekly review')}", owner: operations, input: "${text('Sales data')}", output: "${text('Decisions')}", cadence: weekly, detail: "${text('Read the figures and decide.')}" }
kpis:
  - { id: margin, name: "${text('Margin')}", min: 10, unit: "%", how: "${text('Monthly ledger')}" }
maturity:
  - { level: 0, observable: "${text('Nothing')}" }
  - { level: 1, observable: "${text('Some')}" }
  - { level: 2, observable: "${text('Most')}" }
  - { level: 3, observable: "${text('All')}" }
risks: [${riskId(i)}]
checklists: [${checklistId(i)}]
---
${paragraph(i, lang)}
`);
		}
		for (let i = 0; i < risks; i++) {
			write(join(contentDir, 'risks', lang, `${riskId(i)}.md`), `---
title: ${text(`Risk ${i + 1}`)}
category: compliance
order: ${i + 1}
summary: ${text('What goes wrong.')}
likelihood: ${(i % 5) + 1}
impact: ${((i + 2) % 5) + 1}
rationale: ${text('Why it is rated so.')}
indicators:
  - { id: held-parcels, name: "${text('Held parcels')}", threshold: "${text('More than 2 a week')}", source: "${text('Carrier report')}" }
mitigations:
  - { id: control, title: "${text('Control')}", detail: "${text('Register for [[vat]] first.')}", strategy: ${strategyId(i % strategies)}, items: [${itemId(i, 0)}] }
response:
  first24h: ["${text('Call the broker')}"]
  firstWeek: ["${text('Review declared values')}"]
owner: compliance
review: quarterly
regulations: [rule]
---
${paragraph(i, lang)}
`);
		}
		for (let i = 0; i < checklists; i++) {
			const mitigates = i < risks ? `[${riskId(i)}]` : '[]';
			write(join(contentDir, 'checklists', lang, `${checklistId(i)}.md`), `---
title: ${text(`Checklist ${i + 1}`)}
order: ${i + 1}
summary: ${text('Checks before launch.')}
audience: [operations]
sections:
  - id: basics
    title: ${text('Basics')}
    items:
      - { id: ${itemId(i, 0)}, statement: "${text('It is done.')}", evidence: "${text('A record.')}", weight: 3, mitigates: ${mitigates}, implements: ${strategyId(i % strategies)} }
      - { id: ${itemId(i, 1)}, statement: "${text('It is checked.')}", evidence: "${text('A log.')}", weight: 1, implements: ${strategyId(i % strategies)} }
---
${paragraph(i, lang)}
`);
		}
	}
	write(join(contentDir, 'docs/index.md'), `---\ntitle: 手册首页\n---\n## 怎么用 { #how-to-use }\n\n${paragraph(0, 'zh-cn')}\n`);
	write(join(contentDir, 'docs/en/index.md'), `---\ntitle: Playbook home\n---\n## How to use it { #how-to-use }\n\n${paragraph(0, 'en')}\n`);
	write(join(contentDir, 'glossary/terms.yaml'), `- id: vat\n  abbr: VAT\n  zh-cn: { term: 增值税, definition: 按增值部分征收的消费税。 }\n  en: { term: Value-added tax, definition: A consumption tax. }\n`);
	write(join(contentDir, 'regulations/rule.yaml'), `jurisdiction: EU\nstatus: in-force\ndates: { appliesFrom: 2021-07-01, events: [] }\nurl: https://example.org/rule\nasOf: 2026-11-25\napplicability: [{ markets: [eu] }]\nzh-cn: { name: 一条规则, requires: 申报增值税。, todo: 注册增值税。 }\nen: { name: A rule, requires: Declare VAT., todo: Register for VAT. }\n`);
	write(join(contentDir, 'figures/figures.yaml'), `- id: sample-rate\n  value: 5\n  unit: percent\n  asOf: 2026-11-25\n  source: https://example.org/rate\n  note: A figure kept once.\n`);
	write(join(contentDir, 'profiles/profiles.yaml'), `- id: seller\n  zh-cn: { name: 卖家, description: 一般卖家。 }\n  en: { name: Seller, description: A seller. }\n  checklists: [${checklistId(0)}]\n  byWeight: { '1': 0, '2': 1, '3': 2 }\n`);
}

/** Writes a stock Starlight site (root and `en` locales) with `count` plain pages per locale. */
export function writeStockSite(root: string, count: number) {
	write(join(root, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [starlight({ title: 'Stock', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' }, en: { label: 'English' } } })],
});
`);
	write(join(root, 'src/content.config.ts'), `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
	// Vite finds the packages to bundle (Starlight) through the root's declared dependencies.
	write(join(root, 'package.json'), JSON.stringify({ type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }) + '\n');
	for (const lang of LOCALES) {
		const dir = join(root, 'src/content/docs', lang === 'en' ? 'en' : '');
		write(join(dir, 'index.md'), `---\ntitle: Home\n---\n${paragraph(0, lang)}\n`);
		for (let i = 1; i < count; i++) {
			write(join(dir, `pages/page-${i}.md`), `---\ntitle: Page ${i}\ndescription: What goes wrong.\n---\n## Scenario {#scenario}\n\n${paragraph(i, lang)}\n\n## Response {#response}\n\n- Call the broker\n- Review declared values\n`);
		}
	}
}
