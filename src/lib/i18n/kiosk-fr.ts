/**
 * The kiosk's French texts: the reference for `kiosk-en.ts`. Apart from the staff catalogue so
 * that a kiosk loads only these, and only in its language (see `kiosk.ts`); `fr.ts` includes
 * them too, for the staff pages and the server.
 */
export const kioskFr = {
	'kiosk.listenAgain': 'Réécouter',
	'kiosk.startPractice': 'Je m’entraîne',
	'kiosk.practiceTitle': 'Entraînement',
	'kiosk.practiceHint': 'Ce n’est pas noté. Prenez votre temps.',
	'kiosk.practiceDone': 'L’entraînement est terminé.',
	'kiosk.practiceAgain': 'Recommencer l’entraînement',
	'kiosk.startTest': 'Commencer l’exercice',
	'kiosk.testHint': 'Maintenant, c’est l’exercice. Faites de votre mieux.',
	'kiosk.correct': 'Bonne réponse',
	'kiosk.incorrect': 'Ce n’est pas la bonne réponse',
	'kiosk.continue': 'Continuer',
	'kiosk.timeLeft': 'Temps restant : {time}',
	'kiosk.exerciseOf': 'Exercice {k} sur {n}',
	'kiosk.chooseReply': 'Que répondez-vous ? Touchez une réponse pour l’entendre.',
	'kiosk.confirmReply': 'Je réponds cela',
	'kiosk.betterReply': 'Une meilleure réponse :',
	'kiosk.chooseAction': 'Que faites-vous ? Touchez une action pour l’entendre.',
	'kiosk.confirmAction': 'Je fais cela',
	'kiosk.betterAction': 'Mieux vaut :',
	'kiosk.taskList': 'Votre liste : ligne {k} sur {n}',
	'kiosk.finished': 'Exercice terminé. Merci !',
	'kiosk.code.title': 'Bonjour !',
	'kiosk.code.lead': 'Tapez le code à 8 caractères donné par votre conseiller.',
	'kiosk.code.label': 'Votre code',
	'kiosk.code.submit': 'Valider',
	'kiosk.code.erase': 'Effacer',
	'kiosk.code.eraseAll': 'Tout effacer',
	'kiosk.code.invalid': 'Le code a 8 caractères. Vérifiez-le.',
	'kiosk.code.unknown':
		'Ce code n’est pas reconnu. Vérifiez-le ou demandez de l’aide au conseiller.',
	'kiosk.code.finished': 'Ce code a déjà servi jusqu’au bout. Demandez au conseiller.',
	'kiosk.code.closed': 'Cette session est terminée. Demandez au conseiller.',
	'kiosk.code.refused': 'Ce code n’est plus valable. Demandez au conseiller.',
	'kiosk.code.early':
		'Ce code n’est pas encore ouvert : il servira le jour de votre session. Revenez ce jour-là.',
	'kiosk.code.over': 'La session de ce code est passée. Demandez au conseiller.',
	'kiosk.code.throttled': 'Trop d’essais. Demandez de l’aide au conseiller.',
	'kiosk.welcome.title': 'Bienvenue',
	'kiosk.welcome.what':
		'Vous allez faire {n} exercices sur cette tablette. Ils ressemblent à des situations du métier.',
	'kiosk.welcome.whatOne':
		'Vous allez faire 1 exercice sur cette tablette. Il ressemble à une situation du métier.',
	'kiosk.welcome.how':
		'Avant chaque exercice, on vous explique et vous vous entraînez. L’entraînement ne compte pas.',
	'kiosk.welcome.measured':
		'Les exercices montrent ce que vous savez faire. On ne regarde pas votre CV ni vos diplômes.',
	'kiosk.welcome.use':
		'Vos résultats servent seulement à ce recrutement. Ils sont vus par votre conseiller. L’employeur voit seulement si vous êtes retenu pour un entretien.',
	'kiosk.welcome.calibration':
		'Vous êtes salarié de l’entreprise : vos résultats sont anonymes. Ils servent à régler les exercices.',
	'kiosk.welcome.time':
		'Cela dure environ {minutes} minutes. Vous pouvez demander de l’aide à tout moment.',
	'kiosk.welcome.accept': 'J’accepte',
	'kiosk.welcome.refuse': 'Je ne souhaite pas continuer',
	'kiosk.welcome.fullscreen': 'Plein écran',
	'kiosk.refused.title': 'C’est noté',
	'kiosk.refused.text':
		'Vous ne continuez pas. Aucun résultat n’est gardé. Vous pouvez rendre la tablette au conseiller.',
	'kiosk.prefs.title': 'Réglez l’affichage',
	'kiosk.prefs.textSize': 'Taille du texte',
	'kiosk.prefs.normal': 'Normale',
	'kiosk.prefs.large': 'Grande',
	'kiosk.prefs.xlarge': 'Très grande',
	'kiosk.prefs.contrast': 'Contraste élevé',
	'kiosk.prefs.speech': 'Lire les consignes à voix haute',
	'kiosk.prefs.yes': 'Oui',
	'kiosk.prefs.no': 'Non',
	'kiosk.prefs.language': 'Langue',
	'kiosk.prefs.done': 'C’est bon, on commence',
	'kiosk.break.title': 'Pause',
	'kiosk.break.text': 'Exercice terminé. Respirez, buvez un peu d’eau si vous voulez.',
	'kiosk.break.next': 'Quand vous êtes prêt, touchez « Continuer ».',
	'kiosk.end.title': 'C’est terminé. Merci !',
	'kiosk.end.next':
		'Votre conseiller regarde les résultats. Il vous appelle ou vous écrit dans les prochains jours.',
	'kiosk.end.feedback':
		'Vous recevrez un retour sur ce que vous avez montré, quel que soit le résultat.',
	'kiosk.end.calibration':
		'Merci pour votre aide : vos résultats anonymes servent à régler les exercices.',
	'kiosk.end.return': 'Vous pouvez rendre la tablette.',
	'kiosk.inactivity.title': 'Êtes-vous toujours là ?',
	'kiosk.inactivity.yes': 'Oui, je continue',
	'kiosk.paused.title': 'Exercice en pause',
	'kiosk.paused.text': 'Touchez le bouton pour reprendre.',
	'kiosk.paused.resume': 'Reprendre',
	'kiosk.held.title': 'Pause demandée par le conseiller',
	'kiosk.held.text': 'Votre temps est arrêté : vous ne perdez rien.',
	'kiosk.held.wait': 'L’exercice reprendra tout seul quand le conseiller le relancera.',
	'kiosk.offline': 'Connexion perdue : vos réponses sont gardées sur la tablette.',
	'kiosk.rebound': 'Cette passation a été ouverte sur une autre tablette. Demandez au conseiller.',
	'kiosk.loading': 'Chargement…'
} as const;

export type KioskMessageKey = keyof typeof kioskFr;
