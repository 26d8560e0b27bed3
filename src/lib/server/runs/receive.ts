import type { Db } from '../db';
import { attemptForKioskToken, NO_ATTEMPT_ON_KIOSK } from '../kiosk/binding';
import { readJsonBody } from '../kiosk/json-body';
import { batchSchema, ingestBatch, type KioskIdentity } from './ingest';

/** An HTTP answer, for whichever server sends it. */
export interface Answer {
	status: number;
	body: Record<string, unknown>;
}

/** A kiosk's request to store a batch: the run in its path, who posts, and the body. */
export interface BatchRequest {
	runId: string;
	kiosk: KioskIdentity;
	/** The Content-Length header, 0 when absent. */
	declaredLength: number;
	readText: () => Promise<string>;
}

/**
 * The run API (`POST /api/runs/{runId}/events`), whatever serves it: the SvelteKit route, or
 * the direct endpoint in front of SvelteKit. 200 with `ack` (the highest contiguous seq stored),
 * `deadline` and `serverNow`; 400 with the reason for a malformed batch (nothing stored); 401
 * for a kiosk token that opens no attempt; 403 for a run bound to another kiosk; 404 for an
 * unknown run; 409 on a gap, with the seq `expected`.
 */
export async function receiveBatch(
	db: Db,
	request: BatchRequest,
	now = new Date()
): Promise<Answer> {
	const answer = await answerBatch(db, request, now);
	// Given a token rather than an attempt, a kiosk whose token opens no attempt is refused
	// first, as the hook and requireKiosk do on the route. A stored batch proved the binding
	// already, so only refusals pay for the look-up.
	if (answer.status !== 200 && 'kioskToken' in request.kiosk) {
		const attemptId = await attemptForKioskToken(db, request.kiosk.kioskToken);
		if (!attemptId) return { status: 401, body: { message: NO_ATTEMPT_ON_KIOSK } };
	}
	return answer;
}

async function answerBatch(db: Db, request: BatchRequest, now: Date): Promise<Answer> {
	const body = await readJsonBody(request.declaredLength, request.readText, batchSchema);
	if (!body.ok) return { status: 400, body: { error: body.reason } };
	const result = await ingestBatch(
		db,
		{ runId: request.runId, batch: body.data, ...request.kiosk },
		now
	);
	if (!result.ok) {
		const extra = result.status === 409 ? { expected: result.expected } : {};
		return { status: result.status, body: { error: result.reason, ...extra } };
	}
	return {
		status: 200,
		body: { ack: result.ack, deadline: result.deadline, serverNow: Date.now() }
	};
}
