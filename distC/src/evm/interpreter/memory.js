import { chargeFromReserve } from '../frames/frame.js';
/**
 * Memory regions and expansion. All frames share `evm.mem`: a frame's memory is
 * `mem[memBase, memBase + memSize)`; a child frame's starts where its parent's ends, and bytes
 * past the innermost frame's end are always zero (a frame's bytes are zeroed when it returns).
 */
/** Memory beyond this many bytes is never allocated (its cost, ~3.6·10^13 gas, is out of reach). */
export const MEMORY_LIMIT = 2 ** 32;
const MEMORY_LIMIT_BIG = BigInt(MEMORY_LIMIT);
/**
 * The end (offset + length, bytes) of a memory region given as stack words: 0 when `length` is 0
 * (no expansion, whatever the offset), -1 when it lies beyond {@link MEMORY_LIMIT}.
 */
export function regionEnd(offset, length) {
    if (length === 0n)
        return 0;
    if (offset >= MEMORY_LIMIT_BIG || length >= MEMORY_LIMIT_BIG)
        return -1;
    const end = Number(offset) + Number(length);
    return end > MEMORY_LIMIT ? -1 : end;
}
/** Yellow Paper C_mem(words) = G_memory · words + ⌊words² / 512⌋, exact. */
export function memoryCost(evm, words) {
    const s = evm.schedule;
    const quad = words <= 94906265 ? Math.floor((words * words) / s.quadCoefficientDiv) : Number((BigInt(words) * BigInt(words)) / BigInt(s.quadCoefficientDiv));
    return words * s.memoryGas + quad;
}
/**
 * Expands `f`'s memory to cover bytes [0, end), charging the expansion to `f.gas` (which the
 * caller has synced). Returns false when out of gas (nothing is expanded then). `end` as from
 * {@link regionEnd}: -1 is out of gas (unless the frame has gas beyond 2^52, where it is refused
 * as unsupported), 0 a no-op.
 */
export function useMemory(evm, f, end) {
    if (end <= f.memSize) {
        if (end >= 0)
            return true;
        if (f.reserve !== 0n)
            throw new Error(`memory expansion beyond ${MEMORY_LIMIT} bytes is not supported`);
        return false;
    }
    const words = Math.ceil(end / 32);
    const total = memoryCost(evm, words);
    const cost = total - f.memCost;
    if (f.gas >= cost)
        f.gas -= cost;
    else if (!chargeFromReserve(f, cost))
        return false;
    f.memCost = total;
    const size = words * 32;
    evm.ensureMemory(f.memBase + size);
    f.memSize = size;
    return true;
}
/**
 * Copies `length` bytes of `src` from `srcOffset` (a stack word: beyond the end reads zeros)
 * into memory at absolute position `dst`, zero-filling what `src` does not cover.
 */
export function copyPadded(mem, dst, src, srcOffset, length) {
    let n = 0;
    if (srcOffset < BigInt(src.length)) {
        const from = Number(srcOffset);
        n = Math.min(length, src.length - from);
        mem.set(src.subarray(from, from + n), dst);
    }
    if (n < length)
        mem.fill(0, dst + n, dst + length);
}
//# sourceMappingURL=memory.js.map