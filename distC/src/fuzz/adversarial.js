/**
 * Adversarial blocks for Block-STM: every transaction first runs long (a gas-burning loop), then
 * reads the slot the previous transaction wrote, runs long again, and writes it back incremented.
 * The second loop (70 % of the burn) makes the pattern stagger-proof: whenever transaction i+1
 * starts less than that long after i — which pipelined workers always do for half of the pairs
 * or more — it reads before i has written, gets a stale count (or i's ESTIMATE after an abort),
 * fails validation and runs again: the re-execution storm the engine must bound.
 */
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { parseSnapshot } from '../state/snapshot.js';
import { SyntheticChain, wallets } from '../workloads/chain.js';
import { Asm } from './asm.js';
/** Address of the adversarial contract in the generated pre-state. */
export const ADVERSARY = '0x00000000000000000000000000000000000ad7e5';
/**
 * Runtime of the adversary: loop `calldata[0..32]` times, read slot 0 (and log it, so a stale
 * read shows in the receipts too), loop `calldata[32..64]` times, then `slot0 = value read + 1`.
 */
export function adversaryCode() {
    const a = new Asm();
    const burn = (word, name) => {
        a.push(word).op('CALLDATALOAD');
        a.label(name).op('DUP1', 'ISZERO').jumpi(`${name}_done`).push(1).op('SWAP1', 'SUB').jump(name);
        a.label(`${name}_done`).op('POP');
    };
    burn(0, 'before');
    a.push(0).op('SLOAD', 'DUP1').push(0).op('MSTORE').push(32).push(0).op('LOG0');
    burn(32, 'after');
    a.push(1).op('ADD').push(0).op('SSTORE', 'STOP');
    return a.build();
}
/**
 * Builds an adversarial Cancun block: `txs` transactions from distinct senders, each burning
 * `gasPerTx` gas in its two loops (30 % before reading the shared slot, 70 % before writing it).
 * @param txs transactions (default 100)
 * @param gasPerTx gas each transaction burns in its loops (default 100,000; ~35 gas per iteration)
 */
export function adversarialBlock(txs = 100, gasPerTx = 100_000) {
    const senders = wallets('parevm-adversarial', txs);
    const code = adversaryCode();
    const codeHash = bytesToHex(keccak_256(code));
    const preState = {};
    for (const w of senders)
        preState[w.address] = { balance: '0x3635c9adc5dea00000', nonce: 0, storage: {} };
    preState[ADVERSARY] = { balance: '0x0', nonce: 1, code_hash: codeHash, storage: { '0x0': '0x1' } };
    const state = parseSnapshot({ preState, bytecodes: { [codeHash]: bytesToHex(code) }, blockHashes: {} });
    const chain = new SyntheticChain(state);
    const word = (gas) => BigInt(Math.max(1, Math.floor(gas / 35)))
        .toString(16)
        .padStart(64, '0');
    const data = bytesToHex(hexToBytes(`0x${word(gasPerTx * 0.3)}${word(gasPerTx * 0.7)}`));
    const calls = senders.map((from) => ({ from, to: ADVERSARY, data, gasLimit: BigInt(gasPerTx) + 100000n }));
    const blockJson = chain.blockJson(chain.sign(calls));
    return { blockJson, state };
}
//# sourceMappingURL=adversarial.js.map