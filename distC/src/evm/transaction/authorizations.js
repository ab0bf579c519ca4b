import { KECCAK256_NULL, KECCAK256_RLP as EMPTY_ROOT, SECP256K1_ORDER_DIV_2, bytesToBigInt, eoaCode7702RecoverAuthority } from '@ethereumjs/util';
import { isEmptyCodeHash } from '../../state/stateManager.js';
import { delegationTarget, designatorFor } from '../frames/delegation.js';
const MAX_NONCE = (1n << 64n) - 1n;
const EMPTY = new Uint8Array(0);
/**
 * EIP-7702 `set_delegation`: for each authorization tuple `[chainId, address, nonce, yParity,
 * r, s]` of a type-4 transaction, in order, after the sender's nonce increment and before
 * execution. A tuple for another chain, with a nonce at 2^64−1, a high `s`, a `yParity` above 1
 * or a signature that does not recover is skipped, as is one whose authority holds code other
 * than a designator or whose nonce differs. Otherwise the authority is warmed, its nonce
 * incremented and its code set to `0xef0100 ++ address` (cleared for the zero address); an
 * authority that already existed refunds `perEmptyAccountCost − perAuthBaseGas` (into
 * `ctx.authRefund`, kept even when execution fails). Not undone when execution reverts.
 * The authority is recovered by `@ethereumjs/util` (`eoaCode7702RecoverAuthority`).
 */
export function applyAuthorizations(ctx) {
    const list = ctx.tx.authorizationList;
    if (list === undefined)
        return;
    const { evm } = ctx;
    const s = evm.schedule;
    const sm = evm.sm;
    const j = evm.journal;
    for (const tuple of list) {
        const chainId = bytesToBigInt(tuple[0]);
        if (chainId !== 0n && chainId !== s.chainId)
            continue;
        const nonce = bytesToBigInt(tuple[2]);
        if (nonce >= MAX_NONCE)
            continue;
        if (bytesToBigInt(tuple[5]) > SECP256K1_ORDER_DIV_2)
            continue;
        if (bytesToBigInt(tuple[3]) > 1n)
            continue;
        let authority;
        try {
            authority = eoaCode7702RecoverAuthority(tuple).toString();
        }
        catch {
            continue;
        }
        const account = sm.readAccount(authority);
        j.warmAddress(authority);
        if (account !== null && !isEmptyCodeHash(account) && delegationTarget(sm.readCode(authority)) === undefined)
            continue;
        if ((account?.nonce ?? 0n) !== nonce)
            continue;
        if (account !== null)
            ctx.authRefund += s.perEmptyAccountCost - s.perAuthBaseGas;
        const target = tuple[1];
        sm.writeAccount(authority, {
            nonce: nonce + 1n,
            balance: account?.balance ?? 0n,
            codeHash: account?.codeHash ?? KECCAK256_NULL,
            storageRoot: account?.storageRoot ?? EMPTY_ROOT,
            ...(account?.codeHashHex !== undefined ? { codeHashHex: account.codeHashHex } : {}),
        });
        j.touch(authority);
        if (target.every((b) => b === 0))
            sm.writeCode(authority, EMPTY, KECCAK256_NULL);
        else
            sm.writeCode(authority, designatorFor(target));
    }
}
/**
 * The authorities an EIP-7702 transaction's authorization list names (lowercase `0x` hex), those
 * whose signature recovers, whether or not each tuple then applies: what a block may delegate.
 * Empty for other transaction types.
 */
export function authoritiesOf(tx) {
    const list = tx.authorizationList;
    if (list === undefined)
        return [];
    const out = [];
    for (const tuple of list) {
        try {
            out.push(eoaCode7702RecoverAuthority(tuple).toString());
        }
        catch {
            // A tuple that does not recover delegates nothing.
        }
    }
    return out;
}
//# sourceMappingURL=authorizations.js.map