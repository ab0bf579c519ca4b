import { bytesToBigInt } from '@ethereumjs/util';
import { MissingBlockHashError, StateReadError } from '../errors.js';
import { EMPTY_BYTES, Kind, STATUS_NAMES, isSuccess } from './frames/frame.js';
import { beginCall } from './frames/message.js';
import { run } from './interpreter/interpreter.js';
import { Evm } from './evm.js';
import { scheduleFor } from './interpreter/schedule.js';
import { execution } from './transaction/execution.js';
import { cleanupTouched, postExecution } from './transaction/postExecution.js';
import { preExecution } from './transaction/preExecution.js';
import { validateTransaction } from './transaction/validate.js';
import { bytes32ToWord } from './words.js';
/**
 * parevm's own EVM executing one block's transactions on a {@link BlockStateManager} — the
 * `engine: 'parevm'` of `executeBlockSequential`. Synchronous: the state is read through the
 * manager's synchronous interface, BLOCKHASH through the reader.
 */
export class ParevmBlockEngine {
    decoded;
    sm;
    evm;
    constructor(decoded, sm, reader) {
        this.decoded = decoded;
        this.sm = sm;
        const schedule = scheduleFor(decoded.common);
        const header = decoded.block.header;
        const env = {
            number: header.number,
            coinbase: header.coinbase.toString(),
            coinbaseWord: bytesToBigInt(header.coinbase.bytes),
            timestamp: header.timestamp,
            gasLimit: header.gasLimit,
            difficulty: header.difficulty,
            prevRandao: bytesToBigInt(header.mixHash),
            baseFee: header.baseFeePerGas,
            blobBaseFee: header.excessBlobGas !== undefined ? header.getBlobGasPrice() : undefined,
            blockHash(number) {
                const hash = reader.blockHash(number);
                if (hash === undefined)
                    throw new MissingBlockHashError(number);
                return bytes32ToWord(hash);
            },
        };
        this.evm = new Evm(schedule, sm, env);
    }
    /**
     * Executes transaction `index` of `block` (sender `sender`, recovered) after transactions that
     * used `gasBefore` gas, and returns its receipt.
     * `onFeePhase` runs when the top-level call has returned, before the refund and the fee.
     * @throws InvalidTransactionError when the transaction is invalid in the block
     * @throws StateReadError (attributed to this transaction), CodeHashError, MissingBlockHashError
     */
    runTransaction(block, index, gasBefore, sender, tx = block.transactions[index], onFeePhase) {
        try {
            const ctx = validateTransaction(this.evm, block, index, gasBefore, tx, sender);
            preExecution(ctx);
            execution(ctx);
            onFeePhase?.();
            return postExecution(ctx);
        }
        catch (e) {
            // Frames left mid-flight (a parallel worker's ESTIMATE read, a failing reader): drop what
            // they left in the shared machine, or the next transaction on this EVM would see it.
            this.evm.abandon();
            // A reader failure is this transaction's; other typed errors (MissingBlockHashError,
            // CodeHashError, InvalidTransactionError) and internal errors pass unchanged.
            if (e instanceof StateReadError && e.txIndex === undefined)
                throw e.inTransaction(index);
            throw e;
        }
    }
    /**
     * A system call (EIP-7002/7251): `caller` calls `to` (lowercase `0x` hex) with empty calldata,
     * no value and `gasLimit` gas, outside any transaction (no nonce increment, no fee, a fresh
     * substate that is dropped afterwards).
     */
    systemCall(caller, to, gasLimit) {
        const evm = this.evm;
        evm.journal.reset();
        evm.tx = { origin: caller, originWord: BigInt(caller), gasPrice: 0n, blobHashes: [] };
        const frame = beginCall(evm, null, 0, Kind.CALL, caller, to, to, 0n, EMPTY_BYTES, gasLimit, false, caller, BigInt(caller), 0n);
        if (frame !== null)
            run(evm, frame);
        const status = evm.outStatus;
        const output = evm.outOutput;
        evm.journal.reset();
        return isSuccess(status) ? { output } : { output, error: STATUS_NAMES[status] ?? `status ${status}` };
    }
    /**
     * The block-level system work's view of this engine (`src/execute/system.ts`): the state
     * manager, and a journal whose `putAccount` writes and touches and whose `cleanup` is EIP-161.
     */
    systemHost() {
        const evm = this.evm;
        const sm = this.sm;
        return {
            systemCall: async (caller, to) => this.systemCall(caller.toString(), to.toString(), evm.schedule.common.param('systemCallGasLimit')),
            common: evm.schedule.common,
            stateManager: sm,
            evm: {
                journal: {
                    async putAccount(address, account) {
                        await sm.putAccount(address, account);
                        evm.journal.touch(address.toString());
                    },
                    async cleanup() {
                        cleanupTouched(evm);
                        evm.journal.reset();
                    },
                },
            },
        };
    }
}
//# sourceMappingURL=engine.js.map