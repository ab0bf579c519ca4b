import type { Common, StateManagerInterface } from '@ethereumjs/common';
import { type VM } from '@ethereumjs/vm';
import type { RequestHost } from '../execute/system.js';
import type { StateReader } from '../state/reader.js';
/**
 * The ancestor-hash source the EVM's BLOCKHASH opcode reads (`EVMMockBlockchainInterface`):
 * answers from the state's block hashes and throws {@link MissingBlockHashError} for an unknown
 * ancestor, where ethereumjs's default mock would silently answer a zero hash.
 */
export declare function blockHashSource(reader: StateReader): {
    getBlock(number: number): Promise<{
        hash: () => Uint8Array<ArrayBufferLike>;
    }>;
    putBlock(): Promise<void>;
    shallowCopy(): /*elided*/ any;
};
/**
 * An `@ethereumjs/vm` VM for one block: the block's Common (hardfork and crypto), the given
 * state manager, and BLOCKHASH answered by `reader`.
 */
export declare function createBlockVM(common: Common, stateManager: StateManagerInterface, reader: StateReader): Promise<VM>;
/** The block-level system work's view of a reference VM, system calls through `evm.runCall`. */
export declare function referenceSystemHost(vm: VM): RequestHost;
