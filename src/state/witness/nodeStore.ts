import { decodeMPTNode } from '@ethereumjs/mpt';
import { KECCAK256_RLP_S, bytesToHex, type BatchDBOp, type DB } from '@ethereumjs/util';
import { keccak256 } from '../../crypto/keccak.js';
import { FixtureFormatError, WitnessNodeMissingError } from '../../errors.js';

/** keccak-256 of RLP(""): the root of an empty trie, which no witness stores (unprefixed hex). */
/** The empty trie's root, unprefixed as the store's keys. */
const EMPTY_TRIE_ROOT = KECCAK256_RLP_S.slice(2);

/**
 * The trie nodes of an execution witness as an `@ethereumjs/mpt` database: key the node's
 * keccak-256 (unprefixed hex, as mpt asks), value the node's RLP bytes (use the trie with
 * `valueEncoding: ValueEncoding.Bytes`).
 *
 * A miss throws {@link WitnessNodeMissingError}: mpt reads a missing node as "absent" and would
 * silently give wrong values and roots. The one exception is the empty-trie root, which is never
 * stored and reads as absent (an empty trie). Nodes written (by trie updates) go to this store's
 * own map; the witness's nodes are shared and never modified.
 */
export class NodeStore implements DB<string, Uint8Array> {
  private readonly written = new Map<string, Uint8Array>();

  constructor(private readonly proven: ReadonlyMap<string, Uint8Array>) {}

  /**
   * A store of `nodes` (`witness.state`), each keyed by its keccak-256; RLP("") is skipped.
   * @throws FixtureFormatError naming `witness.state[i]` when a node is not an RLP trie node
   */
  static fromNodes(nodes: Uint8Array[], file: string): NodeStore {
    const proven = new Map<string, Uint8Array>();
    nodes.forEach((node, i) => {
      // RLP("") is the empty trie, not a node: some witnesses (this fixture's) list it anyway.
      if (node.length === 1 && node[0] === 0x80) return;
      try {
        decodeMPTNode(node);
      } catch (e) {
        throw new FixtureFormatError(file, `witness.state[${i}]`, `not a trie node (RLP branch, extension or leaf): ${(e as Error).message}`);
      }
      proven.set(bytesToHex(keccak256(node)).slice(2), node);
    });
    return new NodeStore(proven);
  }

  /** A store over the same witness nodes with no writes, for one computation's updates. */
  fresh(): NodeStore {
    return new NodeStore(this.proven);
  }

  /** Every node held: the witness's and those written since (a trie updated here stays readable from them). */
  allNodes(): Uint8Array[] {
    return [...new Map([...this.proven, ...this.written]).values()];
  }

  /** Whether the witness holds the node with this keccak-256 (`0x` hex). */
  hasNode(hash: string): boolean {
    return this.proven.has(hash.slice(2));
  }

  /**
   * A read-only view of this store (witness nodes and writes) that answers a miss as mpt's
   * default does, "absent", and records it: used only to locate a miss that the strict store
   * already reported.
   */
  lenient(): DB<string, Uint8Array> & { missed?: string } {
    const view: DB<string, Uint8Array> & { missed?: string } = {
      get: async (key) => {
        const node = this.find(key);
        if (node === undefined && key !== EMPTY_TRIE_ROOT) view.missed ??= key;
        return node;
      },
      put: async () => {},
      del: async () => {},
      batch: async () => {},
      shallowCopy: () => view,
      open: async () => {},
    };
    return view;
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    const node = this.find(key);
    if (node === undefined && key !== EMPTY_TRIE_ROOT) throw new WitnessNodeMissingError(`0x${key}`);
    return node;
  }
  async put(key: string, value: Uint8Array): Promise<void> {
    this.written.set(key, value);
  }
  async del(key: string): Promise<void> {
    this.written.delete(key);
  }
  async batch(ops: BatchDBOp<string, Uint8Array>[]): Promise<void> {
    for (const op of ops) {
      if (op.type === 'put') await this.put(op.key, op.value);
      else await this.del(op.key);
    }
  }
  shallowCopy(): DB<string, Uint8Array> {
    return this;
  }
  async open(): Promise<void> {}

  private find(key: string): Uint8Array | undefined {
    return this.written.get(key) ?? this.proven.get(key);
  }
}
