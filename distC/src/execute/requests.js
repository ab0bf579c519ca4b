import { Address, bigIntToAddressBytes, bytesToHex, concatBytes, hexToBytes } from '@ethereumjs/util';
import { sha256 } from '@noble/hashes/sha2.js';
import { Mainnet } from '@ethereumjs/common';
import { InvalidBlockError } from '../errors.js';
import { bloomHas, bloomItem } from '../evm/bloom.js';
/** EIP-6110 `DepositEvent(bytes,bytes,bytes,bytes,bytes)` topic. */
const DEPOSIT_TOPIC = '0x649bbc62d0e31342afea4e5cd82d4049e7e1ee912fc0889aa790803be39038c5';
/** EIP-7685 request types. */
export const REQUEST_TYPES = { deposit: 0x00, withdrawal: 0x01, consolidation: 0x02 };
/**
 * EIP-6110: the deposit data of a `DepositEvent` log, checked against the event's ABI layout
 * (offsets 160/256/320/384/512; sizes 48/32/8/96/8): pubkey ‖ withdrawal credentials ‖ amount ‖
 * signature ‖ index (192 bytes).
 * @throws InvalidBlockError (`depositLayout`) when the log data does not have that layout
 */
function depositData(data, where) {
    const word = (at) => {
        let v = 0;
        for (let i = at; i < at + 32; i++)
            v = v * 256 + data[i];
        return v;
    };
    const fields = [
        [160, 48],
        [256, 32],
        [320, 8],
        [384, 96],
        [512, 8],
    ];
    const ok = data.length === 576 && fields.every(([offset, size], k) => word(32 * k) === offset && word(offset) === size);
    if (!ok)
        throw new InvalidBlockError('depositLayout', `${where}: a DepositEvent log whose data does not have the EIP-6110 layout`);
    return concatBytes(...fields.map(([offset, size]) => data.subarray(offset + 32, offset + 32 + size)));
}
/**
 * EIP-6110: the `DepositEvent` logs of `depositContract` (lowercase `0x` hex) in `receipts`, in
 * receipt order. A receipt whose bloom rules the contract out is not read (its hex logs are made
 * only when read: logs.ts). The engine's deposits and the analyzer's deposit transactions.
 */
export function depositLogs(receipts, depositContract) {
    const out = [];
    const contract = bloomItem(depositContract);
    receipts.forEach((r, i) => {
        if (!bloomHas(r.logsBloom, contract))
            return;
        r.logs.forEach((log, j) => {
            if (log.address === depositContract && log.topics[0] === DEPOSIT_TOPIC)
                out.push({ receipt: i, log: j, data: log.data });
        });
    });
    return out;
}
/** EIP-6110: the deposits of a block ({@link depositLogs}), each as its request data, concatenated. */
export function depositRequests(receipts, depositContract) {
    return concatBytes(...depositLogs(receipts, depositContract).map((d) => depositData(hexToBytes(d.data), `transaction ${d.receipt} log ${d.log}`)));
}
/** The chain's EIP-6110 deposit contract (lowercase `0x` hex): from its config, else mainnet's. */
export function depositContractOf(decoded) {
    return (decoded.chain.depositContractAddress ?? Mainnet.depositContractAddress).toLowerCase();
}
/**
 * A checked system call (EIP-7002, EIP-7251): the system address calls `to` with empty calldata
 * and 30M gas (`systemCallGasLimit`), outside any transaction; its return data is the request
 * data. The system address is left exactly as it was — the EIPs make it the caller without
 * touching it (a witness need not contain it).
 * @throws InvalidBlockError `systemContractEmpty` when `to` has no code, `systemContractCallFailed`
 *   when the call fails (execution-specs Prague: such a block is invalid)
 */
async function checkedSystemCall(host, sm, decoded, to, eip) {
    if ((await host.stateManager.getCode(to)).length === 0) {
        throw new InvalidBlockError('systemContractEmpty', `EIP-${eip} system contract ${to.toString()} has no code`);
    }
    const system = new Address(bigIntToAddressBytes(host.common.param('systemAddress')));
    const saved = sm.saveAccount(system.toString());
    // Seen as absent during the call, so the caller is never read from the pre-state (a witness
    // need not prove it); nothing the system contracts do depends on its balance.
    if (saved === undefined)
        sm.restoreAccount(system.toString(), null);
    const result = await host.systemCall(system, to, host.common.param('systemCallGasLimit'), decoded.block);
    sm.restoreAccount(system.toString(), saved);
    if (result.error !== undefined) {
        throw new InvalidBlockError('systemContractCallFailed', `EIP-${eip} system call to ${to.toString()} failed: ${result.error}`);
    }
    return result.output;
}
/**
 * EIP-7685 requests of a block, after its transactions and withdrawals: EIP-6110 deposits from
 * the logs, then the EIP-7002 withdrawal and EIP-7251 consolidation requests dequeued by system
 * calls (which write those contracts' storage). Only for the EIPs active at the block's hardfork.
 * @returns undefined before Prague (no requests)
 * @throws InvalidBlockError (`depositLayout`, `systemContractEmpty`, `systemContractCallFailed`)
 */
export async function applyRequests(host, sm, decoded, receipts) {
    const common = host.common;
    if (!common.isActivatedEIP(7685))
        return undefined;
    const typed = [];
    if (common.isActivatedEIP(6110)) {
        typed.push([REQUEST_TYPES.deposit, depositRequests(receipts, depositContractOf(decoded))]);
    }
    const predeploy = (param) => new Address(bigIntToAddressBytes(common.param(param)));
    if (common.isActivatedEIP(7002))
        typed.push([REQUEST_TYPES.withdrawal, await checkedSystemCall(host, sm, decoded, predeploy('withdrawalRequestPredeployAddress'), 7002)]);
    if (common.isActivatedEIP(7251))
        typed.push([REQUEST_TYPES.consolidation, await checkedSystemCall(host, sm, decoded, predeploy('consolidationRequestPredeployAddress'), 7251)]);
    const requests = typed.filter(([, data]) => data.length > 0).map(([type, data]) => concatBytes(Uint8Array.of(type), data));
    return {
        requests: requests.map((r) => bytesToHex(r)),
        requestsHash: bytesToHex(sha256(concatBytes(...requests.map((r) => sha256(r))))),
    };
}
//# sourceMappingURL=requests.js.map