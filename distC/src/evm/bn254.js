/**
 * BN254 (alt_bn128) for the ECADD, ECMUL and ECPAIRING precompiles (EIP-196, EIP-197): the curve
 * arithmetic and pairing are herumi's mcl (`mcl-wasm`, curve BN_SNARK1, Ethereum's alt_bn128);
 * this module only decodes and encodes the precompiles' words and applies the EIPs' input rules,
 * as `@ethereumjs/evm`'s `NobleBN254` does (the reference engine's; `test/unit/bn254.test.ts`
 * holds the two equal):
 * - a point is two (G1) or four (G2) 32-byte big-endian coordinates, each below the field
 *   modulus; all zeros is the point at infinity;
 * - any other point must be on its curve, and a G2 point in the subgroup of order r;
 * - ECMUL's scalar is any 256-bit word (reduced mod r);
 * - ECPAIRING of k pairs is 1 when the product of their pairings is 1 (k = 0 included), else 0.
 *
 * A G2 point's coordinates come imaginary part first (x_im ‖ x_re ‖ y_im ‖ y_re).
 * Why mcl: a 2-pair ECPAIRING took 4.8 ms against 12.4 with `rustbn-wasm` (the previous
 * backend) here, and ECPAIRING was 12% of the execution time of six execution-bound mainnet
 * fixture blocks (zk-rollup verifiers).
 *
 * The class has `@ethereumjs/evm`'s `EVMBN254Interface` shape (`add`, `mul`, `pairing`: bytes in,
 * bytes out), so ethereumjs's precompile functions keep the gas and length rules.
 * @throws Error on an invalid point (the precompile then fails, consuming its gas)
 */
import * as mcl from 'mcl-wasm';
import { readU256 } from '../state/u256.js';
await mcl.init(mcl.BN_SNARK1);
// EIP-197: a G2 point must lie in the order-r subgroup (on BN254 every G1 point on the curve does).
mcl.verifyOrderG2(true);
/** The base field's modulus p. */
const P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47n;
const G1_BYTES = 64;
const G2_BYTES = 128;
const PAIR_BYTES = G1_BYTES + G2_BYTES;
/** The z coordinate of an affine point in G1 and in G2 (mcl copies it into the point). */
const Z1 = new mcl.Fp();
Z1.setInt(1);
const Z2 = new mcl.Fp2();
Z2.set_a(Z1);
function allZero(b) {
    for (let i = 0; i < b.length; i++)
        if (b[i] !== 0)
            return false;
    return true;
}
/** A 32-byte big-endian coordinate as a field element. @throws Error when it is not below p */
function fp(word) {
    if (readU256(word) >= P)
        throw new Error('bn254: coordinate not below the field modulus');
    const x = new mcl.Fp();
    x.setBigEndianMod(word);
    return x;
}
function fp2(im, re) {
    const x = new mcl.Fp2();
    x.set_a(fp(re));
    x.set_b(fp(im));
    return x;
}
/** A 64-byte G1 point; `undefined` for the point at infinity. @throws Error off the curve */
function g1(b) {
    if (allZero(b))
        return undefined;
    const p = new mcl.G1();
    p.setX(fp(b.subarray(0, 32)));
    p.setY(fp(b.subarray(32, 64)));
    p.setZ(Z1);
    if (!p.isValid())
        throw new Error('bn254: G1 point not on the curve');
    return p;
}
/** A 128-byte G2 point; `undefined` for the point at infinity. @throws Error off the curve or outside the subgroup */
function g2(b) {
    if (allZero(b))
        return undefined;
    const q = new mcl.G2();
    q.setX(fp2(b.subarray(0, 32), b.subarray(32, 64)));
    q.setY(fp2(b.subarray(64, 96), b.subarray(96, 128)));
    q.setZ(Z2);
    if (!q.isValid())
        throw new Error('bn254: G2 point not on the curve or not in the subgroup');
    return q;
}
/** A field element as 32 big-endian bytes (mcl serialises it little-endian). */
function fpBytes(x, out, at) {
    const le = x.serialize();
    for (let i = 0; i < 32; i++)
        out[at + i] = le[31 - i] ?? 0;
}
/** A G1 point as 64 bytes (all zeros at infinity). */
function g1Bytes(p) {
    const out = new Uint8Array(G1_BYTES);
    if (p === undefined || p.isZero())
        return out;
    const a = mcl.normalize(p);
    fpBytes(a.getX(), out, 0);
    fpBytes(a.getY(), out, 32);
    return out;
}
/** EIP-196/197 on mcl, in the shape of `@ethereumjs/evm`'s `EVMBN254Interface`. */
export class MclBN254 {
    /** ECADD of a 128-byte input (two G1 points): their sum, 64 bytes. */
    add(input) {
        const a = g1(input.subarray(0, G1_BYTES));
        const b = g1(input.subarray(G1_BYTES, 2 * G1_BYTES));
        if (a === undefined)
            return g1Bytes(b);
        if (b === undefined)
            return g1Bytes(a);
        return g1Bytes(mcl.add(a, b));
    }
    /** ECMUL of a 96-byte input (a G1 point, a 256-bit scalar): the product, 64 bytes. */
    mul(input) {
        const p = g1(input.subarray(0, G1_BYTES));
        const s = new mcl.Fr();
        s.setBigEndianMod(input.subarray(G1_BYTES, G1_BYTES + 32));
        if (p === undefined || s.isZero())
            return new Uint8Array(G1_BYTES);
        return g1Bytes(mcl.mul(p, s));
    }
    /** ECPAIRING of k 192-byte pairs: 32 bytes, 1 when the product of their pairings is 1, else 0. */
    pairing(input) {
        const out = new Uint8Array(32);
        let product;
        for (let at = 0; at + PAIR_BYTES <= input.length; at += PAIR_BYTES) {
            // Both points are checked even when the other is at infinity.
            const p = g1(input.subarray(at, at + G1_BYTES));
            const q = g2(input.subarray(at + G1_BYTES, at + PAIR_BYTES));
            if (p === undefined || q === undefined)
                continue;
            const loop = mcl.millerLoop(p, q);
            product = product === undefined ? loop : mcl.mul(product, loop);
        }
        out[31] = product === undefined || mcl.finalExp(product).isOne() ? 1 : 0;
        return out;
    }
}
//# sourceMappingURL=bn254.js.map