import { SECP256K1_ORDER_DIV_2 } from '@ethereumjs/util';
import { ecrecover } from '../crypto/ecrecover.js';
import { keccak256 } from '../crypto/keccak.js';
import { InvalidSignatureError, SenderMismatchError, classifyTransactionError, libraryErrorDetail } from '../errors.js';
import { toHex } from '../state/hex.js';
import { readUintBE } from '../state/u256.js';
import { signedMessage, transactionBound, writeTransactionAt, writtenFieldByField } from './transactionEncoding.js';
/** The {@link RecoveryRules} of `common`'s hardfork. */
export function recoveryRules(common) {
    return { homestead: common.gteHardfork('homestead'), eip155: common.gteHardfork('spuriousDragon') };
}
/**
 * A transaction's sender's public key (64 bytes, no 0x04 prefix), recovered from its consensus
 * encoding as @ethereumjs/tx's `getSenderPublicKey` does (ECDSA, Yellow Paper Appendix F; EIP-2:
 * a high s is invalid from Homestead on), without its re-encoding and @noble keccak of the signed
 * message (`signedMessage`): both engines recover this way, the sequential one and the workers.
 * @throws Error on an invalid signature (callers report it through @ethereumjs/tx's own check)
 */
export function recoverPublicKey(encoding, rules) {
    const m = signedMessage(encoding, rules.eip155);
    if (rules.homestead && readUintBE(m.s, 0, m.s.length) > SECP256K1_ORDER_DIV_2)
        throw new Error('EIP-2: s above secp256k1n/2');
    return ecrecover(m.hash, m.v, m.r, m.s, m.chainId);
}
/** The address of a 64-byte public key: the last 20 bytes of its keccak-256 (Yellow Paper §7), as bytes. */
export function publicKeyAddress(publicKey) {
    return keccak256(publicKey).subarray(12);
}
/**
 * Recovers every transaction's sender from its signature ({@link recoverPublicKey}, from the
 * transaction's encoding). The public key is cached on each frozen transaction
 * ({@link cacheSenderPublicKey}), so later execution does not recover again. A signature that does not recover this way is recovered by
 * @ethereumjs/tx, whose error is reported. Cross-checks against `expected` where an entry is given.
 * @throws InvalidSignatureError when a signature does not recover (`invalid-signature`), or has
 *   s above n/2 after Homestead (`high-s`, EIP-2: a legacy transaction's s is checked here)
 * @throws SenderMismatchError when a recovered sender differs from its `expected` entry
 */
export function recoverSenders(block, expected = []) {
    const start = performance.now();
    const rules = recoveryRules(block.common);
    let scratch = Buffer.alloc(0);
    const senders = block.transactions.map((t, i) => {
        const tx = t;
        let encoding;
        if (writtenFieldByField(tx)) {
            const bound = transactionBound(tx);
            if (scratch.length < bound)
                scratch = Buffer.alloc(Math.max(bound, 2 * scratch.length, 1024));
            encoding = scratch.subarray(0, writeTransactionAt(tx, scratch, 0));
        }
        else
            encoding = tx.serialize();
        let key;
        try {
            key = recoverPublicKey(encoding, rules);
        }
        catch {
            key = libraryRecovery(tx, i);
        }
        cacheSenderPublicKey(tx, key);
        const sender = toHex(publicKeyAddress(key));
        const want = expected[i];
        if (want !== undefined && want !== sender)
            throw new SenderMismatchError(i, want, sender);
        return sender;
    });
    return { senders, ms: performance.now() - start };
}
/**
 * Caches `publicKey` (64 bytes) as `tx`'s sender key where @ethereumjs/tx caches it itself: on a
 * frozen transaction (the default) only, since an unfrozen one may still change.
 */
export function cacheSenderPublicKey(tx, publicKey) {
    if (Object.isFrozen(tx))
        tx.cache.senderPubKey = publicKey;
}
/** @ethereumjs/tx's recovery of transaction `i`, its failure as the typed error. */
function libraryRecovery(tx, i) {
    try {
        return tx.getSenderPublicKey();
    }
    catch (e) {
        const detail = libraryErrorDetail(e);
        throw new InvalidSignatureError(i, detail, classifyTransactionError(detail) === 'high-s' ? 'high-s' : 'invalid-signature', { cause: e });
    }
}
//# sourceMappingURL=senders.js.map