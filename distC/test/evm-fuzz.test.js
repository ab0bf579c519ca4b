// The differential fuzzer's generated blocks (nested CALL/DELEGATECALL/STATICCALL/CALLCODE,
// REVERTs at random depths, CREATE/CREATE2 with colliding salts, SELFDESTRUCT and re-creation,
// TSTORE, value transfers, out-of-gas burners, invalid blocks, and the probe contract that runs
// every opcode and precompile) through parevm's EVM and the reference engine: equal results, or
// the same typed error. (`parevm fuzz` does the same per block; test/fuzz-coverage.test.ts
// checks what it reaches.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffResults, executeBlockSequential } from '../src/index.js';
import { buildBlock, generateCase } from '../src/fuzz/block.js';
const key = (s) => {
    if (s.status === 'fulfilled')
        return 'ok';
    const e = s.reason;
    return `${e.constructor.name}:${e.code}:${e.txIndex}:${e.reasons}`;
};
test('fuzz blocks: parevm EVM equals the reference engine (3 seeds × 30 blocks)', async () => {
    let invalid = 0;
    for (const seed of ['evm-1', 'evm-2', 'evm-3']) {
        for (let i = 0; i < 30; i++) {
            const { blockJson, state } = buildBlock(generateCase(seed, i));
            const [ref, mine] = await Promise.allSettled([executeBlockSequential(blockJson, state), executeBlockSequential(blockJson, state, { engine: 'parevm' })]);
            assert.equal(key(mine), key(ref), `seed ${seed} block ${i}`);
            if (ref.status === 'rejected') {
                invalid++;
                continue;
            }
            const diff = diffResults(mine.value, ref.value);
            assert.equal(diff, undefined, `seed ${seed} block ${i}: ${JSON.stringify(diff)}`);
        }
    }
    console.log(`${invalid} invalid blocks rejected alike`);
});
//# sourceMappingURL=evm-fuzz.test.js.map