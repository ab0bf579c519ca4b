// parevm's BN254 (src/evm/bn254.ts, on mcl) equals `@ethereumjs/evm`'s NobleBN254 (the reference
// engine's, on @noble/curves) byte for byte, or both reject: on the consensus-test vectors of
// 0x06–0x08 and on points made with noble (sums, doublings, inverses, infinity, scalars 0, r
// and above, true and false pairings), and on inputs made invalid one rule at a time (a
// coordinate at or above p, off the curve, a G2 point outside the subgroup, an invalid point
// paired with infinity).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NobleBN254 } from '@ethereumjs/evm';
import { bn254 } from '@noble/curves/bn254.js';
import { MclBN254 } from '../../src/evm/bn254.js';
import { PRECOMPILE_VECTORS } from '../../src/fuzz/precompileVectors.js';
const mcl = new MclBN254();
const noble = new NobleBN254();
const P = bn254.fields.Fp.ORDER;
const R = bn254.fields.Fr.ORDER;
const word = (v) => v.toString(16).padStart(64, '0');
const hex = (s) => Uint8Array.from(Buffer.from(s.replace(/^0x/, ''), 'hex'));
const toHex = (b) => Buffer.from(b).toString('hex');
const g1 = (p) => (p.is0() ? word(0n) + word(0n) : word(p.toAffine().x) + word(p.toAffine().y));
const g2 = (q) => {
    if (q.is0())
        return word(0n).repeat(4);
    const { x, y } = q.toAffine();
    return word(x.c1) + word(x.c0) + word(y.c1) + word(y.c0);
};
const G = bn254.G1.Point.BASE;
const H = bn254.G2.Point.BASE;
const O1 = bn254.G1.Point.ZERO;
const O2 = bn254.G2.Point.ZERO;
/** Both return the same bytes, or both throw. */
function same(op, input, label) {
    const run = (impl) => {
        try {
            return toHex(impl[op](hex(input)));
        }
        catch {
            return 'rejected';
        }
    };
    const want = run(noble);
    assert.equal(run(mcl), want, `${op} ${label}`);
    return want === 'rejected' ? 'rejected' : 'ok';
}
// The precompile functions pass ECADD and ECMUL 128 bytes (the input right-padded or cut).
const pad = (s) => s.replace(/^0x/, '').slice(0, 256).padEnd(256, '0');
test('BN254 on mcl equals @noble/curves on the consensus-test vectors (0x06-0x08)', () => {
    const ops = { 6: 'add', 7: 'mul', 8: 'pairing' };
    let n = 0;
    for (const v of PRECOMPILE_VECTORS) {
        const op = ops[v.precompile];
        if (op === undefined)
            continue;
        const input = op === 'pairing' ? v.input.replace(/^0x/, '') : pad(v.input);
        // Pairing inputs of a length not a multiple of 192 never reach the curve code.
        if (op === 'pairing' && input.length % 384 !== 0)
            continue;
        assert.equal(same(op, input, v.label), v.ok ? 'ok' : 'rejected', `${op} ${v.label}: ${v.source}`);
        n++;
    }
    assert.ok(n >= 10, `vectors: ${n}`);
});
test('BN254 on mcl equals @noble/curves on made points and on each invalid-input rule', () => {
    const scalars = [1n, 2n, 3n, 12345678901234567890n, R - 1n, (1n << 255n) + 17n];
    for (const a of scalars) {
        const A = G.multiply(a % R);
        for (const b of scalars) {
            const B = G.multiply(b % R);
            assert.equal(same('add', g1(A) + g1(B), `${a}G + ${b}G`), 'ok');
            assert.equal(same('mul', pad(g1(A) + word(b)), `${a}G × ${b}`), 'ok');
        }
        assert.equal(same('add', g1(A) + g1(A.negate()), 'P + (-P)'), 'ok');
        assert.equal(same('add', g1(A) + g1(O1), 'P + O'), 'ok');
        assert.equal(same('mul', pad(g1(A) + word(0n)), 'P × 0'), 'ok');
        assert.equal(same('mul', pad(g1(A) + word(R)), 'P × r'), 'ok');
        assert.equal(same('mul', pad(g1(A) + word(R + 5n)), 'P × (r + 5)'), 'ok');
        assert.equal(same('mul', pad(g1(A) + word((1n << 256n) - 1n)), 'P × (2^256 - 1)'), 'ok');
    }
    assert.equal(same('add', g1(O1) + g1(O1), 'O + O'), 'ok');
    assert.equal(same('mul', pad(g1(O1) + word(7n)), 'O × 7'), 'ok');
    // Pairings: e(aG, bH) · e(-abG, H) = 1; a wrong factor makes it 0; infinity pairs are skipped.
    const a = 987654321n;
    const b = 123456789123456789n;
    const yes = g1(G.multiply(a)) + g2(H.multiply(b)) + g1(G.multiply((a * b) % R).negate()) + g2(H);
    const no = g1(G.multiply(a)) + g2(H.multiply(b)) + g1(G.multiply((a * b + 1n) % R).negate()) + g2(H);
    assert.equal(toHex(mcl.pairing(hex(yes))), word(1n));
    assert.equal(toHex(mcl.pairing(hex(no))), word(0n));
    for (const [input, label] of [
        [yes, 'true'],
        [no, 'false'],
        ['', 'no pairs'],
        [g1(O1) + g2(H), 'O with H'],
        [g1(G) + g2(O2), 'G with O'],
        [yes + g1(G) + g2(O2), 'true, then G with O'],
        [g1(G) + g2(H), 'e(G, H) alone'],
    ])
        assert.equal(same('pairing', input, label), 'ok');
    // Invalid inputs, one rule at a time.
    const { x, y } = G.multiply(5n).toAffine();
    const h = H.multiply(7n).toAffine();
    const rejected = [
        ['add', word(x + P) + word(y) + g1(G), 'x + p (same point mod p)'],
        ['add', word(x) + word(P) + g1(G), 'y = p'],
        ['add', word(x) + word(y + 1n) + g1(G), 'off the curve'],
        ['add', g1(G) + word(0n) + word(1n), '(0, 1)'],
        ['mul', pad(word(x) + word(y + 1n) + word(3n)), 'off the curve × 3'],
        ['mul', pad(word(x) + word(y + 1n) + word(0n)), 'off the curve × 0'],
        ['pairing', word(x) + word(y + 1n) + g2(O2), 'off-curve G1 with O'],
        ['pairing', g1(O1) + word(h.x.c1 + P) + word(h.x.c0) + word(h.y.c1) + word(h.y.c0), 'O with G2 x_im + p'],
        ['pairing', g1(G) + word(h.x.c1) + word(h.x.c0) + word(h.y.c1) + word(h.y.c0 + 1n), 'G2 off the curve'],
        ['pairing', g1(G) + word(P) + word(0n).repeat(3), 'G2 x_im = p'],
    ];
    for (const [op, input, label] of rejected)
        assert.equal(same(op, input, label), 'rejected', label);
});
//# sourceMappingURL=bn254.test.js.map