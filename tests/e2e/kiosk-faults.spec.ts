import { expect, test, type Page } from '@playwright/test';
import { registeredExercises } from '../../exercises/registry.server';
import { Lateness } from '../../src/lib/server/runs/lateness';
import { openKiosk, placeParcel, practiseSorting } from './helpers';
import { newAttempt, storedEvents, storedScores, withDb } from './data';
import { atTestItem, expectWholeRun, playAttempt, playExercise } from './player';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

const sorting = (itemCount: number) => ({
	exercises: [{ exerciseId: 'consignes', config: { itemCount, difficulty: 1 } }]
});

const deadlineOf = (runId: string) =>
	withDb((db) =>
		db.selectFrom('runs').select('deadline_at').where('id', '=', runId).executeTakeFirstOrThrow()
	);

/** What a fault does, given the page and the rest of the run to play (`play`). */
interface Fault {
	(kiosk: { page: Page; runId: string; play: () => Promise<unknown> }): Promise<void>;
}

/**
 * The faults a room meets, in the timed part of every registered exercise, played by its bot. A
 * reload resumes (`run.resumed`) and keeps the deadline; 30 s offline keeps every answer on the
 * tablet, says so, and sends them once back (the bot goes on playing, offline, meanwhile).
 */
const faults: Record<string, Fault> = {
	'a reload': async ({ page, runId, play }) => {
		const { deadline_at: deadline } = await deadlineOf(runId);
		expect(deadline).not.toBeNull();
		await page.reload();
		await play();
		expect((await deadlineOf(runId)).deadline_at).toBe(deadline);
		expect((await storedEvents(runId)).some((e) => e.type === 'run.resumed')).toBe(true);
	},
	'30 s offline': async ({ page, runId, play }) => {
		await page.context().setOffline(true);
		await expect(
			page.getByText('Connexion perdue : vos réponses sont gardées sur la tablette.')
		).toBeVisible();
		const playing = play();
		await page.waitForTimeout(30_000);
		const whileOffline = (await storedEvents(runId)).length;
		await page.context().setOffline(false);
		await playing;
		await expect
			.poll(async () => (await storedEvents(runId)).length, { timeout: 20_000 })
			.toBeGreaterThan(whileOffline);
		// Stamped on time: counted, even when the time ran out offline (then flagged).
		expect((await storedEvents(runId)).filter((e) => e.late === Lateness.late)).toEqual([]);
	}
};

for (const { definition, server } of registeredExercises()) {
	for (const [name, fault] of Object.entries(faults)) {
		test(`${definition.id}: ${name} in the timed part loses nothing and the run ends scored`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			const attempt = await newAttempt({
				exercises: [{ exerciseId: definition.id, config: server.bot.quickConfig }]
			});
			const options = { attemptId: attempt.attemptId, skill: 0.9, rngSeed: 5 };
			await openKiosk(page, attempt.kioskCode);
			await playExercise(page, { ...options, until: atTestItem(2) });
			await fault({ page, runId: attempt.runIds[0]!, play: () => playAttempt(page, options) });
			await expectWholeRun(attempt.attemptId);
		});
	}
}

test('the run API refuses bad batches with the reason and stores a replayed batch once', async ({
	page
}) => {
	const attempt = await newAttempt(sorting(10));
	const other = await newAttempt(sorting(10));
	const runId = attempt.runIds[0]!;
	await openKiosk(page, attempt.kioskCode);
	await expect(page.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();
	// Let the kiosk's own first events arrive, then post after them.
	await expect.poll(async () => (await storedEvents(runId)).length).toBeGreaterThan(0);
	const firstSeq = (await storedEvents(runId)).length;
	const post = (id: string, data: unknown) =>
		page.request.post(`/api/runs/${id}/events`, {
			headers: { 'content-type': 'application/json' },
			data: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data))
		});
	const event = (seq: number) => ({ seq, t: 90_000 + seq, type: 'focus.lost', data: {} });

	const malformed = await post(runId, '{"firstSeq": 0, "events": [');
	expect(malformed.status()).toBe(400);
	expect(await malformed.json()).toEqual({ error: 'body is not valid JSON' });

	const badType = await post(runId, {
		firstSeq,
		sentT: 0,
		events: [{ ...event(firstSeq), type: 'score.set', data: { raw: 99 } }]
	});
	expect(badType.status()).toBe(400);
	expect((await badType.json()).error).toBe(`unknown event type "score.set" at seq ${firstSeq}`);

	const huge = await post(runId, {
		firstSeq,
		sentT: 0,
		events: Array.from({ length: 201 }, (_, i) => event(firstSeq + i))
	});
	expect(huge.status()).toBe(400);
	expect((await huge.json()).error).toContain('events');
	const oversized = await post(runId, {
		firstSeq,
		sentT: 0,
		events: [{ ...event(firstSeq), data: { pad: 'x'.repeat(70_000) } }]
	});
	expect(oversized.status()).toBe(400);

	const gap = await post(runId, {
		firstSeq: firstSeq + 5,
		sentT: 0,
		events: [event(firstSeq + 5)]
	});
	expect(gap.status()).toBe(409);
	expect((await gap.json()).expected).toBe(firstSeq);

	const foreign = await post(other.runIds[0]!, { firstSeq: 0, sentT: 0, events: [event(0)] });
	expect(foreign.status()).toBe(403);

	const good = { firstSeq, sentT: 0, events: [event(firstSeq), event(firstSeq + 1)] };
	expect((await (await post(runId, good)).json()).ack).toBe(firstSeq + 1);
	expect((await (await post(runId, good)).json()).ack).toBe(firstSeq + 1);
	const stored = (await storedEvents(runId)).filter((e) => e.seq >= firstSeq);
	expect(stored.map((e) => e.seq)).toEqual([firstSeq, firstSeq + 1]);

	// Without the kiosk cookie there is no attempt at all.
	const anonymous = await page.request.post(`/api/runs/${runId}/events`, {
		headers: { 'content-type': 'application/json', cookie: '' },
		data: Buffer.from(JSON.stringify(good))
	});
	expect([401, 403]).toContain(anonymous.status());
});

test('a second tablet opening the same code takes the run over; the first is told', async ({
	browser
}) => {
	const attempt = await newAttempt(sorting(10));
	const first = await browser.newPage({ hasTouch: true });
	await openKiosk(first, attempt.kioskCode);
	await expect(first.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();

	const second = await browser.newPage({ hasTouch: true });
	await second.goto('/kiosque');
	await second.getByLabel('Votre code').fill(attempt.kioskCode);
	await second.getByRole('button', { name: 'Valider' }).tap();
	await expect(second.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible({
		timeout: 15_000
	});

	// Its next event is refused: it says so instead of letting the person work for nothing.
	await first.getByRole('button', { name: 'Je m’entraîne' }).tap();
	await expect(first.getByRole('alert')).toHaveText(
		'Cette passation a été ouverte sur une autre tablette. Demandez au conseiller.'
	);
	await first.close();
	await second.close();
});

test('a reload while the network is down still resumes the run (service worker)', async ({
	page,
	context
}) => {
	const attempt = await newAttempt(sorting(10));
	await openKiosk(page, attempt.kioskCode);
	await practiseSorting(page);
	await placeParcel(page, 1);
	await page.waitForFunction(
		async () =>
			!!(await navigator.serviceWorker.ready).active && !!navigator.serviceWorker.controller
	);
	// One reload with the network up lets the service worker keep this page for later.
	await page.reload();
	await placeParcel(page, 2);

	await context.setOffline(true);
	await page.reload();
	await placeParcel(page, 3);
	await placeParcel(page, 4);
	await context.setOffline(false);
	for (let n = 5; n <= 10; n++) await placeParcel(page, n);
	await expect
		.poll(async () => (await storedScores(attempt.attemptId)).length, { timeout: 20_000 })
		.toBe(1);
	const events = await storedEvents(attempt.runIds[0]!);
	expect(events.filter((e) => e.type === 'run.resumed')).toHaveLength(2);
	const [score] = await storedScores(attempt.attemptId);
	expect(JSON.parse(score!.subscores).processed).toBe(10);
});

test('the service worker keeps only kiosk code: no staff page, no chart.js', async ({ page }) => {
	const attempt = await newAttempt(sorting(10));
	await openKiosk(page, attempt.kioskCode);
	await expect(page.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();
	const cachedCode = () =>
		page.evaluate(async () => {
			const files: { url: string; chartJs: boolean; staff: boolean }[] = [];
			for (const key of await caches.keys()) {
				const cache = await caches.open(key);
				for (const request of await cache.keys()) {
					if (!request.url.endsWith('.js')) continue;
					const text = (await (await cache.match(request))?.text()) ?? '';
					files.push({
						url: request.url,
						chartJs: /Chart\.js|chartjs/i.test(text),
						// A staff page's text (campaign.new), absent from the kiosk catalogues.
						staff: text.includes('Nouvelle campagne')
					});
				}
			}
			return files;
		});
	// Every file of the kiosk app the page loaded reaches the cache once the worker runs (sent by
	// the page on its first visit).
	const loaded = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((url) => url.endsWith('.js'))
	);
	expect(loaded.length).toBeGreaterThan(4);
	// The kiosk app is built apart: no SvelteKit client code on a kiosk page.
	expect(loaded.filter((url) => !new URL(url).pathname.startsWith('/kiosk-app/'))).toEqual([]);
	await expect
		.poll(
			async () => {
				const cached = new Set((await cachedCode()).map((f) => f.url));
				return loaded.filter((url) => !cached.has(url));
			},
			{ timeout: 20_000 }
		)
		.toEqual([]);
	const cached = await cachedCode();
	expect(cached.filter((f) => f.chartJs || f.staff)).toEqual([]);
});
