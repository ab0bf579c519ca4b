export declare class JobGate {
    readonly buffer: SharedArrayBuffer;
    private readonly words;
    constructor(buffer?: SharedArrayBuffer);
    /**
     * Worker side, before it reads any of the block's buffers.
     * @returns false when the gate is closed: the worker must skip the job, reading nothing
     */
    enter(): boolean;
    /** Worker side, once it reads none of the block's buffers again (skipped or done). */
    end(): void;
    /**
     * Coordinator side, once the block no longer needs the workers: no worker enters from now on.
     * @returns how many workers entered (those to wait for with {@link waitEnded})
     */
    close(): number;
    /**
     * Whether `workers` workers have ended within `timeoutMs`, waited for in `Atomics.wait` (no turn
     * of the event loop: the coordinator's thread may block, Node allows it on the main thread).
     */
    waitEnded(workers: number, timeoutMs: number): boolean;
}
