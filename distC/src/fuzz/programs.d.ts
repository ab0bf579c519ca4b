import type { Rng } from './rng.js';
/** Addresses a generated program may touch (lowercase `0x` hex). */
export interface Targets {
    /** The fuzz contracts (dispatchers), including the one being generated. */
    contracts: string[];
    /** Externally owned accounts (the block's senders). */
    wallets: string[];
    /** The block's beneficiary. */
    coinbase: string;
    /** Accounts without code: absent from the pre-state, or present and empty (EIP-161 deletes them when touched). */
    ghosts: string[];
    /** Transient storage (EIP-1153) exists in this hardfork. */
    transient: boolean;
    /** The block's probe contract (`probe.ts`), when it has one: nested calls reach its routines too. */
    probe?: string;
}
/** Storage slots the fuzz contracts share (read and written by every routine). */
export declare const SHARED_SLOTS = 6;
/** Slot `CHILD_SLOT + s` holds the address of the child created with salt / kind `s`. */
export declare const CHILD_SLOT = 100;
/** Number of CREATE2 salts (and child slots): few, so creations collide. */
export declare const SALTS = 3;
/**
 * A fuzz contract: dispatcher over `routines` random routines of 2..`maxActions` actions.
 */
export declare function fuzzContract(rng: Rng, t: Targets, routines: number, maxActions: number): Uint8Array;
/**
 * Initcode of a creation transaction: a random routine run as constructor (nested calls with a
 * fixed depth), then it deploys a child runtime, deploys nothing, or reverts.
 */
export declare function creationInitcode(rng: Rng, t: Targets, maxActions: number): Uint8Array;
/**
 * Runtime of a child contract: bumps its slot 0; called without data it SELFDESTRUCTs (to the
 * beneficiary, the caller or the origin), with data it returns slot 0.
 */
export declare function childRuntime(rng: Rng, t: Targets): Uint8Array;
/**
 * Initcode of a child: its constructor stores the value it was given and a constant, then it
 * deploys {@link childRuntime} — or reverts, runs out of gas, or returns code starting with
 * 0xEF (rejected since London, EIP-3541).
 */
export declare function childInitcode(rng: Rng, t: Targets): Uint8Array;
