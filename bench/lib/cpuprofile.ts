/** Reads a V8 CPU profile (node --cpu-prof, or the DevTools Profiler) and says where time went. */
import { readFileSync } from 'node:fs';

/** A function as V8's profiles name it. */
export interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}

interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}

export interface Profile {
	nodes: ProfileNode[];
	/** Microseconds on the monotonic clock (process.hrtime's clock, on Linux). */
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** Where a function of a Node process comes from, in a few words. */
export function nodeArea(url: string, name: string): string {
	if (name === '(idle)') return 'idle (waiting for I/O)';
	if (name === '(garbage collector)') return 'garbage collector';
	if (name === '(program)') return 'V8/native (program)';
	const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
	if (pkg) return pkg;
	if (url.startsWith('node:')) {
		if (url.includes('deps/undici')) return 'node: Request/Response (undici)';
		if (/node:(internal\/)?(http|_http|net|stream|streams|webstreams)/.test(url))
			return 'node: http, net, streams';
		return 'node: other internals';
	}
	if (url.includes('/build/server/') || url.includes('/build/')) return 'app (built server code)';
	if (url === '') return `native: ${name || '(anonymous)'}`;
	return url.replace(/^file:\/\//, '');
}

export interface ProfileSummary {
	totalMs: number;
	byArea: { area: string; ms: number; share: number }[];
	topFunctions: { fn: string; where: string; ms: number; share: number }[];
}

/**
 * Self time per area and per function, counting only the samples taken within `window` (two
 * process.hrtime.bigint() readings, ns) when given: the measured part, without start-up.
 */
export function summarizeProfile(
	source: string | Profile,
	window?: { from: bigint; to: bigint },
	options: { top?: number; area?: (url: string, name: string) => string } = {}
): ProfileSummary {
	const profile =
		typeof source === 'string' ? (JSON.parse(readFileSync(source, 'utf8')) as Profile) : source;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<number, number>();
	const from = window ? Number(window.from / 1000n) : -Infinity;
	const to = window ? Number(window.to / 1000n) : Infinity;
	let at = profile.startTime;
	profile.samples.forEach((id, i) => {
		const delta = profile.timeDeltas[i] ?? 0;
		at += delta;
		if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + delta / 1000);
	});
	const { total, byArea, topFunctions } = tally(
		[...self].map(([id, ms]) => [byId.get(id)!.callFrame, ms]),
		options.area ?? nodeArea,
		options.top ?? 20
	);
	return {
		totalMs: total,
		byArea: byArea.map(({ area, amount, share }) => ({ area, ms: amount, share })),
		topFunctions: topFunctions.map(({ fn, where, amount, share }) => ({
			fn: fn.replace(/file:\/\/\S*node_modules\//, ''),
			where,
			ms: amount,
			share
		}))
	};
}

/**
 * Amounts attributed to functions (self time, bytes…), totalled per area and per function,
 * largest first, with their share of the whole.
 */
export function tally(
	amounts: [CallFrame, number][],
	area: (url: string, name: string) => string,
	top: number
): {
	total: number;
	byArea: { area: string; amount: number; share: number }[];
	topFunctions: { fn: string; where: string; amount: number; share: number }[];
} {
	const areas = new Map<string, number>();
	const fns = new Map<string, { where: string; amount: number }>();
	for (const [{ functionName, url, lineNumber }, amount] of amounts) {
		const a = area(url, functionName);
		areas.set(a, (areas.get(a) ?? 0) + amount);
		const key = `${functionName || '(anonymous)'} ${url}:${lineNumber + 1}`;
		const fn = fns.get(key) ?? { where: a, amount: 0 };
		fn.amount += amount;
		fns.set(key, fn);
	}
	const total = [...areas.values()].reduce((a, b) => a + b, 0);
	return {
		total,
		byArea: [...areas]
			.map(([a, amount]) => ({ area: a, amount, share: amount / total }))
			.sort((x, y) => y.amount - x.amount),
		topFunctions: [...fns]
			.map(([fn, v]) => ({ fn, ...v, share: v.amount / total }))
			.sort((x, y) => y.amount - x.amount)
			.slice(0, top)
	};
}
