import type { Block } from '@ethereumjs/block';
import { publicKeyToAddress } from '../crypto/keccak.js';
import { InvalidSignatureError, SenderMismatchError, classifyTransactionError, libraryErrorDetail } from '../errors.js';

/** Senders of a block's transactions, lowercase `0x` hex, in block order. */
export interface RecoveredSenders {
  senders: string[];
  /** Wall time of the recovery, milliseconds. */
  ms: number;
}

/**
 * Recovers every transaction's sender from its signature (ECDSA, Yellow Paper Appendix F; EIP-155,
 * EIP-2 low-s after Homestead). The public key is cached on each (frozen) transaction, so later
 * execution does not recover again. Cross-checks against `expected` where an entry is given.
 * @throws InvalidSignatureError when a signature does not recover (`invalid-signature`), or has
 *   s above n/2 after Homestead (`high-s`, EIP-2: a legacy transaction's s is checked here)
 * @throws SenderMismatchError when a recovered sender differs from its `expected` entry
 */
export function recoverSenders(block: Block, expected: (string | undefined)[] = []): RecoveredSenders {
  const start = performance.now();
  const senders = block.transactions.map((tx, i) => {
    let sender: string;
    try {
      // The address from the recovered key with hash-wasm's keccak (getSenderAddress hashes with @noble/hashes, uncached).
      sender = publicKeyToAddress(tx.getSenderPublicKey());
    } catch (e) {
      const detail = libraryErrorDetail(e);
      throw new InvalidSignatureError(i, detail, classifyTransactionError(detail) === 'high-s' ? 'high-s' : 'invalid-signature', { cause: e });
    }
    const want = expected[i];
    if (want !== undefined && want !== sender) throw new SenderMismatchError(i, want, sender);
    return sender;
  });
  return { senders, ms: performance.now() - start };
}
