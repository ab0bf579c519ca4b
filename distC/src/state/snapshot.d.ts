import type { StateChanges } from './changes.js';
import type { AccountInfo, StateReader } from './reader.js';
/** keccak-256 of the empty string: the code hash of an account without code. */
export declare const KECCAK256_NULL_HEX = "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
/** An account of a {@link SnapshotState}: its fields and the storage held (slot → non-zero value). */
export interface SnapshotAccount extends AccountInfo {
    storage: Map<bigint, bigint>;
}
/**
 * In-memory {@link StateReader} over a pre-state snapshot. An account absent from the snapshot
 * does not exist; a slot absent from an account's storage is zero (see {@link StateReader}).
 */
export declare class SnapshotState implements StateReader {
    private readonly accounts;
    private readonly codes;
    private readonly blockHashes;
    constructor(accounts: Map<string, SnapshotAccount>, codes: Map<string, Uint8Array>, blockHashes: Map<bigint, Uint8Array>);
    account(address: string): AccountInfo | undefined;
    storage(address: string, slot: bigint): bigint;
    code(codeHash: string): Uint8Array | undefined;
    blockHash(number: bigint): Uint8Array | undefined;
    /** Addresses held by the snapshot, in insertion order. */
    addresses(): IterableIterator<string>;
    /** Storage held for `address` (slot → value), for encoding and state roots. */
    storageOf(address: string): ReadonlyMap<bigint, bigint>;
    /**
     * The snapshot in the fixture JSON format ({@link SnapshotJson}), for handing to worker threads;
     * `parseSnapshot(json, { trusted: true })` rebuilds it without re-hashing the code.
     */
    toJson(): SnapshotJson;
    /** Every bytecode held, as [code hash, code]. */
    codeEntries(): [string, Uint8Array][];
    /** Every ancestor hash held, as [number, hash]. */
    blockHashEntries(): [bigint, Uint8Array][];
    /**
     * A new snapshot: this one with a block's `changes` applied (deleted accounts removed, wiped
     * storage cleared, zero slots dropped) and `blockHashes` added. This snapshot is not modified;
     * unchanged accounts' storage maps are shared with it.
     */
    withChanges(changes: StateChanges, blockHashes?: [bigint, Uint8Array][]): SnapshotState;
    get accountCount(): number;
}
/** Inputs of {@link parseSnapshot}: the three JSON documents of the fixture format, parsed. */
export interface SnapshotJson {
    preState: unknown;
    /** `{ code_hash: "0x<bytecode>" }`; may hold more codes than the pre-state references. */
    bytecodes: unknown;
    /** `{ "<number>": "0x<hash>" }` */
    blockHashes: unknown;
    /** File names used in error messages. */
    files?: {
        preState?: string;
        bytecodes?: string;
        blockHashes?: string;
    };
}
/**
 * Builds a {@link SnapshotState} from the fixture JSON (fixtures README, mainnet/).
 * Each referenced code hash is checked: it must have bytecode, and keccak-256(bytecode) must equal it.
 * Zero storage values are dropped (absent = zero); storage keys may be minimal hex.
 * @throws FixtureFormatError on a field of the wrong type or non-hex value (names file and field)
 * @throws CodeHashError on a code_hash without bytecode or with mismatching bytecode
 */
export declare function parseSnapshot(input: SnapshotJson, options?: {
    trusted?: boolean;
}): SnapshotState;
