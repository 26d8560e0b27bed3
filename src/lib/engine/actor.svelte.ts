import { createActor, type Actor, type AnyStateMachine, type SnapshotFrom } from 'xstate';

/**
 * Runes adapter for an XState actor: `snapshot` is reactive state, updated on every
 * transition. Stop it when the component that owns it is destroyed.
 */
export class ActorState<M extends AnyStateMachine> {
	readonly actor: Actor<M>;
	#snapshot = $state.raw() as SnapshotFrom<M>;
	#subscription: { unsubscribe(): void };

	constructor(machine: M, options: Parameters<typeof createActor<M>>[1]) {
		this.actor = createActor(machine, options);
		this.#snapshot = this.actor.getSnapshot();
		this.#subscription = this.actor.subscribe((snapshot) => {
			this.#snapshot = snapshot;
		});
	}

	get snapshot(): SnapshotFrom<M> {
		return this.#snapshot;
	}

	start(): this {
		this.actor.start();
		return this;
	}

	send = (event: Parameters<Actor<M>['send']>[0]): void => {
		this.actor.send(event);
	};

	stop(): void {
		this.#subscription.unsubscribe();
		this.actor.stop();
	}
}
