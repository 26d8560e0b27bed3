import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { earlierList, refusalParams } from './retest-text';

const t = translator('fr');
const earlier = [
	{
		jobTitle: 'Préparateur de commandes',
		registeredAt: '2026-06-01T10:00:00.000Z',
		testAt: '2026-06-10T07:30:00.000Z',
		matchedBy: ['phone' as const]
	},
	{
		jobTitle: 'Agent de tri',
		registeredAt: '2026-07-01T10:00:00.000Z',
		testAt: null,
		matchedBy: ['phone' as const, 'email' as const]
	}
];

describe('retest texts', () => {
	it('list each earlier registration with its date and the contact that matched', () => {
		expect(earlierList(earlier, t, 'fr')).toBe(
			'Préparateur de commandes, passation le mercredi 10 juin 2026 (même téléphone) ; ' +
				'Agent de tri, inscription le mercredi 1 juillet 2026 sans passation (même téléphone et même adresse e-mail)'
		);
	});

	it('say when the person may be registered again, in France time', () => {
		const params = refusalParams(
			{
				testAt: '2026-06-10T07:30:00.000Z',
				eligibleFrom: '2026-12-10T07:30:00.000Z',
				months: 6,
				earlier
			},
			'fr'
		);
		expect(t('retest.refused.past', params)).toBe(
			'Cette personne a déjà passé les exercices le mercredi 10 juin 2026 (Préparateur de commandes). Il faut au moins 6 mois entre deux passations : elle pourra être inscrite à nouveau pour une session à partir du jeudi 10 décembre 2026.'
		);
	});
});
