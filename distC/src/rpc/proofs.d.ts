import type { RpcClient, RpcRefusal } from './client.js';
import type { KnownState, Misses } from './knownState.js';
import { type StateSource } from './sources.js';
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
export declare class ProofSource implements StateSource {
    readonly client: RpcClient;
    readonly parent: bigint;
    readonly warnings: string[];
    /** Trie nodes of every proof received, by keccak-256 (`0x` hex). */
    readonly nodes: Map<string, Uint8Array<ArrayBufferLike>>;
    /** Set when the node refused a proof: the rest came from the plain source. */
    refused?: RpcRefusal;
    private readonly plain;
    constructor(client: RpcClient, parent: bigint);
    get name(): string;
    fill(misses: Misses, known: KnownState): Promise<void>;
    private add;
}
