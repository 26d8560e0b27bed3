import { expect, test, type Page } from '@playwright/test';
import { registeredExercises } from '../../exercises/registry.server';
import { phaseOf, startsPhase } from '../../src/lib/engine/phased-machine';
import { openKiosk } from './helpers';
import { attemptRunSetups } from '../../src/lib/server/demo/simulate';
import { newAttempt, storedEvents, storedScores, withDb } from './data';
import { playAttempt, playExercise } from './player';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

/**
 * Every registered exercise, played through the real kiosk by its own bot (the policy the
 * toolkit plays headless for the demo and the tests): its taps reach the right buttons, the
 * server stores one log from consigne to fin and scores it.
 */
for (const { definition, server } of registeredExercises()) {
	test(`${definition.id}: its bot plays the kiosk; the server stores and scores the run`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const attempt = await newAttempt({
			exercises: [{ exerciseId: definition.id, config: server.bot.quickConfig }]
		});
		await openKiosk(page, attempt.kioskCode);
		const [report] = await playAttempt(page, {
			attemptId: attempt.attemptId,
			skill: 0.95,
			rngSeed: 11
		});
		expect(report!.moves).toBeGreaterThan(3);

		const runId = attempt.runIds[0]!;
		await expect.poll(async () => (await storedScores(attempt.attemptId)).length).toBe(1);
		const events = (await storedEvents(runId))
			.filter((e) => !e.late)
			.map((e) => ({
				seq: e.seq,
				t: e.t,
				type: e.type,
				data: JSON.parse(e.data) as Record<string, unknown>
			}));
		expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
		expect(events.filter((e) => e.type === 'phase.started').map((e) => e.data.phase)).toEqual([
			'consigne',
			'entrainement',
			'epreuve',
			'fin'
		]);
		expect(events.some((e) => startsPhase(e, 'fin'))).toBe(true);
		const [stored] = await storedScores(attempt.attemptId);
		const [run] = await withDb((db) => attemptRunSetups(db, attempt.attemptId));
		// The stored score is the run's log scored on the form the run was given.
		expect(server.score(run!.setup, events).raw).toBe(stored!.raw);
		// The same bot, played headless on the same form, tells what it scores when every move
		// lands where it means to; through the kiosk it must score as well (a tap on a wrong or
		// missing button would cost points), give or take the bot's luck.
		const headless = [1, 2, 3, 4, 5, 6].map(
			(rngSeed) =>
				server.score(run!.setup, server.simulate(run!.setup, { skill: 0.95, rngSeed })).raw
		);
		const chance = [1, 2, 3].map(
			(rngSeed) => server.score(run!.setup, server.simulate(run!.setup, { skill: 0, rngSeed })).raw
		);
		expect(stored!.raw, `headless ${headless.join(', ')}`).toBeGreaterThanOrEqual(
			Math.min(...headless) - 0.1 * stored!.max
		);
		expect(stored!.raw, `at chance ${chance.join(', ')}`).toBeGreaterThan(Math.max(...chance));
	});
}

/** The faults a room meets, for every registered exercise, played by its bot. */
const faults = {
	'a reload': async (page: Page) => {
		await page.reload();
	},
	'10 s offline': async (page: Page) => {
		await page.context().setOffline(true);
		await page.waitForTimeout(10_000);
		await page.context().setOffline(false);
	}
} satisfies Record<string, (page: Page) => Promise<void>>;

for (const { definition, server } of registeredExercises()) {
	for (const [fault, cause] of Object.entries(faults)) {
		test(`${definition.id}: ${fault} in the timed part loses nothing and the run ends scored`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			const attempt = await newAttempt({
				exercises: [{ exerciseId: definition.id, config: server.bot.quickConfig }]
			});
			const options = { attemptId: attempt.attemptId, skill: 0.9, rngSeed: 5 };
			await openKiosk(page, attempt.kioskCode);
			// Into the épreuve, to its third item.
			await playExercise(page, {
				...options,
				until: (s) =>
					phaseOf(s) === 'epreuve' && (s.context as { itemIndex: number }).itemIndex >= 2
			});
			await cause(page);
			await playAttempt(page, options);
			await expect.poll(async () => (await storedScores(attempt.attemptId)).length).toBe(1);
			const events = await storedEvents(attempt.runIds[0]!);
			expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
			expect(
				events.filter((e) => e.type === 'phase.started').map((e) => JSON.parse(e.data).phase)
			).toEqual(['consigne', 'entrainement', 'epreuve', 'fin']);
			// Each test item presented in order, none skipped (a reload presents the current one again).
			const presented = events
				.filter((e) => e.type === 'item.presented')
				.map((e) => JSON.parse(e.data).index as number);
			const firsts = [...new Set(presented)];
			expect(firsts).toEqual(firsts.map((_, k) => k));
			if (fault === 'a reload') expect(events.some((e) => e.type === 'run.resumed')).toBe(true);
			for (let i = 1; i < events.length; i++)
				expect(events[i]!.t).toBeGreaterThanOrEqual(events[i - 1]!.t - 50);
		});
	}
}
