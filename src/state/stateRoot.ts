import { keccak256 } from '../crypto/keccak.js';
import { RLP } from '@ethereumjs/rlp';
import { bytesToHex, hexToBytes, KECCAK256_RLP } from '@ethereumjs/util';
import type { Log } from '../types.js';
import type { SnapshotState } from './snapshot.js';
import { encodeAccount, encodeStorageValue, KECCAK256_NULL, storageKey } from './trieCodec.js';
import { trieRoot } from './trieRoot.js';

/**
 * Root of one account's storage trie (Yellow Paper §4.1, "storageRoot"): key keccak-256 of the
 * 32-byte slot, value the RLP of the value without leading zeros; zero values are absent.
 * `storage`: slot → value (u256).
 */
export async function storageRoot(storage: ReadonlyMap<bigint, bigint>): Promise<Uint8Array> {
  if (storage.size === 0) return KECCAK256_RLP;
  const entries: [Uint8Array, Uint8Array][] = [];
  for (const [slot, value] of storage) if (value !== 0n) entries.push([keccak256(storageKey(slot)), encodeStorageValue(value)]);
  return trieRoot(entries);
}

/**
 * The state root (Yellow Paper §4.1) of a full state: the secure trie of every account,
 * key keccak-256(address), value RLP [nonce, balance (wei), storageRoot, codeHash].
 * Only meaningful when `state` holds the whole state (a genesis, a consensus test's `pre`, or
 * one of them with blocks' changes applied: {@link SnapshotState.withChanges}) — the mainnet
 * fixtures' partial pre-states cannot give it.
 * `storageRoots`: storage roots already computed (e.g. on worker threads), by address.
 * @returns the root, `0x` hex (32 bytes)
 */
export async function stateRoot(state: SnapshotState, storageRoots?: ReadonlyMap<string, Uint8Array>): Promise<string> {
  const entries: [Uint8Array, Uint8Array][] = [];
  for (const address of state.addresses()) {
    const account = state.account(address)!;
    const value = encodeAccount({
      nonce: account.nonce,
      balance: account.balance,
      storageRoot: storageRoots?.get(address) ?? (await storageRoot(state.storageOf(address))),
      codeHash: account.codeHash ? hexToBytes(account.codeHash as `0x${string}`) : KECCAK256_NULL,
    });
    entries.push([keccak256(hexToBytes(address as `0x${string}`)), value]);
  }
  return bytesToHex(trieRoot(entries));
}

/**
 * The logs hash that state tests check (ethereum/tests "General State Tests", `post[].logs`):
 * keccak-256 of the RLP list of every log as [address, [topics], data], in execution order.
 * @returns `0x` hex (32 bytes)
 */
export function logsHash(logs: Log[]): string {
  const h = (s: string) => hexToBytes(s as `0x${string}`);
  return bytesToHex(keccak256(RLP.encode(logs.map((l) => [h(l.address), l.topics.map(h), h(l.data)]))));
}
