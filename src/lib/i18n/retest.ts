/**
 * Retests: the same person registered again in the agency (see `server/retests`). Kept apart
 * from the big catalogues, which `fr.ts` and `en.ts` include.
 */
export const retestFr = {
	'retest.flag': 'Nouvelle passation',
	'retest.flag.tested':
		'Inscriptions antérieures dans l’agence : {n} ; dernière passation le {date}. Autre version des exercices.',
	'retest.flag.notTested':
		'Inscriptions antérieures dans l’agence : {n}, sans passation. Autre version des exercices.',
	'retest.flag.override': 'Inscrit·e avant la fin du délai entre deux passations : « {reason} »',
	'retest.notice':
		'Cette personne a déjà été inscrite dans l’agence : {list}. Elle passera une autre version des exercices.',
	'retest.earlier.tested': '{job}, passation le {date} ({contact})',
	'retest.earlier.notTested': '{job}, inscription le {date} sans passation ({contact})',
	'retest.contact.phone': 'même téléphone',
	'retest.contact.email': 'même adresse e-mail',
	'retest.contact.both': 'même téléphone et même adresse e-mail',
	'retest.refused.past':
		'Cette personne a déjà passé les exercices le {date} ({job}). Il faut au moins {months} mois entre deux passations : elle pourra être inscrite à nouveau pour une session à partir du {eligible}.',
	'retest.refused.planned':
		'Cette personne est déjà inscrite pour passer les exercices le {date} ({job}). Il faut au moins {months} mois entre deux passations : elle pourra être inscrite à nouveau pour une session à partir du {eligible}.',
	'retest.override.title': 'Inscrire quand même avant la fin du délai',
	'retest.override.lead':
		'Seulement pour une raison sérieuse : la passation précédente a été interrompue, ou c’est une autre personne qui a le même téléphone ou la même adresse. La raison est enregistrée dans le journal.',
	'retest.override.confirm': 'J’inscris cette personne avant la fin du délai',
	'retest.override.reason': 'Raison',
	'retest.reason.required': 'Donnez la raison (10 caractères au moins).',
	'retest.reason.long': 'La raison tient en 500 caractères au plus.'
} as const;

export const retestEn: Record<keyof typeof retestFr, string> = {
	'retest.flag': 'Retest',
	'retest.flag.tested':
		'Earlier registrations in the agency: {n}; last tested on {date}. Another version of the exercises.',
	'retest.flag.notTested':
		'Earlier registrations in the agency: {n}, never tested. Another version of the exercises.',
	'retest.flag.override': 'Registered before the end of the interval between two tests: “{reason}”',
	'retest.notice':
		'This person was already registered in the agency: {list}. They will take another version of the exercises.',
	'retest.earlier.tested': '{job}, tested on {date} ({contact})',
	'retest.earlier.notTested': '{job}, registered on {date}, never tested ({contact})',
	'retest.contact.phone': 'same phone',
	'retest.contact.email': 'same email address',
	'retest.contact.both': 'same phone and same email address',
	'retest.refused.past':
		'This person already took the exercises on {date} ({job}). Two tests must be at least {months} months apart: they can be registered again for a session from {eligible}.',
	'retest.refused.planned':
		'This person is already registered to take the exercises on {date} ({job}). Two tests must be at least {months} months apart: they can be registered again for a session from {eligible}.',
	'retest.override.title': 'Register anyway before the end of the interval',
	'retest.override.lead':
		'Only for a serious reason: the earlier test was interrupted, or it is another person with the same phone or email address. The reason is recorded in the audit log.',
	'retest.override.confirm': 'I register this person before the end of the interval',
	'retest.override.reason': 'Reason',
	'retest.reason.required': 'Give the reason (at least 10 characters).',
	'retest.reason.long': 'The reason fits in 500 characters at most.'
};
