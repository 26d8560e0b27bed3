import { expect, test } from '@playwright/test';
import { registeredExercises } from '../../exercises/registry.server';
import { openKiosk } from './helpers';
import { newAttempt } from './data';
import { expectWholeRun, playAttempt } from './player';

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

		const { run, score: stored } = await expectWholeRun(attempt.attemptId);
		// The same bot, played headless on the same form, tells what it scores when every move
		// lands where it means to; through the kiosk it must score as well (a tap on a wrong or
		// missing button would cost points), give or take the bot's luck.
		const headless = [1, 2, 3, 4, 5, 6].map(
			(rngSeed) => server.score(run.setup, server.simulate(run.setup, { skill: 0.95, rngSeed })).raw
		);
		const chance = [1, 2, 3].map(
			(rngSeed) => server.score(run.setup, server.simulate(run.setup, { skill: 0, rngSeed })).raw
		);
		expect(stored.raw, `headless ${headless.join(', ')}`).toBeGreaterThanOrEqual(
			Math.min(...headless) - 0.1 * stored.max
		);
		expect(stored.raw, `at chance ${chance.join(', ')}`).toBeGreaterThan(Math.max(...chance));
	});
}
