/**
 * What the adviser reads about the uncertainty of a threshold and about the candidates beside
 * the employees (statistics, thresholds and results pages). Kept apart so that the main
 * catalogue stays readable; `uncertainty-en.ts` holds every key.
 */
export const uncertaintyFr = {
	'uncertainty.title': 'Incertitude des seuils',
	'uncertainty.lead':
		'Un seuil suggéré vient des salariés qui ont passé les exercices : avec d’autres salariés, il serait autre. L’intervalle à 95 % dit entre quelles valeurs il pourrait être ({resamples} tirages bootstrap, toujours les mêmes pour ces données).',
	'uncertainty.method': 'Méthode',
	'uncertainty.value': 'Seuil suggéré',
	'uncertainty.interval': 'Intervalle à 95 %',
	'uncertainty.csem': 'Erreur type au seuil',
	'uncertainty.consistency': 'Même décision sur une autre version',
	'uncertainty.range': '{low} à {high}',
	'uncertainty.inline.interval': 'intervalle à 95 % : {low} à {high}',
	'uncertainty.inline.csem': 'erreur type au seuil : {csem}',
	'uncertainty.inline.consistency':
		'même décision sur une autre version de l’exercice : {pct} % des salariés',
	'uncertainty.none': '—',
	'uncertainty.unstable':
		'Avec {n} salariés, le seuil peut varier de {low} à {high} points selon qui a passé les exercices.',
	'uncertainty.unstable.noInterval':
		'Avec {n} salariés seulement, le seuil dépend beaucoup de qui a passé les exercices.',
	'uncertainty.sem': 'Erreur type de mesure globale : {sem}.',
	'uncertainty.csemNote':
		'Au seuil, l’erreur type est celle du modèle binomial de Lord ajusté par la fidélité (Keats) : c’est elle qui fixe la zone d’incertitude une fois l’étalonnage validé.',
	'uncertainty.notInterpretable':
		'La fidélité de cet exercice n’est pas interprétable : pas de zone d’incertitude ni de cohérence des décisions.',
	'uncertainty.byTrials':
		'Cet exercice est noté sur des essais en nombre variable : pas d’erreur type au seuil ni de cohérence des décisions, seulement l’erreur type globale.',
	'uncertainty.kappa': 'κ = {kappa}',
	'uncertainty.frozenZone':
		'Zone d’incertitude des résultats : l’erreur type au seuil quand elle a été gardée à la validation (modèle binomial de Lord ajusté par la fidélité), sinon l’erreur type globale ; aucune zone quand il n’y a ni l’une ni l’autre (fidélité non interprétable).',
	'uncertainty.atThreshold':
		'Au seuil fixé ({threshold}) : erreur type {csem} ; même décision sur une autre version de l’exercice pour {pct} % des salariés.',
	'distribution.label':
		'Répartition des scores sur {max} : {employees} salariés{candidates}. {threshold}',
	'distribution.label.candidates': ' et {n} candidats',
	'distribution.label.threshold': 'Seuil {value}, intervalle à 95 % de {low} à {high}.',
	'distribution.employees': 'Salariés',
	'distribution.candidates': 'Candidats',
	'distribution.band': 'Intervalle à 95 % du seuil',
	'distribution.table': 'Les chiffres du graphique',
	'distribution.scores': 'Scores',
	'results.subscores': 'Détail du score',
	'results.subscores.outOf': '{value} sur {max}',
	'results.percentileRank': 'rang centile parmi les salariés : {pr}',
	'results.percentileRank.title':
		'Part des salariés de l’étalonnage ayant un score plus bas (la moitié des scores égaux comptée)'
} as const;

export type UncertaintyMessageKey = keyof typeof uncertaintyFr;
