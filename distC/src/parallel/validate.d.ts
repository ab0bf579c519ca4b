import type { StateReader } from '../state/reader.js';
import { type MVMemory } from './mvMemory.js';
/**
 * Block-STM `validate_read_set` (Algorithm 2): every location the last incarnation of `txIndex`
 * read must still resolve to the same version — or, for a balance or account read through lazy
 * deltas, to the same value (a nonce-blind account read: the same but for the nonce); a bounded
 * contract balance ({@link BOUND_READ}) to a value within its bound. An ESTIMATE in the way fails validation.
 */
export declare function validateReadSet(mv: MVMemory, txIndex: number, base: StateReader): boolean;
