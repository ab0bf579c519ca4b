import type { Block } from '@ethereumjs/block';
import type { TypedTransaction } from '@ethereumjs/tx';
import type { DecodedBlock } from '../block/decode.js';
import type { RequestHost, SystemCallResult } from '../execute/system.js';
import type { StateReader } from '../state/reader.js';
import type { BlockStateManager } from '../state/stateManager.js';
import type { Receipt } from '../types.js';
import { Evm } from './evm.js';
/**
 * parevm's own EVM executing one block's transactions on a {@link BlockStateManager} — the
 * `engine: 'parevm'` of `executeBlockSequential`. Synchronous: the state is read through the
 * manager's synchronous interface, BLOCKHASH through the reader.
 */
export declare class ParevmBlockEngine {
    readonly decoded: Pick<DecodedBlock, 'block' | 'common'>;
    readonly sm: BlockStateManager;
    readonly evm: Evm;
    constructor(decoded: Pick<DecodedBlock, 'block' | 'common'>, sm: BlockStateManager, reader: StateReader);
    /**
     * Executes transaction `index` of `block` (sender `sender`, recovered) after transactions that
     * used `gasBefore` gas, and returns its receipt.
     * `onFeePhase` runs when the top-level call has returned, before the refund and the fee.
     * @throws InvalidTransactionError when the transaction is invalid in the block
     * @throws StateReadError (attributed to this transaction), CodeHashError, MissingBlockHashError
     */
    runTransaction(block: Block, index: number, gasBefore: bigint, sender: string, tx?: TypedTransaction, onFeePhase?: () => void): Receipt;
    /**
     * A system call (EIP-7002/7251): `caller` calls `to` (lowercase `0x` hex) with empty calldata,
     * no value and `gasLimit` gas, outside any transaction (no nonce increment, no fee, a fresh
     * substate that is dropped afterwards).
     */
    systemCall(caller: string, to: string, gasLimit: bigint): SystemCallResult;
    /**
     * The block-level system work's view of this engine (`src/execute/system.ts`): the state
     * manager, and a journal whose `putAccount` writes and touches and whose `cleanup` is EIP-161.
     */
    systemHost(): RequestHost;
}
