import type { TraceLine } from './types.js';
/** The reader of the trace went away (EPIPE: e.g. `parevm trace … | head`). */
export declare class TraceOutputClosedError extends Error {
    constructor();
}
/**
 * JSON lines to a file descriptor, synchronously (parevm's EVM cannot wait for a stream), in
 * chunks of about 1 MiB. Call {@link flush} at the end.
 */
export declare class JsonLinesWriter {
    private readonly fd;
    private parts;
    private size;
    constructor(fd: number);
    /** Appends one line; a sink for `traceTransactions` as `(l) => w.write(l)`. */
    write(line: TraceLine): void;
    flush(): void;
}
