import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/instance';
import { readJson, refuse, requireKiosk } from '$lib/server/kiosk/api';
import { batchSchema, ingestBatch } from '$lib/server/runs/ingest';
import type { RequestHandler } from './$types';

/** A kiosk posts a batch of a run's events; the answer carries the highest contiguous seq stored. */
export const POST: RequestHandler = async ({ request, params, locals }) => {
	const attemptId = requireKiosk(locals);
	const body = await readJson(request, batchSchema);
	if (!body.ok) return body.response;
	const result = await ingestBatch(database(), {
		runId: params.runId,
		attemptId,
		batch: body.data
	});
	if (!result.ok) {
		return refuse(
			result.status,
			result.reason,
			result.status === 409 ? { expected: result.expected } : {}
		);
	}
	return json({ ack: result.ack, deadline: result.deadline, serverNow: Date.now() });
};
