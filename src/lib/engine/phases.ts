import type { LogEmitted, Phase } from './contract';

/**
 * The entry every exercise machine logs on entering each top-level state. Machines declare
 * `logPhase: emit((_, params: { phase: Phase }) => phaseStarted(params.phase))` in their
 * `setup({ actions })` and run it as `entry: { type: 'logPhase', params: { phase: 'epreuve' } }`.
 * Logged by the machine (not by the runtime watching it) so that the entry lands exactly where it
 * belongs: after the actions of the transition that leaves the previous phase (the last answer),
 * before the entry actions of the new one (the first item shown).
 */
export function phaseStarted(phase: Phase): LogEmitted {
	return { type: 'log', entry: 'phase.started', data: { phase } };
}
