import { type BatchDBOp, type DB } from '@ethereumjs/util';
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
export declare class NodeStore implements DB<string, Uint8Array> {
    private readonly proven;
    private readonly written;
    constructor(proven: ReadonlyMap<string, Uint8Array>);
    /**
     * A store of `nodes` (`witness.state`), each keyed by its keccak-256; RLP("") is skipped.
     * @throws FixtureFormatError naming `witness.state[i]` when a node is not an RLP trie node
     */
    static fromNodes(nodes: Uint8Array[], file: string): NodeStore;
    /** A store over the same witness nodes with no writes, for one computation's updates. */
    fresh(): NodeStore;
    /** Every node held: the witness's and those written since (a trie updated here stays readable from them). */
    allNodes(): Uint8Array[];
    /** Whether the witness holds the node with this keccak-256 (`0x` hex). */
    hasNode(hash: string): boolean;
    /**
     * A read-only view of this store (witness nodes and writes) that answers a miss as mpt's
     * default does, "absent", and records it: used only to locate a miss that the strict store
     * already reported.
     */
    lenient(): DB<string, Uint8Array> & {
        missed?: string;
    };
    get(key: string): Promise<Uint8Array | undefined>;
    put(key: string, value: Uint8Array): Promise<void>;
    del(key: string): Promise<void>;
    batch(ops: BatchDBOp<string, Uint8Array>[]): Promise<void>;
    shallowCopy(): DB<string, Uint8Array>;
    open(): Promise<void>;
    private find;
}
