/** Fills `{name}` placeholders from `params`; unknown names stay as they are. */
export function fillPlaceholders(text: string, params?: Record<string, string | number>): string {
	return params ? text.replace(/\{(\w+)\}/g, (m, name) => String(params[name] ?? m)) : text;
}
