import { expect, test } from '@playwright/test';
import { expectAccessible, openKiosk } from './helpers';
import { registeredExercises } from '../../exercises/registry.server';
import { newAttempt, storedEvents } from './data';

test.use({ viewport: { width: 1280, height: 800 }, hasTouch: true });

for (const { definition, server } of registeredExercises()) {
	test(`${definition.id}: inactivity first asks "Êtes-vous toujours là ?", then pauses safely; focus loss is logged`, async ({
		page
	}) => {
		const attempt = await newAttempt({
			exercises: [{ exerciseId: definition.id, config: server.bot.quickConfig }]
		});
		await page.clock.install();
		await openKiosk(page, attempt.kioskCode);
		await expect(page.getByRole('button', { name: 'Je m’entraîne' })).toBeVisible();

		await page.evaluate(() => window.dispatchEvent(new Event('blur')));
		await page.clock.fastForward('01:01');
		await expect(page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' })).toBeVisible();
		await expectAccessible(page);
		await page.clock.fastForward('00:31');
		await expect(page.getByRole('alertdialog', { name: 'Exercice en pause' })).toBeVisible();
		await page.getByRole('button', { name: 'Reprendre' }).tap();
		await expect(page.getByRole('alertdialog')).toHaveCount(0);

		await page.clock.fastForward('01:01');
		await expect(page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' })).toBeVisible();
		await page.getByRole('button', { name: 'Oui, je continue' }).tap();
		await page.getByRole('button', { name: 'Je m’entraîne' }).tap();
		await page.clock.fastForward('00:05');

		await expect
			.poll(async () => (await storedEvents(attempt.runIds[0]!)).map((e) => e.type))
			.toEqual(
				expect.arrayContaining([
					'focus.lost',
					'inactivity.prompt',
					'inactivity.paused',
					'run.resumed',
					'inactivity.answered'
				])
			);
		const types = (await storedEvents(attempt.runIds[0]!)).map((e) => e.type);
		expect(types.indexOf('inactivity.prompt')).toBeLessThan(types.indexOf('inactivity.paused'));
		expect(types.indexOf('inactivity.paused')).toBeLessThan(types.indexOf('run.resumed'));
	});
}
