import type { SnapshotState } from '../state/snapshot.js';
import type { RpcBlockJson } from '../block/decode.js';
/** One probe round (ms): a run alone and the mean of two runs side by side. */
export interface ThroughputSample {
    aloneMs: number;
    togetherMs: number;
}
/** Two warm worker threads that run the sequential engine (see the module comment). */
export declare class ThroughputProbe {
    private readonly workers;
    constructor();
    private runOn;
    /**
     * One round on `blockJson` over `state`.
     * @throws Error when the sequential engine fails on the block in a worker
     */
    round(blockJson: RpcBlockJson, state: SnapshotState): Promise<ThroughputSample>;
    close(): Promise<void>;
}
/** `median(together) / median(alone)`, at least 1 (1 = two threads run as fast as one). */
export declare function slowdownOf(samples: ThroughputSample[]): number;
