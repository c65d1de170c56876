/**
 * Splits a Markdown/MDX file into YAML frontmatter and body. YAML is read with the core schema so
 * that dates stay strings: the default schema would turn `2026-02-30` into 2 March without a word.
 */
import yaml from 'js-yaml';

export interface ParsedFile {
	data: unknown;
	body: string;
	/** 1-based line on which the body starts. */
	bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export class FrontmatterError extends Error {}

/** Parses YAML; `firstLine` is the file line the YAML starts on, so errors point into the file. */
export function parseYaml(source: string, firstLine = 1): unknown {
	try {
		return yaml.load(source, { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
		const line = error instanceof yaml.YAMLException ? error.mark?.line : undefined;
		throw new FrontmatterError(`invalid YAML${line === undefined ? '' : ` on line ${line + firstLine}`}: ${reason}`);
	}
}

export function parseFrontmatter(source: string): ParsedFile {
	const match = FRONTMATTER.exec(source);
	if (!match) throw new FrontmatterError('file must start with a YAML frontmatter block between two "---" lines');
	// The YAML starts on line 2, after the opening `---`.
	const data = parseYaml(match[1], 2) ?? {};
	const bodyLine = match[0].split('\n').length;
	return { data, body: source.slice(match[0].length), bodyLine };
}
