/**
 * Small parsers used only by the tests: an RFC 5545 reader (unfolds lines, splits components and
 * properties, unescapes TEXT) and an XML well-formedness reader for the Atom feed.
 */

export interface ICalProperty {
	name: string;
	params: Record<string, string>;
	value: string;
}
export interface ICalComponent {
	type: string;
	props: ICalProperty[];
	children: ICalComponent[];
}

/** Parses an iCalendar text; throws on bare LF, unbalanced BEGIN/END or a malformed content line. */
export function parseICalendar(text: string): ICalComponent {
	if (/(^|[^\r])\n/.test(text)) throw new Error('line ends must be CRLF');
	if (!text.endsWith('\r\n')) throw new Error('the file must end with CRLF');
	const physical = text.slice(0, -2).split('\r\n');
	const lines: string[] = [];
	for (const line of physical) {
		if (new TextEncoder().encode(line).length > 75) throw new Error(`line longer than 75 octets: ${line}`);
		if (line.startsWith(' ') || line.startsWith('\t')) {
			if (!lines.length) throw new Error('continuation line at the start');
			lines[lines.length - 1] += line.slice(1);
		} else lines.push(line);
	}
	const stack: ICalComponent[] = [{ type: '(root)', props: [], children: [] }];
	for (const line of lines) {
		const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
		if (!match) throw new Error(`malformed content line: ${line}`);
		const [, name, rawParams, value] = match;
		const params = Object.fromEntries(rawParams.split(';').filter(Boolean).map((p) => p.split('=') as [string, string]));
		if (name === 'BEGIN') {
			const component: ICalComponent = { type: value, props: [], children: [] };
			stack.at(-1)!.children.push(component);
			stack.push(component);
		} else if (name === 'END') {
			const open = stack.pop()!;
			if (open.type !== value) throw new Error(`END:${value} closes ${open.type}`);
		} else stack.at(-1)!.props.push({ name, params, value });
	}
	if (stack.length !== 1 || stack[0].children.length !== 1) throw new Error('unbalanced components');
	return stack[0].children[0];
}

export function prop(component: ICalComponent, name: string): ICalProperty | undefined {
	return component.props.find((p) => p.name === name);
}

/** The value of a TEXT property with its escapes undone. */
export function unescapeText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export interface XmlElement {
	name: string;
	attrs: Record<string, string>;
	children: XmlElement[];
	text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text: string): string {
	if (/&(?!(#\d+|#x[0-9a-f]+|\w+);)/i.test(text)) throw new Error(`bare "&" in: ${text}`);
	return text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, e: string) => {
		if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
		if (!(e in ENTITIES)) throw new Error(`unknown entity ${whole}`);
		return ENTITIES[e];
	});
}

/** Parses an XML document (no DTD, no CDATA); throws when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
	let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const root: XmlElement = { name: '(document)', attrs: {}, children: [], text: '' };
	const stack = [root];
	while (rest.length) {
		const lt = rest.indexOf('<');
		if (lt === -1) {
			if (rest.trim()) throw new Error('text after the root element');
			break;
		}
		const text = rest.slice(0, lt);
		if (text.includes('&') || text.trim()) stack.at(-1)!.text += decode(text);
		if (/[<>]/.test(text)) throw new Error('stray angle bracket');
		rest = rest.slice(lt);
		const close = /^<\/([\w:.-]+)\s*>/.exec(rest);
		if (close) {
			const open = stack.pop()!;
			if (open.name !== close[1]) throw new Error(`</${close[1]}> closes <${open.name}>`);
			rest = rest.slice(close[0].length);
			continue;
		}
		const tag = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>/.exec(rest);
		if (!tag) throw new Error(`malformed tag near: ${rest.slice(0, 40)}`);
		const attrs: Record<string, string> = {};
		for (const [, key, value] of tag[2].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
			if (key in attrs) throw new Error(`duplicate attribute ${key}`);
			attrs[key] = decode(value);
		}
		const element: XmlElement = { name: tag[1], attrs, children: [], text: '' };
		stack.at(-1)!.children.push(element);
		if (!tag[3]) stack.push(element);
		rest = rest.slice(tag[0].length);
	}
	if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
	if (root.children.length !== 1) throw new Error('a document has exactly one root element');
	return root.children[0];
}

export const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
