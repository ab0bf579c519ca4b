import { bytesToHex, equalsBytes, KECCAK256_RLP } from '@ethereumjs/util';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { WitnessCodeMissingError } from '../../errors.js';
import { SnapshotState, type SnapshotAccount } from '../snapshot.js';
import { KECCAK256_NULL } from '../trieCodec.js';
import type { ExecutionWitness } from './format.js';
import type { NodeStore } from './nodeStore.js';
import { ProvenTrie } from './provenTrie.js';

/**
 * What a witness proves about one account: the slots read from its storage trie, and whether
 * its storage is empty (or the account absent), in which case every slot is proven zero.
 */
export interface CoveredAccount {
  slots: ReadonlySet<bigint>;
  storageEmpty: boolean;
}

/**
 * Reads every address and slot of `witness.keys` from the witness trie rooted at `stateRoot`
 * into a {@link SnapshotState}: balance, nonce, code hash, non-zero slots, and `hasStorage` for
 * an account whose storage root is not the empty-trie root. The snapshot holds every code of
 * `witness.codes` and the ancestors' hashes `blockHashes`.
 * @returns the snapshot and, by address (lowercase `0x` hex), what the witness covers
 * @throws WitnessNodeMissingError when a key's path needs a node the witness lacks
 * @throws WitnessCodeMissingError when an account's code hash has no bytecode in `witness.codes`
 */
export async function prefetch(
  store: NodeStore,
  stateRoot: Uint8Array,
  witness: ExecutionWitness,
  blockHashes: Map<bigint, Uint8Array>,
  file: string,
): Promise<{ state: SnapshotState; coverage: Map<string, CoveredAccount> }> {
  const codes = new Map<string, Uint8Array>(witness.codes.map((code) => [bytesToHex(keccak_256(code)), code]));
  const accountTrie = new ProvenTrie(store, 'account trie', stateRoot, file);
  const accounts = new Map<string, SnapshotAccount>();
  const coverage = new Map<string, CoveredAccount>();
  for (const [address, slots] of groupKeys(witness.keys)) {
    const a = await accountTrie.account(address);
    const storageEmpty = a === undefined || equalsBytes(a.storageRoot, KECCAK256_RLP);
    coverage.set(address, { slots, storageEmpty });
    if (a === undefined) continue;
    let codeHash: string | undefined;
    if (!equalsBytes(a.codeHash, KECCAK256_NULL)) {
      codeHash = bytesToHex(a.codeHash);
      if (!codes.has(codeHash)) throw new WitnessCodeMissingError(address, codeHash, file);
    }
    const storage = new Map<bigint, bigint>();
    if (!storageEmpty) {
      const storageTrie = new ProvenTrie(store, `storage trie of ${address}`, a.storageRoot, file);
      for (const slot of slots) {
        const value = await storageTrie.slot(slot);
        if (value !== 0n) storage.set(slot, value);
      }
    }
    accounts.set(address, { balance: a.balance, nonce: a.nonce, codeHash, storage, ...(storageEmpty ? {} : { hasStorage: true }) });
  }
  return { state: new SnapshotState(accounts, codes, blockHashes), coverage };
}

/** `witness.keys` as address (lowercase `0x` hex) → its slots; see {@link ExecutionWitness}. */
function groupKeys(keys: Uint8Array[]): Map<string, Set<bigint>> {
  const byAddress = new Map<string, Set<bigint>>();
  let current: Set<bigint> | undefined;
  for (const key of keys) {
    if (key.length === 20) {
      const address = bytesToHex(key);
      current = byAddress.get(address) ?? new Set();
      byAddress.set(address, current);
    } else {
      // parseWitnessFile rejects a slot before the first address.
      current!.add(BigInt(bytesToHex(key)));
    }
  }
  return byAddress;
}
