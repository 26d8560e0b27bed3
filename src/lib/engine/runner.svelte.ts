import type { AnyStateMachine } from 'xstate';
import { ActorState } from './actor.svelte';
import type { ExerciseDefinition, LogEmitted, Phase } from './contract';
import { phaseOf } from './phased-machine';
import { newRunRecord, type RunStore } from './outbox';
import { RunRecorder } from './recorder';
import { withoutPayload, withPayload } from './snapshot';
import type { Syncer } from './sync.svelte';

/** What a run needs of the synchronisation: the kiosk's Syncer, or nothing in a preview. */
export type RunSync = Pick<Syncer, 'serverOffset' | 'track' | 'kick' | 'soon'>;

/** No server: the preview's runs keep the kiosk's own clock and their provisional deadline. */
export const NO_SYNC: RunSync = {
	serverOffset: 0,
	track: () => {},
	kick: () => {},
	soon: () => {}
};

/** Why a run starts again where it was: a reload, the person's own pause, the adviser's. */
export type ResumedAfter = 'reload' | 'pause' | 'adviser';

export interface RunInput {
	runId: string;
	/** Events the server already holds (from its state): the outbox starts after them. */
	nextSeq: number;
	/** Server deadline, when the timed part has started (server clock, epoch ms). */
	deadline: number | null;
	durationMs: number;
	config: unknown;
	payload: unknown;
}

/**
 * Runs one exercise on the kiosk: the machine (restored after a reload), the recorder that logs
 * what it emits and its phase changes, and the server-owned deadline of the timed part.
 */
export class ExerciseRunner {
	state: ActorState<AnyStateMachine>;
	phase = $state<Phase>('consigne');
	/** Deadline on this kiosk's clock (Date.now() scale), once the timed part started. */
	deadline = $state<number | null>(null);
	readonly recorder: RunRecorder;
	#timer: ReturnType<typeof setTimeout> | undefined;

	private constructor(
		readonly definition: ExerciseDefinition,
		private readonly input: RunInput,
		recorder: RunRecorder,
		private readonly syncer: RunSync,
		resumedAfter: ResumedAfter | null
	) {
		this.recorder = recorder;
		const record = recorder.record;
		this.state = new ActorState(definition.machine, {
			input: { config: input.config, payload: input.payload },
			...(record.snapshot ? { snapshot: withPayload(record.snapshot, input.payload) as never } : {})
		});
		this.state.actor.on('log', (e: LogEmitted) => void this.recorder.log(e.entry, e.data, e.at));
		// Read when the recorder writes (after the next paint); the items stay in the payload.
		recorder.trackState(() => ({
			phase: this.phase,
			snapshot: withoutPayload(this.state.actor.getPersistedSnapshot(), input.payload),
			done: this.phase === 'fin'
		}));
		this.phase = (record.phase as Phase | null) ?? 'consigne';
		const known = record.deadline ?? input.deadline;
		if (known) this.deadline = known - syncer.serverOffset;
		this.state.actor.subscribe((snapshot) => this.#onTransition(snapshot));
		this.state.start();
		if (resumedAfter) {
			void this.recorder.log('run.resumed', { after: resumedAfter });
			this.state.send({ type: 'run.resumed' });
		}
		this.#schedule();
	}

	/**
	 * Opens the run: resumes it from the outbox when this kiosk ran it before (after a reload,
	 * or after the adviser's pause, which stopped it).
	 */
	static async open(
		definition: ExerciseDefinition,
		input: RunInput,
		outbox: RunStore,
		syncer: RunSync,
		after: ResumedAfter = 'reload'
	): Promise<ExerciseRunner> {
		const stored = await outbox.getRun(input.runId);
		const record = stored ?? newRunRecord(input.runId, input.nextSeq);
		if (!stored) await outbox.putRun(record);
		const recorder = new RunRecorder(outbox, record, syncer.soon);
		syncer.track(input.runId, () => recorder.now());
		return new ExerciseRunner(definition, input, recorder, syncer, stored?.snapshot ? after : null);
	}

	get done(): boolean {
		return this.phase === 'fin';
	}

	/** Remaining time of the timed part, or null outside it. */
	remainingMs = (): number | null => {
		if (this.phase !== 'epreuve' || this.deadline === null) return null;
		return Math.max(0, this.deadline - Date.now());
	};

	/** The server told us its deadline (after the first batch of the timed part). */
	setServerDeadline(serverDeadline: number): void {
		this.deadline = serverDeadline - this.syncer.serverOffset;
		void this.recorder.update({ deadline: serverDeadline });
		this.#schedule();
	}

	/**
	 * The adviser paused the person: logged, then the run stops here (its timer too) until it is
	 * opened again, at the same item, with the deadline the resume moved on.
	 */
	async pause(): Promise<void> {
		await this.recorder.log('run.paused', { by: 'adviser' });
		await this.recorder.flushed();
		this.stop();
	}

	stop(): void {
		clearTimeout(this.#timer);
		// What waits for the next paint is stored now, while the machine can still be read.
		void this.recorder.flushed();
		this.state.stop();
		this.recorder.dispose();
	}

	#onTransition(snapshot: ReturnType<typeof this.state.actor.getSnapshot>): void {
		this.#notePhase(snapshot);
		this.recorder.stateChanged();
		this.#schedule();
	}

	/** Machines log their own phase changes (the phased skeleton); the runner follows them. */
	#notePhase(snapshot: ReturnType<typeof this.state.actor.getSnapshot>): void {
		const phase = phaseOf(snapshot);
		if (phase === 'epreuve' && this.deadline === null) {
			// Provisional until the server answers with its own deadline.
			this.deadline = Date.now() + this.input.durationMs;
		}
		this.phase = phase;
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		const remaining = this.remainingMs();
		if (remaining === null) return;
		this.#timer = setTimeout(() => {
			if (this.phase !== 'epreuve') return;
			void this.recorder.log('time.up', {});
			this.state.send({ type: 'time.up' });
		}, remaining);
	}
}
