import type { KioskPreferences, KioskPulse, KioskState } from '$lib/domain/kiosk';
import type { Locale } from '$lib/domain/records';
import { createSpeaker } from '$lib/engine/speech';
import { Outbox } from '$lib/engine/outbox';
import { ExerciseRunner } from '$lib/engine/runner.svelte';
import { Syncer } from '$lib/engine/sync.svelte';
import { isExerciseId, loadExercise } from '$exercises/registry';

export type Screen =
	'loading' | 'welcome' | 'refused' | 'preferences' | 'exercise' | 'break' | 'paused' | 'end';

/** How often the kiosk tells the server it is there (and learns of a pause); faster in a pause. */
export const PULSE_MS = { working: 5_000, paused: 2_000 };

/**
 * The kiosk's side of one attempt: which screen to show, the exercise being run, the outbox
 * and its synchronisation. The server state comes with the page (or, offline, from the cache);
 * local progress (runs ended on this kiosk, breaks taken) comes from IndexedDB.
 */
export class KioskAttempt {
	state = $state.raw() as KioskState;
	runner = $state.raw<ExerciseRunner | null>(null);
	#doneRuns = $state<string[]>([]);
	#breaksTaken = $state<string[]>([]);
	/** The adviser paused this person: nothing runs until they resume. */
	paused = $state(false);
	#pulseTimer: ReturnType<typeof setTimeout> | undefined;
	#closed = false;
	/** How the next run opened resumes, if it was started: after the adviser's pause or a reload. */
	#resumeAfter: 'reload' | 'adviser' = 'reload';
	readonly syncer: Syncer;
	/** Reads a text aloud when the person wants it (on by default until they choose). */
	readonly speak: (text: string) => 'voice' | 'audio' | 'off';

	private constructor(
		state: KioskState,
		readonly outbox: Outbox,
		readonly fallbackLocale: Locale
	) {
		this.state = state;
		this.paused = state.paused;
		// Reloaded in the adviser's pause: the run opens again when they resume.
		if (state.paused) this.#resumeAfter = 'adviser';
		this.speak = createSpeaker(() => ({
			enabled: this.state.preferences?.speech ?? true,
			locale: this.locale
		}));
		this.syncer = new Syncer(outbox, {
			onDeadline: (runId, deadline) => {
				if (this.runner?.recorder.record.runId === runId) this.runner.setServerDeadline(deadline);
			}
		});
	}

	static async open(server: KioskState, fallbackLocale: Locale): Promise<KioskAttempt> {
		const outbox = await Outbox.open();
		const cached = await outbox.getCache<KioskState>('state');
		// A new attempt on this tablet: what the previous one left is acknowledged or obsolete.
		if (cached && cached.attemptId !== server.attemptId && (await outbox.pendingCount()) === 0)
			await outbox.clear();
		await outbox.putCache('state', server);
		const attempt = new KioskAttempt(server, outbox, fallbackLocale);
		for (const run of server.runs) {
			const record = await outbox.getRun(run.runId);
			if (run.status === 'finished' || record?.done) attempt.#doneRuns.push(run.runId);
		}
		attempt.#breaksTaken = (await outbox.getCache<string[]>('breaks')) ?? [];
		attempt.syncer.kick();
		attempt.#pulse();
		return attempt;
	}

	/** Stops the pulse and the synchronisation (the page is left). */
	close(): void {
		this.#closed = true;
		clearTimeout(this.#pulseTimer);
		this.syncer.stop();
	}

	/**
	 * Tells the server this kiosk is there and learns whether the adviser paused or resumed the
	 * person, and the deadlines (a resume moves them on). Offline: tries again at the next beat.
	 */
	async #pulse(): Promise<void> {
		if (this.#closed || this.screen === 'end' || this.screen === 'refused') return;
		try {
			const response = await fetch('/api/kiosque/pulse', { method: 'POST' });
			if (response.ok) {
				const pulse = (await response.json()) as KioskPulse;
				await this.#applyDeadlines(pulse.deadlines);
				if (pulse.paused !== this.paused) await this.#setPaused(pulse.paused);
			}
		} catch {
			// Offline: the syncer shows it; the next beat tries again.
		}
		if (this.#closed) return;
		clearTimeout(this.#pulseTimer);
		this.#pulseTimer = setTimeout(
			() => void this.#pulse(),
			this.paused ? PULSE_MS.paused : PULSE_MS.working
		);
	}

	async #applyDeadlines(deadlines: Record<string, number>): Promise<void> {
		for (const [runId, deadline] of Object.entries(deadlines)) {
			if (this.runner?.recorder.record.runId === runId) {
				if (this.runner.recorder.record.deadline !== deadline)
					this.runner.setServerDeadline(deadline);
				continue;
			}
			const record = await this.outbox.getRun(runId);
			if (record && !record.done && record.deadline !== deadline)
				await this.outbox.putRun({ ...record, deadline });
		}
	}

	/** The adviser paused (the exercise stops where it is) or resumed (it opens again there). */
	async #setPaused(paused: boolean): Promise<void> {
		if (paused) {
			const runner = this.runner;
			this.runner = null;
			await runner?.pause();
			this.#resumeAfter = 'adviser';
		}
		this.paused = paused;
		this.#setState({ ...this.state, paused });
	}

	get preferences(): KioskPreferences | null {
		return this.state.preferences;
	}

	get locale(): Locale {
		return this.state.preferences?.locale ?? this.fallbackLocale;
	}

	get screen(): Screen {
		if (this.state.consent === 'pending') return 'welcome';
		if (this.state.consent === 'refused') return 'refused';
		if (!this.state.preferences) return 'preferences';
		const runs = this.state.runs;
		const next = runs.findIndex((r) => !this.#doneRuns.includes(r.runId));
		if (next === -1) return 'end';
		if (this.paused) return 'paused';
		const previous = runs[next - 1];
		if (previous && !this.#breaksTaken.includes(previous.runId)) return 'break';
		return 'exercise';
	}

	/** The run to do now (or after the break). */
	get currentIndex(): number {
		const next = this.state.runs.findIndex((r) => !this.#doneRuns.includes(r.runId));
		return next === -1 ? this.state.runs.length : next;
	}

	async answerConsent(accepted: boolean): Promise<void> {
		const response = await fetch('/api/kiosque/consent', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ accepted })
		});
		if (!response.ok) throw new Error(`consent: ${response.status}`);
		this.#setState({ ...this.state, consent: accepted ? 'accepted' : 'refused' });
		if (!accepted) await this.outbox.clear();
	}

	async savePreferences(preferences: KioskPreferences): Promise<void> {
		const response = await fetch('/api/kiosque/preferences', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(preferences)
		});
		if (!response.ok) throw new Error(`preferences: ${response.status}`);
		this.#setState({ ...this.state, preferences });
	}

	/** Opens (or resumes) the current run's exercise. */
	async openCurrent(): Promise<ExerciseRunner> {
		const run = this.state.runs[this.currentIndex];
		if (!run) throw new Error('No run left');
		if (this.runner?.recorder.record.runId === run.runId) return this.runner;
		this.runner?.stop();
		if (!isExerciseId(run.exerciseId)) throw new Error(`Unknown exercise ${run.exerciseId}`);
		const definition = await loadExercise(run.exerciseId);
		const runner = await ExerciseRunner.open(
			definition,
			run,
			this.outbox,
			this.syncer,
			this.#resumeAfter
		);
		this.#resumeAfter = 'reload';
		this.runner = runner;
		return runner;
	}

	/**
	 * Loads the battery's later exercises in the background (once the current one shows), so
	 * that the service worker has them if the network goes down.
	 */
	async prefetchLaterExercises(): Promise<void> {
		const later = this.state.runs.slice(this.currentIndex + 1).map((r) => r.exerciseId);
		await Promise.allSettled(
			later.filter(isExerciseId).map(async (id) => (await loadExercise(id)).loadView())
		);
	}

	/** The current run reached its end: on to the break (or the end). */
	async finishRun(): Promise<void> {
		const runner = this.runner;
		if (!runner) return;
		await runner.recorder.flushed();
		this.#doneRuns = [...this.#doneRuns, runner.recorder.record.runId];
		runner.stop();
		this.runner = null;
		this.syncer.kick();
	}

	async takeBreak(): Promise<void> {
		const previous = this.state.runs[this.currentIndex - 1];
		if (!previous) return;
		this.#breaksTaken = [...this.#breaksTaken, previous.runId];
		await this.outbox.putCache('breaks', this.#breaksTaken);
	}

	/** Minutes the whole battery takes, roughly (for the welcome screen). */
	get expectedMinutes(): number {
		const timed = this.state.runs.reduce((sum, r) => sum + r.durationMs, 0) / 60_000;
		return Math.round((timed + this.state.runs.length * 4) / 5) * 5;
	}

	#setState(state: KioskState): void {
		this.state = state;
		void this.outbox.putCache('state', state);
	}
}
