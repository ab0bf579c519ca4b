import type { RpcClient } from './client.js';
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
    fill(misses: Misses, known: KnownState, options?: {
        optional?: boolean;
    }): Promise<void>;
}
/**
 * The plain source, which any node serves: `eth_getBalance`, `eth_getTransactionCount`,
 * `eth_getCode` per account and `eth_getStorageAt` per slot at the parent block, and
 * `eth_getBlockByNumber(k, false)` for an ancestor's hash. All calls of one fill go out together
 * (one JSON-RPC batch per 100 calls). An account with zero balance and nonce and no code is
 * recorded as not existing.
 */
export declare class PlainSource implements StateSource {
    readonly client: RpcClient;
    readonly parent: bigint;
    readonly name: string;
    readonly warnings: string[];
    /** `parent`: the block whose post-state is read (the block being fetched minus one). */
    constructor(client: RpcClient, parent: bigint);
    fill(misses: Misses, known: KnownState): Promise<void>;
}
/** Whether an account read from a node does not exist (EIP-161 empty, no storage). */
export declare function isEmptyAccount(balance: bigint, nonce: bigint, codeHash: string | undefined): boolean;
