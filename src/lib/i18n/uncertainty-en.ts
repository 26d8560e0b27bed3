import type { UncertaintyMessageKey } from './uncertainty-fr';

/** English texts of `uncertainty-fr.ts`: must hold every key. */
export const uncertaintyEn: Record<UncertaintyMessageKey, string> = {
	'uncertainty.title': 'Uncertainty of the thresholds',
	'uncertainty.lead':
		'A suggested threshold comes from the employees who took the exercises: with other employees it would be different. The 95 % interval says between which values it could be ({resamples} bootstrap resamples, always the same for these data).',
	'uncertainty.method': 'Method',
	'uncertainty.value': 'Suggested threshold',
	'uncertainty.interval': '95 % interval',
	'uncertainty.csem': 'Standard error at the threshold',
	'uncertainty.consistency': 'Same decision on another version',
	'uncertainty.range': '{low} to {high}',
	'uncertainty.inline.interval': '95 % interval: {low} to {high}',
	'uncertainty.inline.csem': 'standard error at the threshold: {csem}',
	'uncertainty.inline.consistency':
		'same decision on another version of the exercise: {pct} % of the employees',
	'uncertainty.none': '—',
	'uncertainty.unstable':
		'With {n} employees, the threshold could be anywhere from {low} to {high} points depending on who took the exercises.',
	'uncertainty.unstable.noInterval':
		'With only {n} employees, the threshold depends a lot on who took the exercises.',
	'uncertainty.sem': 'Overall standard error of measurement: {sem}.',
	'uncertainty.csemNote':
		'At the threshold, the standard error is that of Lord’s binomial model adjusted by the reliability (Keats): it sets the uncertainty zone once the calibration is validated.',
	'uncertainty.notInterpretable':
		'The reliability of this exercise cannot be interpreted: no uncertainty zone and no decision consistency.',
	'uncertainty.byTrials':
		'This exercise is scored on a varying number of trials: no standard error at the threshold and no decision consistency, only the overall standard error.',
	'uncertainty.kappa': 'κ = {kappa}',
	'uncertainty.frozenZone':
		'Uncertainty zone of the results: the standard error at the threshold when it was kept at validation (Lord’s binomial model adjusted by the reliability), else the overall standard error; no zone when there is neither (reliability not interpretable).',
	'uncertainty.atThreshold':
		'At the threshold set ({threshold}): standard error {csem}; same decision on another version of the exercise for {pct} % of the employees.',
	'distribution.label':
		'Distribution of the scores out of {max}: {employees} employees{candidates}. {threshold}',
	'distribution.label.candidates': ' and {n} candidates',
	'distribution.label.threshold': 'Threshold {value}, 95 % interval from {low} to {high}.',
	'distribution.employees': 'Employees',
	'distribution.candidates': 'Candidates',
	'distribution.band': '95 % interval of the threshold',
	'distribution.table': 'The figures of the chart',
	'distribution.scores': 'Scores',
	'results.subscores': 'Score details',
	'results.subscores.outOf': '{value} of {max}',
	'results.percentileRank': 'percentile rank among the employees: {pr}',
	'results.percentileRank.title':
		'Share of the calibration employees with a lower score (half of equal scores counted)'
};
