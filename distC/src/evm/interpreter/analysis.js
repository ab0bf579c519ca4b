/**
 * Code analysis, done once per bytecode and cached by code hash across transactions and blocks:
 * the code padded with 33 zero bytes (reading past the end is STOP, and no PUSH reads out of
 * bounds) and the JUMPDEST bitmap (a 0x5b inside PUSH data is not a destination). PUSH
 * immediates are decoded on first execution ({@link pushValue}) and kept: decoding every one up
 * front cost ~29 ns per code byte (~290 µs per mainnet contract), most of it for code never run.
 */
import { BytesBoundedMap } from '../../state/bytesBoundedMap.js';
import { readUintBE } from '../../state/u256.js';
/** Analyses `code` (not cached: for initcode, which has no code hash). */
export function analyze(code) {
    const n = code.length;
    const padded = new Uint8Array(n + 33);
    padded.set(code);
    const jumpdests = new Uint8Array(n + 1);
    const pushSlots = new Int32Array(n + 1);
    let slots = 0;
    for (let i = 0; i < n; i++) {
        const op = padded[i];
        if (op === 0x5b)
            jumpdests[i] = 1;
        else if (op >= 0x60 && op <= 0x7f) {
            pushSlots[i] = slots++;
            i += op - 0x5f;
        }
    }
    // A holey array of one entry per PUSH, not per code byte: V8 allocates one above 16K entries
    // about 30× slower per entry (a 24 KB contract's per-byte array cost more than the loop).
    return { padded, code, jumpdests, pushSlots, pushes: new Array(slots) };
}
/**
 * The immediate of the PUSH1–PUSH32 opcode at `pc` (big-endian, zeros past the end of the code),
 * decoded once and kept in the analysis.
 */
export function pushValue(a, pc) {
    const slot = a.pushSlots[pc];
    return (a.pushes[slot] ??= readUintBE(a.padded, pc + 1, a.padded[pc] - 0x5f));
}
/**
 * A bounded cache of analyses keyed by code hash. Eviction is by insertion order (oldest first)
 * once the analysed code exceeds `maxCodeBytes`; an analysis costs about 10 bytes per code byte.
 */
export class AnalysisCache {
    maxCodeBytes;
    entries;
    hits = 0;
    misses = 0;
    constructor(maxCodeBytes = 16 * 1024 * 1024) {
        this.maxCodeBytes = maxCodeBytes;
        this.entries = new BytesBoundedMap(maxCodeBytes, (a) => a.code.length);
    }
    /** The analysis of `code`, whose keccak-256 is `codeHash` (`0x` hex). */
    get(codeHash, code) {
        let a = this.entries.get(codeHash);
        if (a !== undefined) {
            this.hits++;
            return a;
        }
        this.misses++;
        a = analyze(code);
        this.entries.set(codeHash, a);
        return a;
    }
    get size() {
        return this.entries.size;
    }
    get codeBytes() {
        return this.entries.bytes;
    }
    clear() {
        this.entries.clear();
    }
}
/** The process-wide analysis cache (shared by every block this process executes). */
export const sharedAnalysisCache = new AnalysisCache();
//# sourceMappingURL=analysis.js.map