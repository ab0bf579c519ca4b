/**
 * A SharedArrayBuffer of at least `bytes`: the one `reuse` offers (e.g. the engine's `SpareBuffer.take`)
 * when it is large enough, else a new one; `reused` says which (a reused one holds old data).
 */
export declare function sharedBufferOf(bytes: number, reuse?: (bytes: number) => SharedArrayBuffer | undefined): {
    buffer: SharedArrayBuffer;
    reused: boolean;
};
/**
 * Zeroes bytes `[from, to)` of `buffer`, 8 at a time where aligned: V8 fills a shared typed array
 * element by element, so a Uint8Array fill of MVMemory's 4 MiB location table took 2.3–3.7 ms
 * of the coordinator's serial work per block here, a BigInt64Array fill 0.35 ms.
 */
export declare function zeroShared(buffer: SharedArrayBuffer, from: number, to: number): void;
