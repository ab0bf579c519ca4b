import { ParevmError, StateReadError } from '../errors.js';
import type { AccountInfo, StateReader } from './reader.js';

/**
 * A {@link StateReader} that turns any error thrown by the reader it wraps into a
 * {@link StateReadError} naming the method and key (a {@link ParevmError} passes unchanged), so a
 * failing reader fails the block with a typed error instead of being mistaken for an invalid
 * transaction or, worse, read as absent.
 */
export class GuardedReader implements StateReader {
  constructor(readonly inner: StateReader) {}

  account(address: string): AccountInfo | undefined {
    try {
      return this.inner.account(address);
    } catch (e) {
      throw readError('account', address, e);
    }
  }
  storage(address: string, slot: bigint): bigint {
    try {
      return this.inner.storage(address, slot);
    } catch (e) {
      throw readError('storage', `${address}, 0x${slot.toString(16)}`, e);
    }
  }
  code(codeHash: string): Uint8Array | undefined {
    try {
      return this.inner.code(codeHash);
    } catch (e) {
      throw readError('code', codeHash, e);
    }
  }
  blockHash(number: bigint): Uint8Array | undefined {
    try {
      return this.inner.blockHash(number);
    } catch (e) {
      throw readError('blockHash', number.toString(), e);
    }
  }
}

/** `reader` guarded by a {@link GuardedReader} (once: an already guarded reader is returned as is). */
export function guarded(reader: StateReader): StateReader {
  return reader instanceof GuardedReader ? reader : new GuardedReader(reader);
}

function readError(operation: StateReadError['operation'], key: string, e: unknown): ParevmError {
  return e instanceof ParevmError ? e : new StateReadError(operation, key, e);
}
