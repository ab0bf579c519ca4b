import type { Block } from '@ethereumjs/block';
import type { Common } from '@ethereumjs/common';
import type { TypedTransaction } from '@ethereumjs/tx';
/** Senders of a block's transactions, lowercase `0x` hex, in block order. */
export interface RecoveredSenders {
    senders: string[];
    /** Wall time of the recovery, milliseconds. */
    ms: number;
}
/** Rules of sender recovery that depend on the fork. */
export interface RecoveryRules {
    /** EIP-2 (Homestead): an s above secp256k1n/2 is invalid. */
    homestead: boolean;
    /** EIP-155 (Spurious Dragon): a legacy v ≥ 35 names the chain. */
    eip155: boolean;
}
/** The {@link RecoveryRules} of `common`'s hardfork. */
export declare function recoveryRules(common: Common): RecoveryRules;
/**
 * A transaction's sender's public key (64 bytes, no 0x04 prefix), recovered from its consensus
 * encoding as @ethereumjs/tx's `getSenderPublicKey` does (ECDSA, Yellow Paper Appendix F; EIP-2:
 * a high s is invalid from Homestead on), without its re-encoding and @noble keccak of the signed
 * message (`signedMessage`): both engines recover this way, the sequential one and the workers.
 * @throws Error on an invalid signature (callers report it through @ethereumjs/tx's own check)
 */
export declare function recoverPublicKey(encoding: Uint8Array, rules: RecoveryRules): Uint8Array;
/** The address of a 64-byte public key: the last 20 bytes of its keccak-256 (Yellow Paper §7), as bytes. */
export declare function publicKeyAddress(publicKey: Uint8Array): Uint8Array;
/**
 * Recovers every transaction's sender from its signature ({@link recoverPublicKey}, from the
 * transaction's encoding). The public key is cached on each frozen transaction
 * ({@link cacheSenderPublicKey}), so later execution does not recover again. A signature that does not recover this way is recovered by
 * @ethereumjs/tx, whose error is reported. Cross-checks against `expected` where an entry is given.
 * @throws InvalidSignatureError when a signature does not recover (`invalid-signature`), or has
 *   s above n/2 after Homestead (`high-s`, EIP-2: a legacy transaction's s is checked here)
 * @throws SenderMismatchError when a recovered sender differs from its `expected` entry
 */
export declare function recoverSenders(block: Block, expected?: (string | undefined)[]): RecoveredSenders;
/**
 * Caches `publicKey` (64 bytes) as `tx`'s sender key where @ethereumjs/tx caches it itself: on a
 * frozen transaction (the default) only, since an unfrozen one may still change.
 */
export declare function cacheSenderPublicKey(tx: TypedTransaction, publicKey: Uint8Array): void;
