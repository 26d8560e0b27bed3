/**
 * The items by key, each group in the items' order: one pass, where filtering the whole list for
 * each key would be quadratic (pages list hundreds of candidates with several rows each).
 */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}
