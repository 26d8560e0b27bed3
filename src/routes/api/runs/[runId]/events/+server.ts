import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db/instance';
import { requireKiosk } from '$lib/server/kiosk/api';
import { receiveBatch } from '$lib/server/runs/receive';
import type { RequestHandler } from './$types';

/**
 * A kiosk posts a batch of a run's events; the answer carries the highest contiguous seq stored.
 * `cli/serve.ts` answers the kiosks' own requests before SvelteKit, with the same `receiveBatch`.
 */
export const POST: RequestHandler = async ({ request, params, locals }) => {
	const attemptId = requireKiosk(locals);
	const answer = await receiveBatch(database(), {
		runId: params.runId,
		kiosk: { attemptId },
		declaredLength: Number(request.headers.get('content-length') ?? 0),
		readText: () => request.text()
	});
	return json(answer.body, { status: answer.status });
};
