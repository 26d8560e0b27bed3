/**
 * The validity and fairness pages' texts (kept apart so that the main catalogues stay short);
 * both are spread into `fr.ts` and `en.ts`.
 */
export const evidenceFr = {
	'validity.title': 'Preuves de validité',
	'validity.link': 'Preuves de validité',
	'validity.lead':
		'Les scores mesurent-ils ce qui compte dans le poste ? On le vérifie ici avec ce qui s’est passé ensuite : l’avis des responsables sur les salariés qui ont étalonné, puis le suivi des personnes embauchées.',
	'validity.smallNumbers':
		'Attention : avec peu de personnes, ces chiffres ne prouvent rien. Un lien qui paraît fort avec 6 personnes peut disparaître avec 30. Lisez surtout l’intervalle : s’il contient 0, on ne peut rien conclure.',
	'validity.method':
		'Méthode : corrélation point-bisériale (corrélation de Pearson avec une variable 0/1), intervalle de confiance à 95 % par la transformation z de Fisher. De −1 à +1 ; 0 : aucun lien.',
	'validity.rating.title': 'Scores des salariés et avis de leur responsable',
	'validity.rating.lead':
		'Les salariés « confirmés » ont-ils de meilleurs scores que ceux « en progression » ? Une corrélation positive va dans le sens de la validité de l’exercice.',
	'validity.rating.none':
		'Aucun salarié n’a encore passé les exercices : il n’y a pas de preuve à montrer.',
	'validity.col.exercise': 'Exercice',
	'validity.col.employees': 'Salariés',
	'validity.col.rated': 'Avec un avis',
	'validity.col.meanConfirme': 'Score moyen des confirmés',
	'validity.col.meanProgression': 'Score moyen des salariés en progression',
	'validity.col.r': 'Corrélation',
	'validity.col.interval': 'Intervalle à 95 %',
	'validity.col.reading': 'Lecture',
	'validity.reading.too-few': 'Trop peu de personnes pour conclure (moins de 5 dans un groupe)',
	'validity.reading.supports': 'Le lien va dans le bon sens, au-delà du hasard',
	'validity.reading.contradicts':
		'Le lien va dans le mauvais sens : revoir l’exercice ou son seuil avec le responsable',
	'validity.reading.inconclusive': 'Pas de lien net : l’intervalle contient 0',
	'validity.hiring.title': 'Scores des personnes embauchées et suivi après l’embauche',
	'validity.hiring.lead':
		'Les personnes restées en poste au jour 90 avaient-elles de meilleurs scores que celles dont le contrat s’est arrêté avant ? Et celles pour qui une difficulté a été signalée à un point d’étape ?',
	'validity.hiring.none':
		'Personne n’a encore été embauché dans cette campagne : le suivi viendra avec les points d’étape des jours 30 et 90.',
	'validity.hiring.summary':
		'{hires} personne(s) embauchée(s) ; {known} dont on sait si elles sont restées au jour 90 ({stayed} restée(s)) ; {followed} avec au moins un point d’étape ({withDifficulty} avec une difficulté signalée).',
	'validity.stay.title': 'Maintien en poste au jour 90',
	'validity.difficulty.title': 'Difficultés signalées aux points d’étape',
	'validity.col.meanStayed': 'Score moyen des personnes restées',
	'validity.col.meanLeft': 'Score moyen des personnes parties avant le jour 90',
	'validity.col.meanDifficulty': 'Score moyen avec une difficulté',
	'validity.col.meanNoDifficulty': 'Score moyen sans difficulté',
	'validity.col.known': 'Personnes',
	'validity.difficulty.sign':
		'Ici une corrélation négative va dans le bon sens : les personnes en difficulté avaient des scores plus bas.',
	'validity.chart':
		'Score moyen en pourcentage du maximum, par exercice : personnes restées au jour 90 et personnes parties avant. {summary}. Les valeurs sont dans le tableau.',
	'validity.chart.stayed': 'Restées au jour 90',
	'validity.chart.left': 'Parties avant le jour 90',
	'validity.next.title': 'Revoir les seuils de la prochaine campagne',
	'validity.next.lead':
		'Ces preuves servent à revoir les seuils d’une nouvelle campagne pour le même poste dans la même entreprise : la page des seuils de cette campagne renvoie ici.',
	'validity.next.thresholds': 'Seuils de cette campagne',
	'validity.next.campaigns': 'Autres campagnes pour le même poste',
	'validity.sameJob.title': 'Preuves des campagnes pour le même poste',
	'validity.sameJob.lead':
		'Avant de fixer les seuils, regardez ce que les campagnes précédentes pour ce poste ont montré : avis des responsables, maintien en poste, difficultés.',
	'validity.sameJob.this': 'Preuves de validité de cette campagne',
	'validity.sameJob.rating': 'Corrélation avec l’avis des responsables',
	'validity.sameJob.stay': 'Corrélation avec le maintien au jour 90',
	'validity.sameJob.item': '{jobTitle}, campagne du {date}',
	'validity.outOf': 'sur {max}',
	'validity.interval': '[{low} ; {high}]',
	'validity.chart.item': '{exercise} : restées {stayed} %, parties {left} %',

	'fairness.title': 'Équité des exercices',
	'fairness.link': 'Équité',
	'fairness.lead':
		'Les taux de réussite sont-ils proches d’un groupe à l’autre ? Habile compare seulement ce qu’il enregistre déjà : le temps majoré, les consignes lues à voix haute, la langue choisie sur la tablette et la séance. Aucune donnée sensible (âge, sexe, origine, santé…) n’est utilisée ni demandée.',
	'fairness.method':
		'Règle des quatre cinquièmes : le taux de réussite d’un groupe est comparé au meilleur taux ; en dessous de 80 % (rapport inférieur à 0,8), l’exercice semble désavantager ce groupe. Le test exact de Fisher dit si un écart de cette taille peut venir du hasard. Les groupes de moins de 5 personnes ne sont pas comparés.',
	'fairness.pass':
		'Réussite : un score au moins égal au seuil de l’exercice (la zone d’incertitude mise à part) ; pour la batterie entière, le statut « admis ».',
	'fairness.none': 'Aucun candidat n’a encore terminé les exercices : rien à comparer.',
	'fairness.archived':
		'{archived} candidat(s) dont les données ont été supprimées (durée de conservation) restent comptés de façon anonyme : seulement des nombres par groupe, sans nom, sans identifiant, sans séance.',
	'fairness.dimension.time': 'Temps majoré',
	'fairness.dimension.spoken': 'Consignes lues à voix haute',
	'fairness.dimension.language': 'Langue de la tablette',
	'fairness.dimension.session': 'Séance',
	'fairness.group.time.standard': 'Temps normal',
	'fairness.group.time.extra': 'Temps majoré',
	'fairness.group.spoken.no': 'Sans lecture à voix haute',
	'fairness.group.spoken.yes': 'Avec lecture à voix haute',
	'fairness.group.language.fr': 'Français',
	'fairness.group.language.en': 'Anglais',
	'fairness.group.language.unknown': 'Langue non choisie',
	'fairness.group.session': 'Séance du {date}',
	'fairness.battery': 'Batterie entière (admis)',
	'fairness.col.group': 'Groupe',
	'fairness.col.tested': 'Personnes',
	'fairness.col.passed': 'Réussite',
	'fairness.col.rate': 'Taux',
	'fairness.col.ratio': 'Rapport au meilleur taux',
	'fairness.col.fisher': 'Test de Fisher (p)',
	'fairness.col.verdict': 'Lecture',
	'fairness.verdict.tooSmall': 'Moins de 5 personnes : pas de comparaison',
	'fairness.verdict.ok': 'Pas d’écart notable',
	'fairness.verdict.adverse': 'En dessous des quatre cinquièmes, mais l’écart peut venir du hasard',
	'fairness.verdict.significant': 'Désavantage probable',
	'fairness.verdict.none': 'Un seul groupe : pas de comparaison',
	'fairness.warning':
		'« {exercise} » semble désavantager le groupe « {group} » ({dimension}) : {rate} de réussite contre {best} pour le meilleur groupe. Vérifiez les consignes, la durée et l’aménagement avant la prochaine séance.',
	'fairness.caution':
		'« {exercise} », groupe « {group} » ({dimension}) : le taux est sous les quatre cinquièmes du meilleur groupe, mais avec ces effectifs l’écart peut venir du hasard. À surveiller.',
	'fairness.noWarning': 'Aucun exercice ne semble désavantager un groupe de 5 personnes ou plus.',
	'fairness.agency.title': 'Équité sur les campagnes clôturées de l’agence',
	'fairness.agency.link': 'Équité des campagnes clôturées',
	'fairness.agency.lead':
		'Les campagnes clôturées de l’agence mises ensemble, y compris les candidats dont les données ont été supprimées (comptés de façon anonyme).',
	'fairness.agency.rule':
		'Règle d’anonymat : un groupe de moins de 5 personnes n’est ni affiché ni comparé, et les séances n’apparaissent pas (une date et un petit nombre pourraient désigner quelqu’un).',
	'fairness.agency.campaigns': 'Campagnes comptées',
	'fairness.agency.campaign': 'Campagne',
	'fairness.agency.company': 'Entreprise',
	'fairness.agency.candidates': 'Candidats',
	'fairness.agency.fewer': 'moins de 5',
	'fairness.agency.none': 'Aucune campagne de l’agence n’est encore clôturée.'
} as const;

export const evidenceEn: Record<keyof typeof evidenceFr, string> = {
	'validity.title': 'Validity evidence',
	'validity.link': 'Validity evidence',
	'validity.lead':
		'Do the scores measure what matters in the job? This page checks it against what happened next: the supervisors’ view of the employees who calibrated, then the follow-up of the people hired.',
	'validity.smallNumbers':
		'Beware: with few people these figures prove nothing. A link that looks strong with 6 people may vanish with 30. Read the interval above all: if it contains 0, nothing can be concluded.',
	'validity.method':
		'Method: point-biserial correlation (Pearson’s correlation with a 0/1 variable), 95 % confidence interval by Fisher’s z transformation. From −1 to +1; 0: no link.',
	'validity.rating.title': 'Employees’ scores and their supervisor’s view',
	'validity.rating.lead':
		'Do the employees rated “confirmed” score higher than those “still progressing”? A positive correlation supports the exercise’s validity.',
	'validity.rating.none': 'No employee has taken the exercises yet: there is no evidence to show.',
	'validity.col.exercise': 'Exercise',
	'validity.col.employees': 'Employees',
	'validity.col.rated': 'Rated',
	'validity.col.meanConfirme': 'Mean score of the confirmed',
	'validity.col.meanProgression': 'Mean score of the employees still progressing',
	'validity.col.r': 'Correlation',
	'validity.col.interval': '95 % interval',
	'validity.col.reading': 'Reading',
	'validity.reading.too-few': 'Too few people to conclude (fewer than 5 in a group)',
	'validity.reading.supports': 'The link goes the right way, beyond chance',
	'validity.reading.contradicts':
		'The link goes the wrong way: review the exercise or its threshold with the supervisor',
	'validity.reading.inconclusive': 'No clear link: the interval contains 0',
	'validity.hiring.title': 'Scores of the people hired and their follow-up',
	'validity.hiring.lead':
		'Did the people still in post at day 90 score higher than those whose contract ended earlier? And those for whom a difficulty was reported at a check-point?',
	'validity.hiring.none':
		'Nobody has been hired in this campaign yet: the follow-up will come with the day-30 and day-90 check-points.',
	'validity.hiring.summary':
		'{hires} person(s) hired; {known} whose stay at day 90 is known ({stayed} stayed); {followed} with at least one check-point ({withDifficulty} with a difficulty reported).',
	'validity.stay.title': 'Still in post at day 90',
	'validity.difficulty.title': 'Difficulties reported at the check-points',
	'validity.col.meanStayed': 'Mean score of those who stayed',
	'validity.col.meanLeft': 'Mean score of those who left before day 90',
	'validity.col.meanDifficulty': 'Mean score with a difficulty',
	'validity.col.meanNoDifficulty': 'Mean score without difficulty',
	'validity.col.known': 'People',
	'validity.difficulty.sign':
		'Here a negative correlation goes the right way: the people in difficulty had lower scores.',
	'validity.chart':
		'Mean score as a percentage of the maximum, by exercise: people still in post at day 90 and people who left before. {summary}. The values are in the table.',
	'validity.chart.stayed': 'Stayed to day 90',
	'validity.chart.left': 'Left before day 90',
	'validity.next.title': 'Revising the next campaign’s thresholds',
	'validity.next.lead':
		'This evidence is there to revise the thresholds of a new campaign for the same job at the same company: that campaign’s thresholds page links here.',
	'validity.next.thresholds': 'This campaign’s thresholds',
	'validity.next.campaigns': 'Other campaigns for the same job',
	'validity.sameJob.title': 'Evidence from the campaigns for the same job',
	'validity.sameJob.lead':
		'Before setting the thresholds, look at what earlier campaigns for this job showed: the supervisors’ view, staying in post, difficulties.',
	'validity.sameJob.this': 'This campaign’s validity evidence',
	'validity.sameJob.rating': 'Correlation with the supervisors’ view',
	'validity.sameJob.stay': 'Correlation with staying to day 90',
	'validity.sameJob.item': '{jobTitle}, campaign of {date}',
	'validity.outOf': 'out of {max}',
	'validity.interval': '[{low}, {high}]',
	'validity.chart.item': '{exercise}: stayed {stayed} %, left {left} %',

	'fairness.title': 'Fairness of the exercises',
	'fairness.link': 'Fairness',
	'fairness.lead':
		'Are pass rates close from one group to another? Habile compares only what it already records: extra time, instructions read aloud, the language chosen on the tablet and the session. No sensitive data (age, sex, origin, health…) is used or asked for.',
	'fairness.method':
		'Four-fifths rule: each group’s pass rate is compared with the best rate; below 80 % (a ratio under 0.8), the exercise seems to disadvantage that group. Fisher’s exact test says whether a gap that size could be chance. Groups of fewer than 5 people are not compared.',
	'fairness.pass':
		'Pass: a score at or above the exercise’s threshold (the uncertainty zone aside); for the whole battery, the status “admis”.',
	'fairness.none': 'No candidate has finished the exercises yet: nothing to compare.',
	'fairness.archived':
		'{archived} candidate(s) whose data was deleted (retention period) are still counted anonymously: only numbers per group, no name, no identifier, no session.',
	'fairness.dimension.time': 'Extra time',
	'fairness.dimension.spoken': 'Instructions read aloud',
	'fairness.dimension.language': 'Tablet language',
	'fairness.dimension.session': 'Session',
	'fairness.group.time.standard': 'Standard time',
	'fairness.group.time.extra': 'Extra time',
	'fairness.group.spoken.no': 'Not read aloud',
	'fairness.group.spoken.yes': 'Read aloud',
	'fairness.group.language.fr': 'French',
	'fairness.group.language.en': 'English',
	'fairness.group.language.unknown': 'No language chosen',
	'fairness.group.session': 'Session of {date}',
	'fairness.battery': 'Whole battery (admis)',
	'fairness.col.group': 'Group',
	'fairness.col.tested': 'People',
	'fairness.col.passed': 'Passed',
	'fairness.col.rate': 'Rate',
	'fairness.col.ratio': 'Ratio to the best rate',
	'fairness.col.fisher': 'Fisher’s test (p)',
	'fairness.col.verdict': 'Reading',
	'fairness.verdict.tooSmall': 'Fewer than 5 people: not compared',
	'fairness.verdict.ok': 'No notable gap',
	'fairness.verdict.adverse': 'Below four fifths, but the gap may be chance',
	'fairness.verdict.significant': 'Likely disadvantage',
	'fairness.verdict.none': 'A single group: no comparison',
	'fairness.warning':
		'“{exercise}” seems to disadvantage the group “{group}” ({dimension}): {rate} pass against {best} for the best group. Check the instructions, the duration and the accommodation before the next session.',
	'fairness.caution':
		'“{exercise}”, group “{group}” ({dimension}): the rate is below four fifths of the best group’s, but with these numbers the gap may be chance. Keep an eye on it.',
	'fairness.noWarning': 'No exercise seems to disadvantage a group of 5 people or more.',
	'fairness.agency.title': 'Fairness over the agency’s closed campaigns',
	'fairness.agency.link': 'Fairness of closed campaigns',
	'fairness.agency.lead':
		'The agency’s closed campaigns pooled, including the candidates whose data was deleted (counted anonymously).',
	'fairness.agency.rule':
		'Anonymity rule: a group of fewer than 5 people is neither shown nor compared, and sessions do not appear (a date and a small number could point to someone).',
	'fairness.agency.campaigns': 'Campaigns counted',
	'fairness.agency.campaign': 'Campaign',
	'fairness.agency.company': 'Company',
	'fairness.agency.candidates': 'Candidates',
	'fairness.agency.fewer': 'fewer than 5',
	'fairness.agency.none': 'None of the agency’s campaigns is closed yet.'
};
