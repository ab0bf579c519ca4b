import type { Block } from '@ethereumjs/block';
import type { SnapshotState } from '../src/state/snapshot.js';
/**
 * ethereumjs's own path on the same input: a MerkleStateManager filled from the snapshot, then
 * `runBlock` (no header/state-root validation, which a partial pre-state cannot pass).
 * @returns wall time of `runBlock` alone (ms) and its gasUsed
 */
export declare function runBlockBaseline(block: Block, state: SnapshotState): Promise<{
    ms: number;
    gasUsed: bigint;
}>;
