/**
 * The fuzzer's block generator: from a seed, a small world (a few wallets, a beneficiary that
 * may itself send transactions or be a contract, generated fuzz contracts with shared storage,
 * absent "ghost" addresses) and a block of heavily conflicting transactions over it, as RPC JSON
 * plus a pre-state in the fixture format. Every block also holds a probe contract
 * (`probe.ts`) that runs every opcode of its hardfork and calls every precompile; one
 * transaction sweeps all its routines, others call single routines, Cancun blocks on carry
 * blob transactions (BLOBHASH, BLOBBASEFEE), and Prague blocks on carry EIP-7702 set-code
 * transactions (authorizations right and wrong, then calls of the delegated wallets) and
 * EIP-7002 / EIP-7251 requests. Transactions are kept as unsigned intents so that the minimiser
 * can drop some and re-sign the rest with consecutive nonces.
 */
import { type TypedTransaction } from '@ethereumjs/tx';
import { type SnapshotState } from '../state/snapshot.js';
import { forkAtLeast, FUZZ_HARDFORKS, type FuzzHardfork } from './forks.js';
import { BEACON_ROOTS } from './systemContracts.js';
export { FUZZ_HARDFORKS, type FuzzHardfork, forkAtLeast };
/** EIP-7825 (Osaka): a transaction's gas limit is at most 2^24. */
export declare const TX_GAS_CAP: bigint;
export { BEACON_ROOTS };
/** One transaction before signing. Gas in gas units, value and fees in wei. */
export interface TxIntent {
    /** Index into {@link FuzzCase.wallets}. */
    from: number;
    /** Recipient; absent for a contract creation. */
    to?: string;
    data: string;
    value: string;
    gasLimit: string;
    /** Legacy, EIP-2930, EIP-1559, EIP-4844 (blob: `blobHashes` set, `to` too) or EIP-7702 (set code: `authorizations` set). */
    type: 0 | 1 | 2 | 3 | 4;
    /** Tip per gas over the base fee (wei). */
    priorityFee: string;
    accessList?: {
        address: string;
        storageKeys: string[];
    }[];
    /** Versioned hashes of a blob transaction (type 3). */
    blobHashes?: string[];
    /** The authorizations of a set-code transaction (type 4), signed when the intents are. */
    authorizations?: AuthorizationIntent[];
    /** Invalid-block injection: reuse the sender's previous nonce. */
    reuseNonce?: boolean;
    /** Invalid-block injection at Osaka: a gas limit of 2^24 + 1, above the EIP-7825 cap (signed under Prague's rules, which have none). */
    overGasCap?: boolean;
    /** What the generator meant (for reports): call, transfer, create, ... */
    note: string;
}
/**
 * One EIP-7702 authorization before signing. Its nonce is resolved when the intents are signed,
 * from the authority's nonce at that point of the block (pre-state nonce, its transactions and
 * its earlier valid authorizations so far), so a re-signed subset stays consistent; code that
 * bumps a nonce at run time (CREATE from a delegated wallet) only makes a later one invalid —
 * an invalid authorization is skipped, the block stays valid.
 */
export interface AuthorizationIntent {
    /** Index into {@link FuzzCase.wallets}: the authority. */
    signer: number;
    /** Delegation target; the zero address clears the delegation. */
    address: string;
    /** The authority's nonce at that point ('current'), one behind, one ahead, or 2^64 - 1 (never valid). */
    nonce: 'current' | 'stale' | 'ahead' | 'max';
    /** 1 (mainnet), 0 (any chain) or another chain's id (skipped). */
    chainId: number;
    /**
     * A broken signature (skipped, or recovering some other account): yParity 2, the malleable
     * twin (s above n/2), r = 0, or signed over another delegation address.
     */
    corrupt?: 'yParity' | 'highS' | 'zeroR' | 'otherMessage';
}
/** A generated block, before signing: everything needed to rebuild it exactly. */
export interface FuzzCase {
    seed: string;
    index: number;
    hardfork: FuzzHardfork;
    number: string;
    timestamp: string;
    baseFee: string;
    coinbase: string;
    /** Pre-state in the fixture format (`pre_state.json`). */
    preState: Record<string, {
        balance: string;
        nonce: string;
        code_hash?: string;
        storage: Record<string, string>;
    }>;
    /** `bytecodes.json`: code hash → code. */
    bytecodes: Record<string, string>;
    /** `block_hashes.json`: the 256 ancestors. */
    blockHashes: Record<string, string>;
    /** Seed of the wallets' keys: wallet i = `wallets(walletSeed, n)[i]`. */
    walletSeed: string;
    walletCount: number;
    intents: TxIntent[];
    /**
     * Header gas limit as a share of the transactions' summed gas limits (below 1: a later
     * transaction may not fit in what the block has left — an invalid block); absent: 30 M or more.
     */
    gasLimitShare?: number;
    /** Cancun+ header's excessBlobGas (the blob base fee follows from it); absent: 0. */
    excessBlobGas?: string;
    withdrawals: {
        index: string;
        validatorIndex: string;
        address: string;
        amount: string;
    }[];
}
/** Shape of generated blocks. */
export interface GeneratorOptions {
    /** Transactions per block, inclusive range (default 8..40). */
    minTxs?: number;
    maxTxs?: number;
    /** Hardforks to draw from (default all of {@link FUZZ_HARDFORKS}, Cancun most often). */
    hardforks?: readonly FuzzHardfork[];
    /** Probability that a block holds an invalid transaction (nonce reuse); default 0.03. */
    invalidRate?: number;
    /** Add the probe contract and its transactions (default true). */
    probes?: boolean;
    /** Add two ether movers (`movers.ts`) and a few transactions of theirs (default true). */
    movers?: boolean;
}
/**
 * Block `index` of fuzz seed `seed`: deterministic (the same arguments always give the same
 * case, byte for byte), independent of the other indices.
 */
export declare function generateCase(seed: string, index: number, options?: GeneratorOptions): FuzzCase;
/**
 * Signs the intents in order: nonces continue from each sender's pre-state nonce; a set-code
 * transaction's authorizations are signed after its sender's nonce moved on (a self-sponsored
 * authorization needs the transaction's nonce + 1).
 */
export declare function signIntents(c: FuzzCase, intents?: TxIntent[]): TypedTransaction[];
/**
 * The case as `eth_getBlockByNumber(n, true)` JSON and its pre-state. `header` overrides header
 * fields (the reproducer writes the sequential gasUsed, receiptsRoot and logsBloom).
 */
export declare function buildBlock(c: FuzzCase, intents?: TxIntent[], header?: Record<string, string>): {
    blockJson: Record<string, unknown>;
    state: SnapshotState;
};
