/**
 * The one placeholder formatter: fills `{name}` in a string from the tables. Unknown names stay as
 * written, so a missing value shows. Framework-free; the islands use it too.
 */
export function format(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
