/** Reads a V8 sampling heap profile (DevTools `HeapProfiler.stopSampling`): who allocated what. */

interface HeapNode {
	callFrame: { functionName: string; url: string; lineNumber: number };
	/** Bytes allocated by this function itself (sampled), in this call path. */
	selfSize: number;
	children: HeapNode[];
}

export interface HeapProfile {
	head: HeapNode;
}

export interface AllocationSummary {
	totalKB: number;
	byArea: { area: string; kb: number; share: number }[];
	topFunctions: { fn: string; where: string; kb: number; share: number }[];
}

/**
 * Bytes allocated per area and per function (self), over the whole sampling. Started with
 * `includeObjectsCollectedByMajorGC/MinorGC`, the profile counts what was allocated, collected
 * or not: the garbage collector's work follows it.
 */
export function summarizeAllocations(
	profile: HeapProfile,
	area: (url: string, name: string) => string,
	top = 15
): AllocationSummary {
	const areas = new Map<string, number>();
	const fns = new Map<string, { where: string; bytes: number }>();
	const visit = (node: HeapNode) => {
		if (node.selfSize) {
			const { functionName, url, lineNumber } = node.callFrame;
			const a = area(url, functionName);
			areas.set(a, (areas.get(a) ?? 0) + node.selfSize);
			const key = `${functionName || '(anonymous)'} ${url}:${lineNumber + 1}`;
			const fn = fns.get(key) ?? { where: a, bytes: 0 };
			fn.bytes += node.selfSize;
			fns.set(key, fn);
		}
		for (const child of node.children) visit(child);
	};
	visit(profile.head);
	const total = [...areas.values()].reduce((a, b) => a + b, 0);
	return {
		totalKB: total / 1024,
		byArea: [...areas]
			.map(([a, bytes]) => ({ area: a, kb: bytes / 1024, share: bytes / total }))
			.sort((x, y) => y.kb - x.kb),
		topFunctions: [...fns]
			.map(([fn, v]) => ({ fn, where: v.where, kb: v.bytes / 1024, share: v.bytes / total }))
			.sort((x, y) => y.kb - x.kb)
			.slice(0, top)
	};
}
