import { KECCAK256_RLP_S, bytesToHex, hexToBytes } from '@ethereumjs/util';
import { keccak256 } from '../crypto/keccak.js';
import { type RpcContext, RpcResponseError } from '../errors.js';
import { KECCAK256_NULL_HEX } from '../state/snapshot.js';
import type { RpcClient, RpcRefusal } from './client.js';
import { asRpcData, asRpcObject, asRpcQuantity, quantity, slotHex } from './json.js';
import type { KnownState, Misses } from './knownState.js';
import { PlainSource, type StateSource } from './sources.js';

/** keccak-256 of RLP(""): the storage root of an account without storage. */

/**
 * Accounts and slots as Merkle proofs (`eth_getProof` at the parent block, EIP-1186), codes by
 * `eth_getCode`, ancestor hashes as {@link PlainSource} does. The proofs' trie nodes are kept
 * ({@link nodes}): with the parent's state root they form a witness on which the post-state
 * root is recomputed. An account's `storageHash` tells whether its storage is empty (every slot
 * zero without asking) and gives EIP-7610's "has storage" bit.
 *
 * When the node refuses a proof (no `eth_getProof`, or the block is outside its proof window),
 * this source warns and continues as {@link PlainSource}; {@link refused} says why.
 */
export class ProofSource implements StateSource {
  readonly warnings: string[] = [];
  /** Trie nodes of every proof received, by keccak-256 (`0x` hex). */
  readonly nodes = new Map<string, Uint8Array>();
  /** Set when the node refused a proof: the rest came from the plain source. */
  refused?: RpcRefusal;
  private readonly plain: PlainSource;

  constructor(
    readonly client: RpcClient,
    readonly parent: bigint,
  ) {
    this.plain = new PlainSource(client, parent);
  }

  get name(): string {
    return this.refused ? 'discovery' : 'proofs';
  }

  async fill(misses: Misses, known: KnownState): Promise<void> {
    if (this.refused) return this.plain.fill(misses, known);
    const tag = quantity(this.parent);
    const block = this.parent + 1n;
    const ctx = (method: string) => ({ url: this.client.url, method, block });
    const wanted = new Map<string, Set<bigint>>();
    for (const a of misses.accounts) if (!known.accounts.has(a)) wanted.set(a, new Set());
    for (const [a, slots] of misses.slots) wanted.set(a, new Set([...(wanted.get(a) ?? []), ...slots]));
    const entries = [...wanted];
    const [answers] = await Promise.all([
      Promise.all(entries.map(([a, slots]) => this.client.tryRequest('eth_getProof', [a, [...slots].map(slotHex), tag], block))),
      this.plain.fill({ accounts: new Set(), slots: new Map(), codes: new Set(), blockHashes: misses.blockHashes }, known),
    ]);
    const refusal = answers.find((r): r is RpcRefusal => 'error' in r);
    if (refusal) {
      this.refused = refusal;
      this.warnings.push(
        `eth_getProof refused (${refusal.error.message}): the pre-state was fetched with eth_getBalance/eth_getTransactionCount/eth_getCode/eth_getStorageAt, so the state root is not checked and EIP-7610 "has storage" is not known for CREATE targets`,
      );
      return this.plain.fill({ ...misses, blockHashes: new Set() }, known);
    }
    const needCode: [string, string][] = [];
    entries.forEach(([a], i) => {
      const p = asRpcObject((answers[i] as { result: unknown }).result, ctx('eth_getProof'), a);
      for (const n of [
        ...asList(p.accountProof, ctx('eth_getProof'), a),
        ...(Array.isArray(p.storageProof) ? p.storageProof : []).flatMap((s) => asList((s as { proof?: unknown }).proof, ctx('eth_getProof'), a)),
      ])
        this.add(asRpcData(n, ctx('eth_getProof'), `${a} proof node`));
      const balance = asRpcQuantity(p.balance, ctx('eth_getProof'), `${a} balance`);
      const nonce = asRpcQuantity(p.nonce, ctx('eth_getProof'), `${a} nonce`);
      const rawCodeHash = asRpcData(p.codeHash, ctx('eth_getProof'), `${a} codeHash`);
      const codeHash = rawCodeHash === KECCAK256_NULL_HEX || /^0x0*$/.test(rawCodeHash) ? undefined : rawCodeHash;
      const storageHash = asRpcData(p.storageHash, ctx('eth_getProof'), `${a} storageHash`);
      const storageEmpty = storageHash === KECCAK256_RLP_S || /^0x0*$/.test(storageHash);
      let acc = known.accounts.get(a);
      if (acc === undefined) {
        if (balance === 0n && nonce === 0n && codeHash === undefined && storageEmpty) {
          known.accounts.set(a, null);
          return;
        }
        acc = { balance, nonce, codeHash, storage: new Map(), storageEmpty, ...(storageEmpty ? {} : { hasStorage: true }) };
        known.accounts.set(a, acc);
        if (codeHash !== undefined && !known.codes.has(codeHash)) needCode.push([a, codeHash]);
      }
      if (acc === null) return;
      for (const s of Array.isArray(p.storageProof) ? p.storageProof : []) {
        const o = asRpcObject(s, ctx('eth_getProof'), `${a} storageProof`);
        acc.storage.set(asRpcQuantity(o.key, ctx('eth_getProof'), `${a} storage key`), asRpcQuantity(o.value, ctx('eth_getProof'), `${a} storage value`));
      }
    });
    const codes = await Promise.all(needCode.map(([a]) => this.client.request('eth_getCode', [a, tag], block)));
    needCode.forEach(([a, h], i) => {
      const code = hexToBytes(asRpcData(codes[i], ctx('eth_getCode'), a));
      const actual = bytesToHex(keccak256(code));
      if (actual !== h) throw new RpcResponseError(ctx('eth_getCode'), `the code of ${a} hashes to ${actual}, but its proof's codeHash is ${h}`);
      known.codes.set(h, code);
    });
  }

  private add(node: `0x${string}`): void {
    const bytes = hexToBytes(node);
    this.nodes.set(bytesToHex(keccak256(bytes)), bytes);
  }
}

function asList(v: unknown, context: RpcContext, what: string): unknown[] {
  if (!Array.isArray(v)) throw new RpcResponseError(context, `${what}: expected a list of proof nodes`);
  return v;
}
