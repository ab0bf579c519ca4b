import type { SnapshotState } from '../state/snapshot.js';
/**
 * The first difference between two full states, in address order then slot order: an account
 * present in one only, or its balance, nonce, code hash or a storage slot (`0x…addr.storage[0x1] 5 ≠ 6`).
 * @returns undefined when the states are equal
 */
export declare function diffStates(actual: SnapshotState, expected: SnapshotState): string | undefined;
