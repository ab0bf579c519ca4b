import { bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';
import { RpcResponseError } from '../errors.js';
import { KECCAK256_NULL_HEX } from '../state/snapshot.js';
import type { RpcClient } from './client.js';
import { asRpcData, asRpcObject, asRpcQuantity, quantity, slotHex } from './json.js';
import type { KnownState, Misses } from './knownState.js';

/**
 * Where the discovery loop gets what the block read and the fetcher did not know: it fills
 * `known` with every miss (accounts, slots, codes, ancestor hashes) as of the parent block.
 */
export interface StateSource {
  /** How the pre-state is fetched: `discovery` (plain `eth_get*`), `proofs` (`eth_getProof`), ... */
  readonly name: string;
  /** Warnings for the output (a refused proof, a witness gap filled over RPC). */
  readonly warnings: string[];
  /**
   * Fills `known` with `misses`. With `optional` (the block's named accounts, fetched before it
   * runs) a source may leave out what it cannot give cheaply: it is fetched if the block reads it.
   */
  fill(misses: Misses, known: KnownState, options?: { optional?: boolean }): Promise<void>;
}

/**
 * The plain source, which any node serves: `eth_getBalance`, `eth_getTransactionCount`,
 * `eth_getCode` per account and `eth_getStorageAt` per slot at the parent block, and
 * `eth_getBlockByNumber(k, false)` for an ancestor's hash. All calls of one fill go out together
 * (one JSON-RPC batch per 100 calls). An account with zero balance and nonce and no code is
 * recorded as not existing.
 */
export class PlainSource implements StateSource {
  readonly name: string = 'discovery';
  readonly warnings: string[] = [];

  /** `parent`: the block whose post-state is read (the block being fetched minus one). */
  constructor(
    readonly client: RpcClient,
    readonly parent: bigint,
  ) {}

  async fill(misses: Misses, known: KnownState): Promise<void> {
    const tag = quantity(this.parent);
    const block = this.parent + 1n;
    const ctx = (method: string) => ({ url: this.client.url, method, block });
    const accounts = [...misses.accounts].filter((a) => !known.accounts.has(a));
    // A code known by hash only (rare): fetched from an account that has it.
    for (const h of misses.codes) {
      const holder = [...known.accounts].find(([, a]) => a?.codeHash === h)?.[0];
      if (holder === undefined) throw new RpcResponseError(ctx('eth_getCode'), `code hash ${h} is read but no account is known to hold it`);
      if (!accounts.includes(holder)) accounts.push(holder);
    }
    const slots = [...misses.slots].flatMap(([a, set]) => [...set].map((s) => [a, s] as const));
    const [fetched, values, hashes] = await Promise.all([
      Promise.all(
        accounts.map((a) =>
          Promise.all([
            this.client.request('eth_getBalance', [a, tag], block),
            this.client.request('eth_getTransactionCount', [a, tag], block),
            this.client.request('eth_getCode', [a, tag], block),
          ]),
        ),
      ),
      Promise.all(slots.map(([a, s]) => this.client.request('eth_getStorageAt', [a, slotHex(s), tag], block))),
      Promise.all([...misses.blockHashes].map((n) => this.client.request('eth_getBlockByNumber', [quantity(n), false], block))),
    ]);
    accounts.forEach((a, i) => {
      const [b, n, c] = fetched[i]!;
      const balance = asRpcQuantity(b, ctx('eth_getBalance'), a);
      const nonce = asRpcQuantity(n, ctx('eth_getTransactionCount'), a);
      const code = hexToBytes(asRpcData(c, ctx('eth_getCode'), a));
      if (balance === 0n && nonce === 0n && code.length === 0) {
        if (!known.accounts.has(a)) known.accounts.set(a, null);
        return;
      }
      const codeHash = code.length > 0 ? bytesToHex(keccak256(code)) : undefined;
      if (codeHash !== undefined) known.codes.set(codeHash, code);
      const before = known.accounts.get(a);
      known.accounts.set(a, { balance, nonce, codeHash, storage: before?.storage ?? new Map(), storageEmpty: false });
    });
    slots.forEach(([a, s], i) => {
      const acc = known.accounts.get(a);
      if (acc) acc.storage.set(s, asRpcQuantity(values[i], ctx('eth_getStorageAt'), `${a} slot ${slotHex(s)}`));
    });
    [...misses.blockHashes].forEach((n, i) => {
      const header = asRpcObject(hashes[i], ctx('eth_getBlockByNumber'), `ancestor block ${n}`);
      known.blockHashes.set(n, hexToBytes(asRpcData(header.hash, ctx('eth_getBlockByNumber'), `ancestor block ${n} hash`)));
    });
  }
}

/** Whether an account read from a node does not exist (EIP-161 empty, no storage). */
export function isEmptyAccount(balance: bigint, nonce: bigint, codeHash: string | undefined): boolean {
  return balance === 0n && nonce === 0n && (codeHash === undefined || codeHash === KECCAK256_NULL_HEX);
}
