/**
 * The jsPsych 8 side of the response-time benchmark: one html-button-response trial per
 * stimulus. jsPsych takes its onset as performance.now() right after inserting the trial's HTML
 * and its response at the button's click; its `rt` is the difference, rounded to the ms.
 */
import HtmlButtonResponsePlugin from '@jspsych/plugin-html-button-response';
import { initJsPsych } from 'jspsych';

export interface JsPsychTrial {
	key: string;
	label: string;
	/** Pause after the response before the next trial (ms). */
	gap: number;
}

export interface JsPsychBench {
	results: { key: string; rt: number | null }[];
	start(trials: JsPsychTrial[]): void;
}

declare global {
	interface Window {
		jspsychBench: JsPsychBench;
	}
}

const results: JsPsychBench['results'] = [];
window.jspsychBench = {
	results,
	start(trials) {
		const jsPsych = initJsPsych({ display_element: 'stage' });
		void jsPsych.run(
			trials.map((trial) => ({
				type: HtmlButtonResponsePlugin,
				stimulus: `<p class="stimulus" elementtiming="jspsych:${trial.key}">${trial.label}</p>`,
				choices: ['A'],
				post_trial_gap: trial.gap,
				on_load: () => window.harness.frameAfter(trial.key),
				on_finish: (data: { rt: number | null }) => results.push({ key: trial.key, rt: data.rt })
			}))
		);
	}
};
