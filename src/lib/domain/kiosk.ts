import { z } from 'zod';
import { localeSchema, type Accommodations } from './records';

/** Display preferences chosen by the person at the start, on the kiosk. */
export const kioskPreferencesSchema = z.object({
	textSize: z.enum(['normal', 'large', 'xlarge']).default('normal'),
	highContrast: z.boolean().default(false),
	/** Instructions and texts read aloud. */
	speech: z.boolean().default(true),
	locale: localeSchema.default('fr')
});
export type KioskPreferences = z.infer<typeof kioskPreferencesSchema>;

/** A batch of events posted by a kiosk for one run. */
export const MAX_BATCH_EVENTS = 200;
export const MAX_BATCH_BYTES = 64 * 1024;

export interface KioskRun {
	runId: string;
	exerciseId: string;
	title: string;
	status: 'pending' | 'running' | 'finished';
	/** The next seq the server expects: events below it are stored. */
	nextSeq: number;
	/** Server deadline of the timed part (epoch ms), once it has started. */
	deadline: number | null;
	/** Duration of the timed part for this person (time multiplier applied), in ms. */
	durationMs: number;
	config: Record<string, unknown>;
	payload: unknown;
}

export interface KioskState {
	attemptId: string;
	kind: 'candidate' | 'calibration';
	consent: 'pending' | 'accepted' | 'refused';
	preferences: KioskPreferences | null;
	accommodations: Accommodations;
	/** The adviser paused this person (a break: their time does not run). */
	paused: boolean;
	runs: KioskRun[];
	serverNow: number;
}

/** What a kiosk learns from its pulse: whether the adviser paused the person, and the deadlines. */
export interface KioskPulse {
	paused: boolean;
	/** Server deadline (epoch ms) of each run whose timed part has started: a resume moves it. */
	deadlines: Record<string, number>;
	serverNow: number;
}
