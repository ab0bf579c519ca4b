import { getActivePrecompiles } from '@ethereumjs/evm';
import { bigIntToBytes, bytesToHex, computeVersionedHash, concatBytes, setLengthLeft } from '@ethereumjs/util';
import { blsPrecompile } from './blsPrecompiles.js';
import { MclBN254 } from './bn254.js';
const EMPTY = new Uint8Array(0);
/**
 * BN254 (alt_bn128) for ECADD, ECMUL and ECPAIRING (EIP-196/197, 0x06–0x08): herumi's mcl
 * (`bn254.ts`) behind `@ethereumjs/evm`'s precompile functions, in place of their default
 * `@noble/curves` one (the reference engine keeps noble's). History: `rustbn-wasm` replaced noble
 * first (on mainnet 19932703's zk verifier ECMUL took 2.2 ms against 0.5, a 2-pair pairing 14
 * against 9); mcl replaced it (a 2-pair pairing 4.8 ms against 12.4, `bn254.ts`).
 */
const bn254 = new MclBN254();
/**
 * The active precompiles of a fork (0x01–0x0a for Frontier → Cancun; Prague adds the EIP-2537
 * BLS12-381 ones 0x0b–0x11, see `blsPrecompiles.ts`; Osaka EIP-7951's P256VERIFY at 0x100),
 * keyed by lowercase `0x` address. 0x01–0x09 are `@ethereumjs/evm`'s own precompile functions (ecrecover through
 * parevm's native secp256k1 when the Common carries it, SHA-256 / RIPEMD-160 from `@noble/hashes`,
 * BN254 from mcl ({@link bn254}), BLAKE2f); they return synchronously. 0x0a (EIP-4844 point
 * evaluation) is async in `@ethereumjs/evm`, so its few lines of input handling are repeated here
 * around the same KZG (`common.customCrypto.kzg`, parevm's micro-eth-signer instance).
 * Built once per schedule and shared, never changed: each `Evm` takes a copy (the fuzzer's
 * coverage counters wrap an EVM's precompiles).
 */
export function precompilesFor(schedule) {
    let out = bySchedule.get(schedule);
    if (out === undefined)
        bySchedule.set(schedule, (out = buildPrecompiles(schedule)));
    return out;
}
/** {@link precompilesFor}'s maps, built once per schedule (schedules are cached per fork): 3.8 µs a block before, 0.4 to copy. */
const bySchedule = new WeakMap();
function buildPrecompiles(schedule) {
    const common = schedule.common;
    const out = new Map();
    const host = { _bn254: bn254 };
    for (const [key, fn] of getActivePrecompiles(common)) {
        const address = `0x${key}`;
        if (address === '0x000000000000000000000000000000000000000a') {
            out.set(address, (data, gasLimit) => pointEvaluation(common, data, gasLimit));
            continue;
        }
        const bls = blsPrecompile(address, common);
        if (bls !== undefined) {
            out.set(address, bls);
            continue;
        }
        if (fn === undefined)
            continue;
        out.set(address, (data, gasLimit) => {
            const r = fn({ data, gasLimit, common, _EVM: host });
            if (r instanceof Promise)
                throw new Error(`precompile ${address} is asynchronous`);
            if (r.exceptionError !== undefined)
                return { gasUsed: gasLimit, output: EMPTY, failed: true };
            return { gasUsed: r.executionGasUsed, output: r.returnValue, failed: false };
        });
    }
    return out;
}
/** BLS12-381 scalar field modulus (EIP-4844 `BLS_MODULUS`). */
const BLS_MODULUS = BigInt('52435875175126190479447740508185965837690552500527637822603658699938581184513');
/** EIP-4844 point evaluation (0x0a): as `@ethereumjs/evm`'s `precompile0a`, synchronously. */
function pointEvaluation(common, data, gasLimit) {
    const fail = { gasUsed: gasLimit, output: EMPTY, failed: true };
    const kzg = common.customCrypto?.kzg;
    if (kzg === undefined)
        throw new Error('kzg not initialized');
    const gasUsed = common.param('kzgPointEvaluationPrecompileGas');
    if (gasLimit < gasUsed)
        return fail;
    if (data.length !== 192)
        return fail;
    const version = Number(common.param('blobCommitmentVersionKzg'));
    const versionedHash = bytesToHex(data.subarray(0, 32));
    const z = bytesToHex(data.subarray(32, 64));
    const y = bytesToHex(data.subarray(64, 96));
    const commitment = bytesToHex(data.subarray(96, 144));
    const proof = bytesToHex(data.subarray(144, 192));
    if (computeVersionedHash(commitment, version) !== versionedHash)
        return fail;
    try {
        if (kzg.verifyProof(commitment, z, y, proof) === false)
            return fail;
    }
    catch {
        return fail;
    }
    const fieldElements = setLengthLeft(bigIntToBytes(common.param('fieldElementsPerBlob')), 32);
    return { gasUsed, output: concatBytes(fieldElements, setLengthLeft(bigIntToBytes(BLS_MODULUS), 32)), failed: false };
}
//# sourceMappingURL=precompiles.js.map