import { keccak_256 } from '@noble/hashes/sha3.js';
/**
 * A seeded pseudo-random generator (sfc32, 128-bit state) for the fuzzer: the same seed string
 * always gives the same sequence, on every platform and Node version (no Math.random).
 */
export class Rng {
    a;
    b;
    c;
    d;
    /** Seeds from keccak-256 of `seed` (any string: "42", "fuzz/3/block/17", ...). */
    constructor(seed) {
        const h = keccak_256(new TextEncoder().encode(seed));
        const dv = new DataView(h.buffer, h.byteOffset, h.byteLength);
        this.a = dv.getUint32(0);
        this.b = dv.getUint32(4);
        this.c = dv.getUint32(8);
        this.d = dv.getUint32(12) | 1;
        for (let i = 0; i < 12; i++)
            this.next();
    }
    /** A uniform 32-bit unsigned integer. */
    next() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return t >>> 0;
    }
    /** A uniform integer in [0, n). */
    int(n) {
        return Math.floor((this.next() / 2 ** 32) * n);
    }
    /** A uniform integer in [lo, hi]. */
    range(lo, hi) {
        return lo + this.int(hi - lo + 1);
    }
    /** True with probability `p`. */
    chance(p) {
        return this.next() / 2 ** 32 < p;
    }
    pick(items) {
        return items[this.int(items.length)];
    }
    /** One of `choices`, with probability proportional to its weight. */
    weighted(choices) {
        const total = choices.reduce((s, [, w]) => s + w, 0);
        let r = (this.next() / 2 ** 32) * total;
        for (const [v, w] of choices)
            if ((r -= w) < 0)
                return v;
        return choices[choices.length - 1][0];
    }
    /** `n` random bytes. */
    bytes(n) {
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++)
            out[i] = this.next() & 0xff;
        return out;
    }
    /** A random 256-bit word, biased towards small and boundary values (0, 1, 2^255, 2^256-1). */
    word() {
        const kind = this.int(6);
        if (kind === 0)
            return BigInt(this.int(4));
        if (kind === 1)
            return (1n << 256n) - 1n - BigInt(this.int(3));
        if (kind === 2)
            return 1n << BigInt(this.int(256));
        let v = 0n;
        for (const b of this.bytes(32))
            v = (v << 8n) | BigInt(b);
        return v;
    }
}
//# sourceMappingURL=rng.js.map