import { forkOpcodes, forkPrecompiles, precompileAddress } from './forkOpcodes.js';
/** Display names of the precompiles (the list of active ones comes from `forkPrecompiles`). */
const PRECOMPILE_NAMES = {
    1: 'ecrecover',
    2: 'sha256',
    3: 'ripemd160',
    4: 'identity',
    5: 'modexp',
    6: 'bn254 add',
    7: 'bn254 mul',
    8: 'bn254 pairing',
    9: 'blake2f',
    10: 'point evaluation',
    11: 'bls12 g1add',
    12: 'bls12 g1msm',
    13: 'bls12 g2add',
    14: 'bls12 g2msm',
    15: 'bls12 pairing',
    16: 'bls12 map fp→g1',
    17: 'bls12 map fp2→g2',
    256: 'p256verify',
};
/** Counters shared by every EVM attached to them (one fuzz run). */
export class EvmCoverage {
    /** Executions per opcode byte. */
    ops = new Float64Array(256);
    /** Calls per precompile address (lowercase `0x`), by outcome. */
    calls = new Map();
    hardforks = new Set();
    blocks = 0;
    /** Counts `evm`'s opcodes and precompile calls from now on (one block's EVM). */
    attach(evm) {
        this.blocks++;
        this.hardforks.add(evm.schedule.hardfork);
        evm.opCounts = this.ops;
        for (const [address, run] of evm.precompiles) {
            let n = this.calls.get(address);
            if (!n)
                this.calls.set(address, (n = { ok: 0, failed: 0 }));
            const counter = n;
            evm.precompiles.set(address, (data, gasLimit) => {
                const r = run(data, gasLimit);
                if (r.failed)
                    counter.failed++;
                else
                    counter.ok++;
                return r;
            });
        }
    }
    /** The report against the hardforks seen so far. */
    report() {
        const hardforks = [...this.hardforks].sort();
        const expected = new Map();
        const precompiles = new Set();
        for (const h of hardforks) {
            for (const o of forkOpcodes(h))
                expected.set(o.code, o.name);
            for (const p of forkPrecompiles(h))
                precompiles.add(p);
        }
        const opcodes = [...expected].sort((x, y) => x[0] - y[0]).map(([code, name]) => ({ name, code, executions: this.ops[code] }));
        let undefinedExecutions = 0;
        for (let b = 0; b < 256; b++)
            if (!expected.has(b))
                undefinedExecutions += this.ops[b];
        const pcs = [...precompiles]
            .sort((x, y) => x - y)
            .map((n) => {
            const address = precompileAddress(n);
            const c = this.calls.get(address) ?? { ok: 0, failed: 0 };
            return { address, name: PRECOMPILE_NAMES[n] ?? `precompile ${n}`, ok: c.ok, failed: c.failed };
        });
        return {
            blocks: this.blocks,
            hardforks,
            opcodes,
            opcodesAtZero: opcodes.filter((o) => o.executions === 0).map((o) => o.name),
            undefinedExecutions,
            precompiles: pcs,
            precompilesAtZero: pcs.filter((p) => p.ok + p.failed === 0).map((p) => p.address),
        };
    }
}
//# sourceMappingURL=coverage.js.map