import { bytesToHex, equalsBytes, KECCAK256_RLP } from '@ethereumjs/util';
import { keccak256 } from '../../crypto/keccak.js';
import { WitnessCodeMissingError, WitnessNodeMissingError } from '../../errors.js';
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
 *
 * `keys` need not list accounts that do not exist (ethrex's do not: a transaction's fresh `to`
 * is missing), so the accounts in `extra` (those the block names) are read too when the nodes
 * prove them; one they do not prove is left out, not an error.
 * @returns the snapshot and, by address (lowercase `0x` hex), what the witness covers
 * @throws WitnessNodeMissingError when a key's path needs a node the witness lacks
 * @throws WitnessCodeMissingError when a listed account's code is not in `witness.codes`
 */
export async function prefetch(
  store: NodeStore,
  stateRoot: Uint8Array,
  witness: ExecutionWitness,
  extra: Map<string, Set<bigint>>,
  blockHashes: Map<bigint, Uint8Array>,
  file: string,
): Promise<{ state: SnapshotState; coverage: Map<string, CoveredAccount> }> {
  const codes = new Map<string, Uint8Array>(witness.codes.map((code) => [bytesToHex(keccak256(code)), code]));
  const accountTrie = new ProvenTrie(store, 'account trie', stateRoot, file);
  const accounts = new Map<string, SnapshotAccount>();
  const coverage = new Map<string, CoveredAccount>();
  const read = async (address: string, slots: Set<bigint>): Promise<void> => {
    const { account, covered } = await readAccount(accountTrie, store, codes, address, slots, file);
    coverage.set(address, covered);
    if (account) accounts.set(address, account);
  };
  for (const [address, slots] of groupKeys(witness.keys)) await read(address, slots);
  for (const [address, slots] of extra) {
    if (coverage.has(address)) continue;
    await read(address, slots).catch((e: unknown) => {
      if (!(e instanceof WitnessNodeMissingError || e instanceof WitnessCodeMissingError)) throw e;
    });
  }
  return { state: new SnapshotState(accounts, codes, blockHashes), coverage };
}

/** One account and its `slots`, read from the witness trie; `account` undefined when absent. */
async function readAccount(
  accountTrie: ProvenTrie,
  store: NodeStore,
  codes: ReadonlyMap<string, Uint8Array>,
  address: string,
  slots: Set<bigint>,
  file: string,
): Promise<{ account?: SnapshotAccount; covered: CoveredAccount }> {
  const a = await accountTrie.account(address);
  const storageEmpty = a === undefined || equalsBytes(a.storageRoot, KECCAK256_RLP);
  const covered = { slots, storageEmpty };
  if (a === undefined) return { covered };
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
  return { account: { balance: a.balance, nonce: a.nonce, codeHash, storage, ...(storageEmpty ? {} : { hasStorage: true }) }, covered };
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
