/** Reads a V8 sampling heap profile (DevTools `HeapProfiler.stopSampling`): who allocated what. */
import { tally, type CallFrame } from './cpuprofile';

interface HeapNode {
	callFrame: CallFrame;
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
	const amounts: [CallFrame, number][] = [];
	const visit = (node: HeapNode) => {
		if (node.selfSize) amounts.push([node.callFrame, node.selfSize]);
		for (const child of node.children) visit(child);
	};
	visit(profile.head);
	const { total, byArea, topFunctions } = tally(amounts, area, top);
	return {
		totalKB: total / 1024,
		byArea: byArea.map(({ area, amount, share }) => ({ area, kb: amount / 1024, share })),
		topFunctions: topFunctions.map(({ fn, where, amount, share }) => ({
			fn,
			where,
			kb: amount / 1024,
			share
		}))
	};
}
