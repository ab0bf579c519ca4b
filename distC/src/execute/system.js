import { Account, Address, bigIntToAddressBytes, bigIntToBytes, createAddressFromString, setLengthLeft } from '@ethereumjs/util';
import { DAO_DRAIN_ACCOUNTS, DAO_REFUND_CONTRACT } from './dao.js';
const GWEI_TO_WEI = 1000000000n;
async function credit(vm, address, wei) {
    const account = (await vm.stateManager.getAccount(address)) ?? new Account();
    account.balance += wei;
    // Through the EVM journal so the account counts as touched (EIP-161 cleanup of empty ones).
    await vm.evm.journal.putAccount(address, account);
}
/** The DAO irregular state change at block 1,920,000 (EIP-779): drain accounts into the refund contract. */
export async function applyDaoChange(vm) {
    let total = 0n;
    for (const a of DAO_DRAIN_ACCOUNTS) {
        const address = createAddressFromString(a);
        const account = (await vm.stateManager.getAccount(address)) ?? new Account();
        total += account.balance;
        account.balance = 0n;
        await vm.evm.journal.putAccount(address, account);
    }
    await credit(vm, createAddressFromString(DAO_REFUND_CONTRACT), total);
}
/** EIP-4788 beacon-roots contract address. */
export const BEACON_ROOTS_ADDRESS = '0x000f3df6d732807ef1319fb7b8bb8522d0beac02';
/**
 * EIP-4788: store the parent beacon block root in the beacon-roots contract's ring buffer
 * (`timestamp % 8191` → timestamp, `+ 8191` → root), as the system call does.
 * @returns false when the contract has no code in the state (the call is then skipped, as
 *   EIP-4788 specifies for a missing contract); the caller reports it
 */
export async function applyBeaconRoot(vm, block) {
    const address = createAddressFromString(BEACON_ROOTS_ADDRESS);
    if ((await vm.stateManager.getCode(address)).length === 0)
        return false;
    const length = BigInt(vm.common.param('historicalRootsLength'));
    const index = block.header.timestamp % length;
    const root = block.header.parentBeaconBlockRoot ?? new Uint8Array(32);
    await vm.stateManager.putStorage(address, setLengthLeft(bigIntToBytes(index), 32), bigIntToBytes(block.header.timestamp));
    await vm.stateManager.putStorage(address, setLengthLeft(bigIntToBytes(index + length), 32), root);
    await vm.evm.journal.cleanup();
    return true;
}
/**
 * EIP-2935: store the parent block's hash in the history contract's ring buffer (slot
 * `(number − 1) % historyServeWindow`), as its system call does, before the transactions.
 * @returns false when the contract has no code in the state (the call is then skipped, as for
 *   EIP-4788); the caller reports it
 */
export async function applyHistoryStorage(vm, block) {
    const address = new Address(bigIntToAddressBytes(vm.common.param('historyStorageAddress')));
    if ((await vm.stateManager.getCode(address)).length === 0)
        return false;
    const slot = (block.header.number - 1n) % vm.common.param('historyServeWindow');
    await vm.stateManager.putStorage(address, setLengthLeft(bigIntToBytes(slot), 32), block.header.parentHash);
    await vm.evm.journal.cleanup();
    return true;
}
/**
 * Proof-of-work block rewards (Yellow Paper §11.3): the miner gets the block reward plus 1/32 of
 * it per ommer; each ommer's coinbase gets (8 - (number - ommerNumber))/8 of it.
 * @param ommerCount number of ommers (from the block's `uncles` list)
 * @returns the number of ommers whose reward could not be paid because their header is unknown
 */
export async function applyBlockRewards(vm, block, ommerCount) {
    const reward = vm.common.param('minerReward');
    for (const ommer of block.uncleHeaders) {
        let r = ((8n - (block.header.number - ommer.number)) * reward) / 8n;
        if (r < 0n)
            r = 0n;
        await credit(vm, ommer.coinbase, r);
    }
    await credit(vm, block.header.coinbase, reward + (reward / 32n) * BigInt(ommerCount));
    return ommerCount - block.uncleHeaders.length;
}
/** EIP-4895 withdrawals: credit each amount (Gwei) to its address, then EIP-161 cleanup. */
export async function applyWithdrawals(vm, block) {
    for (const w of block.withdrawals ?? [])
        await credit(vm, w.address, w.amount * GWEI_TO_WEI);
    await vm.evm.journal.cleanup();
}
//# sourceMappingURL=system.js.map