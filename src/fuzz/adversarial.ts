/**
 * Adversarial blocks for Block-STM: every transaction first runs long (a gas-burning loop), then
 * reads the slot the previous transaction wrote and writes it (`count += 1`). Each loop is a bit
 * shorter than the previous one, so however the workers are staggered, transaction i+1 reaches
 * its read before i has written: it reads a stale count (or i's ESTIMATE after an abort), fails
 * validation and runs again — the re-execution storm the engine must bound.
 */
import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { parseSnapshot, type SnapshotState } from '../state/snapshot.js';
import { SyntheticChain, wallets } from '../workloads/chain.js';
import { Asm } from './asm.js';

/** Address of the adversarial contract in the generated pre-state. */
export const ADVERSARY = '0x00000000000000000000000000000000000ad7e5';

/**
 * Runtime of the adversary: loop `calldata[0..32]` times, then `slot0 = slot0 + 1` and log the
 * value read (so a stale read shows in the receipts too).
 */
export function adversaryCode(): Uint8Array {
  const a = new Asm();
  a.push(0).op('CALLDATALOAD');
  a.label('loop').op('DUP1', 'ISZERO').jumpi('done').push(1).op('SWAP1', 'SUB').jump('loop');
  a.label('done').op('POP');
  a.push(0).op('SLOAD', 'DUP1').push(0).op('MSTORE').push(32).push(0).op('LOG0');
  a.push(1).op('ADD').push(0).op('SSTORE', 'STOP');
  return a.build();
}

/** An adversarial block (RPC JSON) and its pre-state. */
export interface AdversarialBlock {
  blockJson: Record<string, unknown>;
  state: SnapshotState;
}

/**
 * Builds an adversarial Cancun block: `txs` transactions from distinct senders, each burning
 * gas in a loop before its read-modify-write of the shared slot: 1.5 × `gasPerTx` for the first,
 * decreasing linearly to 0.5 × `gasPerTx` for the last (about `gasPerTx` on average).
 * @param txs transactions (default 100)
 * @param gasPerTx average gas each transaction spends in its loop (default 250,000; ~35 gas per iteration)
 */
export function adversarialBlock(txs = 100, gasPerTx = 250_000): AdversarialBlock {
  const senders = wallets('parevm-adversarial', txs);
  const code = adversaryCode();
  const codeHash = bytesToHex(keccak_256(code));
  const preState: Record<string, unknown> = {};
  for (const w of senders) preState[w.address] = { balance: '0x3635c9adc5dea00000', nonce: 0, storage: {} };
  preState[ADVERSARY] = { balance: '0x0', nonce: 1, code_hash: codeHash, storage: { '0x0': '0x1' } };
  const state = parseSnapshot({ preState, bytecodes: { [codeHash]: bytesToHex(code) }, blockHashes: {} });
  const chain = new SyntheticChain(state);
  const calls = senders.map((from, i) => {
    const gas = gasPerTx * (1.5 - i / Math.max(1, txs - 1));
    const iterations = BigInt(Math.max(1, Math.floor(gas / 35)));
    const data = bytesToHex(hexToBytes(`0x${iterations.toString(16).padStart(64, '0')}`));
    return { from, to: ADVERSARY, data, gasLimit: BigInt(Math.ceil(gas)) + 100_000n };
  });
  const blockJson = chain.blockJson(chain.sign(calls));
  return { blockJson, state };
}
