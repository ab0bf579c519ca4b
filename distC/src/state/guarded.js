import { ParevmError, StateReadError } from '../errors.js';
/**
 * A {@link StateReader} that turns any error thrown by the reader it wraps into a
 * {@link StateReadError} naming the method and key (a {@link ParevmError} passes unchanged), so a
 * failing reader fails the block with a typed error instead of being mistaken for an invalid
 * transaction or, worse, read as absent.
 */
export class GuardedReader {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    account(address) {
        try {
            return this.inner.account(address);
        }
        catch (e) {
            throw readError('account', address, e);
        }
    }
    storage(address, slot) {
        try {
            return this.inner.storage(address, slot);
        }
        catch (e) {
            throw readError('storage', `${address}, 0x${slot.toString(16)}`, e);
        }
    }
    code(codeHash) {
        try {
            return this.inner.code(codeHash);
        }
        catch (e) {
            throw readError('code', codeHash, e);
        }
    }
    blockHash(number) {
        try {
            return this.inner.blockHash(number);
        }
        catch (e) {
            throw readError('blockHash', number.toString(), e);
        }
    }
}
/** `reader` guarded by a {@link GuardedReader} (once: an already guarded reader is returned as is). */
export function guarded(reader) {
    return reader instanceof GuardedReader ? reader : new GuardedReader(reader);
}
function readError(operation, key, e) {
    return e instanceof ParevmError ? e : new StateReadError(operation, key, e);
}
//# sourceMappingURL=guarded.js.map