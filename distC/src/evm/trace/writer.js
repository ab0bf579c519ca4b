import { writeSync } from 'node:fs';
/** The reader of the trace went away (EPIPE: e.g. `parevm trace … | head`). */
export class TraceOutputClosedError extends Error {
    constructor() {
        super('trace output closed');
        this.name = 'TraceOutputClosedError';
    }
}
const FLUSH_AT = 1 << 20;
const pause = new Int32Array(new SharedArrayBuffer(4));
/** Writes all of `data` to `fd`, waiting out EAGAIN (stdout may be a non-blocking pipe). */
function writeAll(fd, data) {
    let off = 0;
    while (off < data.length) {
        try {
            off += writeSync(fd, data, off);
        }
        catch (e) {
            const code = e.code;
            if (code === 'EPIPE')
                throw new TraceOutputClosedError();
            if (code !== 'EAGAIN')
                throw e;
            Atomics.wait(pause, 0, 0, 2);
        }
    }
}
/**
 * JSON lines to a file descriptor, synchronously (parevm's EVM cannot wait for a stream), in
 * chunks of about 1 MiB. Call {@link flush} at the end.
 */
export class JsonLinesWriter {
    fd;
    parts = [];
    size = 0;
    constructor(fd) {
        this.fd = fd;
    }
    /** Appends one line; a sink for `traceTransactions` as `(l) => w.write(l)`. */
    write(line) {
        const s = `${JSON.stringify(line)}\n`;
        this.parts.push(s);
        this.size += s.length;
        if (this.size >= FLUSH_AT)
            this.flush();
    }
    flush() {
        if (this.size === 0)
            return;
        const data = Buffer.from(this.parts.join(''));
        this.parts = [];
        this.size = 0;
        writeAll(this.fd, data);
    }
}
//# sourceMappingURL=writer.js.map