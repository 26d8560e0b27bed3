/**
 * The French catalogue: the reference. Every key here must exist in `en.ts` (the type check
 * fails otherwise). Plain words, short sentences. `{name}` marks a value filled in by `t`.
 */
export const fr = {
	'app.name': 'Habile',
	'app.tagline': 'Recruter sur ce que les personnes savent faire',
	'app.skip': 'Aller au contenu',
	'app.language': 'Langue',
	'app.language.fr': 'Français',
	'app.language.en': 'English',

	'nav.campaigns': 'Campagnes',
	'nav.admin': 'Administration',
	'nav.employer': 'Mes recrutements',
	'nav.logout': 'Se déconnecter',
	'nav.signedInAs': 'Connecté : {name}',

	'role.admin': 'Administration',
	'role.adviser': 'Conseiller',
	'role.employer': 'Employeur',

	'home.title': 'Bienvenue sur Habile',
	'home.lead':
		'Habile recrute sans CV : les candidats montrent ce qu’ils savent faire, sur tablette, dans des exercices proches du métier.',
	'home.staff': 'Espace professionnel',
	'home.kiosk': 'Je passe les exercices',

	'login.title': 'Connexion',
	'login.email': 'Adresse e-mail',
	'login.password': 'Mot de passe',
	'login.submit': 'Se connecter',
	'login.failed': 'Adresse e-mail ou mot de passe incorrect.',
	'login.throttled': 'Trop d’essais. Réessayez dans {minutes} min.',
	'login.loggedOut': 'Vous êtes déconnecté.',

	'logout.title': 'Déconnexion',
	'logout.confirm': 'Voulez-vous vous déconnecter ?',

	'form.required': 'Ce champ est obligatoire.',
	'form.email.invalid': 'Cette adresse e-mail n’est pas valide.',
	'form.email.taken': 'Un compte existe déjà avec cette adresse.',
	'form.password.short': 'Le mot de passe doit faire au moins 12 caractères.',
	'form.password.mismatch': 'Les deux mots de passe ne sont pas identiques.',
	'form.tooLong': 'Ce texte est trop long.',
	'form.invalid': 'Cette valeur n’est pas valide.',
	'form.choose': 'Choisissez une valeur dans la liste.',
	'form.company.required': 'Un compte employeur doit être rattaché à une entreprise.',
	'form.agency.required': 'Un compte conseiller doit être rattaché à une agence.',
	'form.hasErrors': 'Le formulaire contient des erreurs. Corrigez les champs indiqués.',
	'form.saved': 'Enregistré.',

	'error.title': 'Erreur',
	'error.403': 'Vous n’avez pas accès à cette page.',
	'error.404': 'Cette page n’existe pas.',
	'error.500': 'Un problème est survenu. Réessayez dans un instant.',
	'error.back': 'Retour à l’accueil',

	'adviser.title': 'Espace conseiller',
	'adviser.campaigns.title': 'Mes campagnes',
	'adviser.campaigns.empty': 'Aucune campagne pour le moment.',
	'adviser.campaigns.company': 'Entreprise',
	'adviser.campaigns.job': 'Poste',
	'adviser.campaigns.posts': 'Postes',
	'adviser.campaigns.place': 'Lieu',
	'adviser.campaigns.status': 'État',
	'adviser.campaigns.habiletes': 'Habiletés',
	'adviser.campaign.analysis': 'Analyse du poste',
	'adviser.campaign.rome': 'Code ROME',
	'adviser.campaign.contract': 'Contrat',

	'campaign.status.draft': 'En préparation',
	'campaign.status.calibration': 'Étalonnage',
	'campaign.status.open': 'Sessions ouvertes',
	'campaign.status.closed': 'Terminée',

	'contract.cdi': 'CDI',
	'contract.cdd': 'CDD',
	'contract.interim': 'Intérim',
	'contract.alternance': 'Alternance',

	'employer.title': 'Espace employeur',
	'employer.lead': 'Vos recrutements en cours.',
	'employer.campaigns.empty': 'Aucune campagne pour le moment.',

	'admin.title': 'Administration',
	'admin.users.title': 'Comptes',
	'admin.users.create': 'Créer un compte',
	'admin.users.created': 'Compte créé pour {email}.',
	'admin.users.name': 'Nom',
	'admin.users.email': 'Adresse e-mail',
	'admin.users.role': 'Rôle',
	'admin.users.company': 'Entreprise (comptes employeur)',
	'admin.users.companyNone': '— aucune —',
	'admin.users.password': 'Mot de passe provisoire',
	'admin.users.passwordHint': 'Au moins 12 caractères. Transmettez-le à la personne.',
	'admin.users.agency': 'Agence'
} as const;

export type MessageKey = keyof typeof fr;
