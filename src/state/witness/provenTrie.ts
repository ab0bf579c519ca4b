import { keccak256 } from '../../crypto/keccak.js';
import { BranchMPTNode, MerklePatriciaTrie } from '@ethereumjs/mpt';
import { bytesToHex, hexToBytes, ValueEncoding } from '@ethereumjs/util';
import { FixtureFormatError, WitnessNodeMissingError } from '../../errors.js';
import { decodeAccount, decodeStorageValue, storageKey, type TrieAccount } from '../trieCodec.js';
import type { NodeStore } from './nodeStore.js';

/**
 * One secure trie (keys hashed with keccak-256) over a witness {@link NodeStore}: the account
 * trie or an account's storage trie. Every operation that needs a node the witness lacks throws
 * {@link WitnessNodeMissingError} naming this trie, the key and the missing node's path.
 */
export class ProvenTrie {
  private readonly trie: MerklePatriciaTrie;

  /**
   * @param name `account trie` or `storage trie of 0x<address>` (for error messages)
   * @param root the trie's root hash (32 bytes); the empty-trie root for an empty trie
   */
  constructor(
    private readonly store: NodeStore,
    readonly name: string,
    root: Uint8Array,
    private readonly file: string,
  ) {
    this.trie = new MerklePatriciaTrie({ db: store, valueEncoding: ValueEncoding.Bytes, useKeyHashing: true, useKeyHashingFunction: keccak256, root });
  }

  /** The value at `key` (unhashed: an address or a 32-byte slot), or null when absent. */
  get(key: Uint8Array): Promise<Uint8Array | null> {
    return this.located(key, () => this.trie.get(key));
  }
  /** Sets the value at `key` (unhashed). */
  put(key: Uint8Array, value: Uint8Array): Promise<void> {
    return this.located(key, () => this.trie.put(key, value));
  }
  /** Deletes `key` (unhashed); nothing happens when it is absent. */
  del(key: Uint8Array): Promise<void> {
    return this.located(key, () => this.trie.del(key));
  }
  /**
   * The account at `address` (`0x` hex) of this account trie, or undefined when absent.
   * @throws FixtureFormatError when the stored value is not an account
   */
  async account(address: string): Promise<TrieAccount | undefined> {
    const raw = await this.get(hexToBytes(address as `0x${string}`));
    return raw === null ? undefined : this.decoded(raw, address, decodeAccount);
  }
  /**
   * The value of `slot` in this storage trie (zero when absent).
   * @throws FixtureFormatError when the stored value is not an RLP byte string
   */
  async slot(slot: bigint): Promise<bigint> {
    const raw = await this.get(storageKey(slot));
    return raw === null ? 0n : this.decoded(raw, `0x${slot.toString(16)}`, decodeStorageValue);
  }
  /** The current root (32 bytes). */
  root(): Uint8Array {
    return this.trie.root();
  }

  private decoded<T>(raw: Uint8Array, key: string, decode: (v: Uint8Array) => T): T {
    try {
      return decode(raw);
    } catch (e) {
      throw new FixtureFormatError(this.file, 'witness.state', `${this.name}, key ${key}: ${(e as Error).message}`);
    }
  }

  /** Runs `op` on `key`; a node miss is rethrown with this trie's name, the key and the path. */
  private async located<T>(key: Uint8Array, op: () => Promise<T>): Promise<T> {
    const rootBefore = this.trie.root();
    try {
      return await op();
    } catch (e) {
      if (!(e instanceof WitnessNodeMissingError)) throw e;
      const path = await this.missPath(rootBefore, keccak256(key), e.nodeHash);
      throw new WitnessNodeMissingError(e.nodeHash, { trie: this.name, key: bytesToHex(key), path, file: this.file }, { cause: e });
    }
  }

  /**
   * Where `nodeHash` sits on the path of `hashedKey`, as nibbles (hex digits): the walk is
   * replayed by mpt's own `findPath` over a lenient view of the store, whose stack holds the
   * nodes above the miss. Undefined when the walk along the key misses no node or another one
   * (the op needed a node off the key's path).
   */
  private async missPath(root: Uint8Array, hashedKey: Uint8Array, nodeHash: string): Promise<string | undefined> {
    const db = this.store.lenient();
    const probe = new MerklePatriciaTrie({ db, valueEncoding: ValueEncoding.Bytes, useKeyHashingFunction: keccak256, root });
    const { stack } = await probe.findPath(hashedKey);
    if (db.missed === undefined || `0x${db.missed}` !== nodeHash) return undefined;
    // Each branch above the miss consumed one nibble of the key, each extension its key length.
    const depth = stack.reduce((n, node) => n + (node instanceof BranchMPTNode ? 1 : node.key().length), 0);
    return bytesToHex(hashedKey).slice(2, 2 + depth);
  }
}
