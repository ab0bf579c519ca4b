import { Kind } from '../frames/frame.js';
import { beginCall, beginCreate } from '../frames/message.js';
import { run } from '../interpreter/interpreter.js';
/**
 * The transaction's message: a call to `to` (value transfer, code or precompile) or a creation,
 * with the gas limit minus the intrinsic gas. Fills in the outcome, the gas left and the created
 * address.
 */
export function execution(ctx) {
    const { evm, tx, sender } = ctx;
    const gas = tx.gasLimit - ctx.intrinsicGas;
    const senderWord = BigInt(sender);
    const frame = ctx.to !== undefined
        ? beginCall(evm, null, 0, Kind.CALL, sender, ctx.to, ctx.to, tx.value, tx.data, gas, false, sender, senderWord, tx.value)
        : beginCreate(evm, null, 0, Kind.CREATE, sender, senderWord, tx.value, tx.data, gas, undefined);
    if (frame !== null)
        run(evm, frame);
    finish(ctx, evm);
}
function finish(ctx, evm) {
    ctx.status = evm.outStatus;
    ctx.gasLeft = evm.outGasLeft;
    ctx.createdAddress = evm.outAddress;
}
//# sourceMappingURL=execution.js.map