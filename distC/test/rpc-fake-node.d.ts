export interface FakeNodeOptions {
    fixtures: string;
    chainId?: number;
    /** Serve `debug_traceBlockByNumber` with the prestate tracer. */
    tracer?: boolean;
    /** Witness files (fixtures README, witness/) served by `debug_executionWitness` and their blocks. */
    witnesses?: string[];
    /** Edit a block's JSON before serving it. */
    editBlock?: (n: number, block: any) => any;
    /** Edit a block's pre-state before serving it. */
    editPreState?: (n: number, pre: any) => any;
}
/** Faults to inject, each counting down as it fires. */
export interface Faults {
    /** HTTP 429 with `Retry-After: <retryAfter>` (seconds). */
    http429?: number;
    retryAfter?: string;
    /** HTTP 500 with a plain-text body. */
    http500?: number;
    /** The connection closed without an answer. */
    drop?: number;
    /** One call inside a batch answered with a JSON-RPC internal error (-32603). */
    itemError?: number;
    /** An HTML page with HTTP 200 (forever while set). */
    html?: boolean;
}
export interface FakeNode {
    url: string;
    faults: Faults;
    /** HTTP requests received and JSON-RPC calls in them, by method. */
    stats: {
        httpRequests: number;
        calls: number;
        byMethod: Record<string, number>;
        faultsFired: Record<string, number>;
    };
    close(): Promise<void>;
}
export declare function startFakeNode(options: FakeNodeOptions): Promise<FakeNode>;
