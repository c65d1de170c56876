/**
 * What changed in an edition of the playbook, as Atom entries. Honest and simple: the content does
 * not record edit dates for strategies, risks or checklists, so the feed has
 *  - one entry per edition (the playbook version, which changes whenever an item's wording changes),
 *    dated by the newest check date in the content and counting what the edition holds; and
 *  - one entry per regulation and check date: when a regulation is added, or revised and its `asOf`
 *    moves, a new entry id appears, so feed readers show it as new.
 * Framework-free; the endpoint (`src/pages/[...lang]/feed.xml.ts`) gathers the inputs.
 */
import type { AtomEntry } from './atom';

export interface EditionInput {
	/** Playbook version, e.g. "0.1.0-3f9a2c1b". */
	version: string;
	counts: { strategies: number; risks: number; checklists: number; items: number; regulations: number };
	/** Regulations in the feed's language, each with the page that shows it. */
	regulations: { id: string; name: string; asOf: string; requires: string; page: string }[];
	/** Absolute URL of the edition's home page in the feed's language. */
	home: string;
	/** Host for tag: URIs (RFC 4151), e.g. "playbook.example". */
	authority: string;
}

export interface EditionWords {
	/** `{name}` is the regulation's name. */
	regulationEntry: string;
	/** `{version}`. */
	editionEntry: string;
	/** `{strategies}`, `{risks}`, `{checklists}`, `{items}`, `{regulations}`, `{asOf}`. */
	editionSummary: string;
	format: (template: string, vars: Record<string, string | number>) => string;
}

/** The newest check date in the content (the edition's date). */
export function editionDate(input: Pick<EditionInput, 'regulations'>): string {
	return input.regulations.reduce((latest, r) => (r.asOf > latest ? r.asOf : latest), '1970-01-01');
}

export function editionEntries(input: EditionInput, words: EditionWords): AtomEntry[] {
	const asOf = editionDate(input);
	// A tag URI's date is the day the authority owned the name; the first edition's date is used.
	const tag = (specific: string) => `tag:${input.authority},2026:${specific}`;
	const edition: AtomEntry = {
		id: tag(`edition/${input.version}`),
		title: words.format(words.editionEntry, { version: input.version }),
		updated: asOf,
		link: input.home,
		summary: words.format(words.editionSummary, { ...input.counts, asOf }),
		category: 'edition',
	};
	const regulations = input.regulations.map((r): AtomEntry => ({
		id: tag(`regulation/${r.id}/${r.asOf}`),
		title: words.format(words.regulationEntry, { name: r.name }),
		updated: r.asOf,
		link: r.page,
		summary: r.requires,
		category: 'regulation',
	}));
	return [edition, ...regulations];
}
