import { bytesToHex, equalsBytes, hexToBytes, KECCAK256_RLP } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { type RpcContext, RpcResponseError, WitnessNodeMissingError } from '../errors.js';
import { ancestorHeaders } from '../state/witness/headers.js';
import { NodeStore } from '../state/witness/nodeStore.js';
import { ProvenTrie } from '../state/witness/provenTrie.js';
import { KECCAK256_NULL } from '../state/trieCodec.js';
import type { RpcClient } from './client.js';
import { asRpcData, asRpcObject, asRpcQuantity } from './json.js';
import type { KnownState, Misses } from './knownState.js';
import { PlainSource, type StateSource } from './sources.js';

/**
 * The pre-state from an execution witness (`debug_executionWitness(n)`, geth/reth shape:
 * `{ state, codes, keys?, headers }`, hex; `headers` as RLP or as header objects): accounts and
 * slots are read from its trie nodes rooted at the parent's state root, codes from `codes`,
 * ancestor hashes from `headers`. Anything the witness does not hold is fetched from the node
 * as {@link PlainSource} does, with a warning (so the output says the witness was incomplete).
 */
export class WitnessSource implements StateSource {
  readonly name = 'witness';
  readonly warnings: string[] = [];
  readonly store: NodeStore;
  /** The parent's state root, `0x` hex. */
  readonly parentStateRoot: string;
  private readonly codes = new Map<string, Uint8Array>();
  private readonly storageRoots = new Map<string, Uint8Array>();
  private readonly plain: PlainSource;
  private readonly accountTrie: ProvenTrie;

  /**
   * @param witness the node's answer; `parentHash` the block's parent hash; `parentStateRoot`
   *   the parent's state root when the witness's headers do not give it
   * @throws RpcResponseError on a witness of the wrong shape
   */
  constructor(
    readonly client: RpcClient,
    readonly parent: bigint,
    witness: unknown,
    parentHash: string,
    known: KnownState,
    context: RpcContext,
    parentStateRoot?: string,
  ) {
    this.plain = new PlainSource(client, parent);
    const w = asRpcObject(witness, context, 'witness');
    const list = (f: string): unknown[] => {
      if (!Array.isArray(w[f])) throw new RpcResponseError(context, `witness.${f}: expected a list`);
      return w[f] as unknown[];
    };
    const file = `${context.url} debug_executionWitness`;
    this.store = NodeStore.fromNodes(
      list('state').map((n, i) => hexToBytes(asRpcData(n, context, `witness.state[${i}]`))),
      file,
    );
    list('codes').forEach((c, i) => {
      const code = hexToBytes(asRpcData(c, context, `witness.codes[${i}]`));
      this.codes.set(bytesToHex(keccak_256(code)), code);
    });
    const headers = list('headers');
    let root = parentStateRoot;
    if (headers.every((h) => typeof h === 'string')) {
      const { parent: p, hashes } = ancestorHeaders(
        headers.map((h, i) => hexToBytes(asRpcData(h, context, `witness.headers[${i}]`))),
        parentHash,
        file,
      );
      root = p.stateRoot;
      for (const [n, h] of hashes) known.blockHashes.set(n, h);
    } else {
      headers.forEach((h, i) => {
        const o = asRpcObject(h, context, `witness.headers[${i}]`);
        const n = asRpcQuantity(o.number, context, `witness.headers[${i}].number`);
        const hash = asRpcData(o.hash, context, `witness.headers[${i}].hash`);
        known.blockHashes.set(n, hexToBytes(hash));
        if (n === parent) root = asRpcData(o.stateRoot, context, `witness.headers[${i}].stateRoot`);
      });
    }
    if (root === undefined) throw new RpcResponseError(context, "the witness's headers do not hold the parent header");
    this.parentStateRoot = root;
    this.accountTrie = new ProvenTrie(this.store, 'account trie', hexToBytes(root as `0x${string}`), file);
  }

  async fill(misses: Misses, known: KnownState, options: { optional?: boolean } = {}): Promise<void> {
    const rest: Misses = { accounts: new Set(), slots: new Map(), codes: new Set(), blockHashes: misses.blockHashes };
    const gap = (what: string, e: unknown) => {
      if (!(e instanceof WitnessNodeMissingError)) throw e;
      // Named by the block but not proven: fetched only if the block reads it.
      if (!options.optional) this.warnings.push(`the witness lacks ${what}: fetched over RPC`);
    };
    for (const a of misses.accounts) {
      if (known.accounts.has(a)) continue;
      try {
        const t = await this.accountTrie.account(a);
        if (t === undefined) {
          known.accounts.set(a, null);
          continue;
        }
        const codeHash = equalsBytes(t.codeHash, KECCAK256_NULL) ? undefined : bytesToHex(t.codeHash);
        if (codeHash !== undefined && !known.codes.has(codeHash)) {
          const code = this.codes.get(codeHash);
          if (code) known.codes.set(codeHash, code);
          else {
            this.warnings.push(`the witness lacks the code of ${a}: fetched over RPC`);
            rest.accounts.add(a);
            continue;
          }
        }
        const storageEmpty = equalsBytes(t.storageRoot, KECCAK256_RLP);
        this.storageRoots.set(a, t.storageRoot);
        known.accounts.set(a, {
          balance: t.balance,
          nonce: t.nonce,
          codeHash,
          storage: new Map(),
          storageEmpty,
          ...(storageEmpty ? {} : { hasStorage: true }),
        });
      } catch (e) {
        gap(`account ${a}`, e);
        rest.accounts.add(a);
      }
    }
    for (const [a, slots] of misses.slots) {
      const acc = known.accounts.get(a);
      const root = this.storageRoots.get(a);
      if (!acc || root === undefined) {
        if (acc !== null) rest.slots.set(a, slots);
        continue;
      }
      const trie = new ProvenTrie(this.store, `storage trie of ${a}`, root, 'witness');
      for (const s of slots) {
        try {
          acc.storage.set(s, await trie.slot(s));
        } catch (e) {
          gap(`slot 0x${s.toString(16)} of ${a}`, e);
          rest.slots.set(a, (rest.slots.get(a) ?? new Set()).add(s));
        }
      }
    }
    if (options.optional) {
      rest.accounts.clear();
      rest.slots.clear();
    }
    if (rest.accounts.size + rest.slots.size + rest.blockHashes.size > 0) await this.plain.fill(rest, known);
  }
}
