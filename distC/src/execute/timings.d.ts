import type { PhaseTimings } from '../types.js';
/**
 * A block's time without decoding (ms): sender recovery, execution (pre-block work and the
 * transactions) and post-block work. Both engines fill the phases alike (the parallel engine's
 * `executionMs` leaves out the recovery its workers do first), so this is the one figure that
 * compares them.
 */
export declare function blockTimeMs(t: PhaseTimings): number;
/** Sender recovery and execution (ms), post-block work left out: the span the analyzer's simulation models. */
export declare function executionSpanMs(t: PhaseTimings): number;
