import type { Block } from '@ethereumjs/block';
import type { Common, StateManagerInterface } from '@ethereumjs/common';
import { Account, Address } from '@ethereumjs/util';
/**
 * What the block-level system work needs of an engine: the Common (parameters), the state, and
 * the EVM journal's `putAccount` (a write that touches the account, EIP-161) and `cleanup`
 * (delete touched empty accounts). An `@ethereumjs/vm` VM is one; parevm's EVM provides one
 * (`ParevmBlockEngine.systemHost`).
 */
export interface SystemHost {
    common: Common;
    stateManager: Pick<StateManagerInterface, 'getAccount' | 'getCode' | 'putStorage'>;
    evm: {
        journal: {
            putAccount(address: Address, account: Account): Promise<void>;
            cleanup(): Promise<void>;
        };
    };
}
/** What a system call returned: its output, or the reason it failed (an exceptional halt or a revert). */
export interface SystemCallResult {
    output: Uint8Array;
    error?: string;
}
/**
 * A {@link SystemHost} that also runs system calls (EIP-7002/7251, after the transactions):
 * `caller` calls `to` with empty calldata, no value and `gasLimit` gas, outside any transaction
 * (no nonce increment, no fee), in `block`'s environment. `@ethereumjs/vm`'s through
 * `referenceSystemHost`, parevm's EVM through `ParevmBlockEngine.systemHost`.
 */
export interface RequestHost extends SystemHost {
    systemCall(caller: Address, to: Address, gasLimit: bigint, block: Block): Promise<SystemCallResult>;
}
/** The DAO irregular state change at block 1,920,000 (EIP-779): drain accounts into the refund contract. */
export declare function applyDaoChange(vm: SystemHost): Promise<void>;
/** EIP-4788 beacon-roots contract address. */
export declare const BEACON_ROOTS_ADDRESS = "0x000f3df6d732807ef1319fb7b8bb8522d0beac02";
/**
 * EIP-4788: store the parent beacon block root in the beacon-roots contract's ring buffer
 * (`timestamp % 8191` → timestamp, `+ 8191` → root), as the system call does.
 * @returns false when the contract has no code in the state (the call is then skipped, as
 *   EIP-4788 specifies for a missing contract); the caller reports it
 */
export declare function applyBeaconRoot(vm: SystemHost, block: Block): Promise<boolean>;
/**
 * EIP-2935: store the parent block's hash in the history contract's ring buffer (slot
 * `(number − 1) % historyServeWindow`), as its system call does, before the transactions.
 * @returns false when the contract has no code in the state (the call is then skipped, as for
 *   EIP-4788); the caller reports it
 */
export declare function applyHistoryStorage(vm: SystemHost, block: Block): Promise<boolean>;
/**
 * Proof-of-work block rewards (Yellow Paper §11.3): the miner gets the block reward plus 1/32 of
 * it per ommer; each ommer's coinbase gets (8 - (number - ommerNumber))/8 of it.
 * @param ommerCount number of ommers (from the block's `uncles` list)
 * @returns the number of ommers whose reward could not be paid because their header is unknown
 */
export declare function applyBlockRewards(vm: SystemHost, block: Block, ommerCount: number): Promise<number>;
/** EIP-4895 withdrawals: credit each amount (Gwei) to its address, then EIP-161 cleanup. */
export declare function applyWithdrawals(vm: SystemHost, block: Block): Promise<void>;
