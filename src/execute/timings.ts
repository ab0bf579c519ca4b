import type { PhaseTimings } from '../types.js';

/**
 * A block's time without decoding (ms): sender recovery, execution (pre-block work and the
 * transactions) and post-block work. Both engines fill the phases alike (the parallel engine's
 * `executionMs` leaves out the recovery its workers do first), so this is the one figure that
 * compares them — on decoded blocks: a block given as JSON may have its senders recovered while it
 * is decoded (`metrics.earlyRecovery`), and then only `totalMs` compares.
 */
export function blockTimeMs(t: PhaseTimings): number {
  return t.senderRecoveryMs + t.executionMs + t.postBlockMs;
}

/** Sender recovery and execution (ms), post-block work left out: the span the analyzer's simulation models. */
export function executionSpanMs(t: PhaseTimings): number {
  return t.senderRecoveryMs + t.executionMs;
}
