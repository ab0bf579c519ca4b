import { type IncarnationResult } from '../src/parallel/incarnation.js';
import { MVMemory } from '../src/parallel/mvMemory.js';
import type { StateReader } from '../src/state/reader.js';
/**
 * A block on the engine's own incarnation path, as a worker runs it (IncarnationRunner on one
 * MVMemory over `state`), with the order left to the test: `run(i)` runs transaction i's next
 * incarnation (its result's `writes` hold until the next run), `valid(i)` validates its last one
 * as the scheduler does, `release()` hands the MVMemory buffer back for the next block.
 */
export declare function onIncarnationPath(state: StateReader, blockJson: Record<string, unknown>): Promise<{
    mv: MVMemory;
    n: number;
    run: (i: number) => Promise<IncarnationResult>;
    valid: (i: number) => boolean;
    release: () => void;
}>;
