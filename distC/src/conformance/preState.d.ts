import { SnapshotState } from '../state/snapshot.js';
/**
 * Builds a full-state {@link SnapshotState} from a consensus test's `pre` (or `postState`):
 * `{ "0xaddr": { balance, nonce, code: "0x<bytecode>", storage: { "0xslot": "0xvalue" } } }`,
 * hex quantities. Code is stored under its keccak-256; zero slots are dropped.
 * @param blockHashes ancestor hashes for BLOCKHASH (number → 32 bytes)
 * @throws FixtureFormatError on a field of the wrong type (names file and field)
 */
export declare function parseTestState(pre: unknown, file: string, blockHashes?: [bigint, Uint8Array][]): SnapshotState;
