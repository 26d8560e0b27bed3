/**
 * The error page's texts. Every page of the app loads the root error page, so they stay apart
 * from the big catalogues (which a kiosk never loads); `fr.ts` and `en.ts` include them.
 */
export const errorFr = {
	'error.title': 'Erreur',
	'error.400': 'Cette demande n’est pas valable.',
	'error.403': 'Vous n’avez pas accès à cette page.',
	'error.404': 'Cette page n’existe pas.',
	'error.500': 'Un problème est survenu. Réessayez dans un instant.',
	'error.back': 'Retour à l’accueil'
} as const;

export const errorEn: Record<keyof typeof errorFr, string> = {
	'error.title': 'Error',
	'error.400': 'This request is not valid.',
	'error.403': 'You do not have access to this page.',
	'error.404': 'This page does not exist.',
	'error.500': 'Something went wrong. Try again in a moment.',
	'error.back': 'Back to the home page'
};
