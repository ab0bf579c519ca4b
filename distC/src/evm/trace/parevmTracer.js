import { STATUS_NAMES, gasLeft, isExceptional, isSuccess } from '../frames/frame.js';
import { errorText, opName } from './errors.js';
import { bytesHex, hex } from './types.js';
/**
 * EIP-3155 lines from parevm's interpreter (`evm.tracer`). A step is written once its cost is
 * known: at the next step (same frame, or the child a CALL/CREATE entered), or at its frame's
 * halt. One transaction per tracer: {@link ParevmTracer.summary} ends it.
 */
export class ParevmTracer {
    evm;
    sink;
    pending = undefined;
    /** The transaction frame's output when it halted (a creation's code, before the deposit). */
    rootOutput = undefined;
    /** The error of the transaction frame's halting step (the summary repeats it, as geth). */
    rootError = undefined;
    constructor(evm, sink) {
        this.evm = evm;
        this.sink = sink;
    }
    step(f, pc, op, sp, gas) {
        const now = f.reserve === 0n ? BigInt(gas) : BigInt(gas) + f.reserve;
        const p = this.pending;
        if (p !== undefined)
            this.write(p, p.cost ?? p.gas - now);
        const stack = new Array(sp - f.stackBase);
        for (let i = f.stackBase; i < sp; i++)
            stack[i - f.stackBase] = hex(this.evm.stack[i]);
        const s = this.evm.schedule;
        this.pending = {
            line: {
                pc,
                op,
                gas: hex(now),
                gasCost: '',
                memSize: f.memSize,
                stack,
                depth: f.depth + 1,
                refund: this.evm.journal.refund,
                opName: opName(op, s.valid[op] === 1 || op === 0xfe),
            },
            gas: now,
            cost: undefined,
        };
    }
    charged(f) {
        const p = this.pending;
        if (p !== undefined)
            p.cost = p.gas - gasLeft(f);
    }
    halt(f, status, gas) {
        const p = this.pending;
        // Every frame steps at least once; a tracer set mid-run would not have seen it.
        if (p === undefined)
            return;
        this.pending = undefined;
        if (isExceptional(status)) {
            const op = p.line.op;
            const s = this.evm.schedule;
            // Added last, after opName, as geth orders it.
            p.line.error = errorText(STATUS_NAMES[status], op, p.line.stack.length, s.valid[op] === 1 || op === 0xfe);
            const base = s.baseGas[op];
            this.write(p, BigInt(Number.isNaN(base) ? 0 : base));
        }
        else {
            this.write(p, p.gas - (f.reserve === 0n ? BigInt(gas) : BigInt(gas) + f.reserve));
        }
        if (f.depth === 0) {
            this.rootOutput = f.output;
            this.rootError = p.line.error;
        }
    }
    /**
     * The transaction's summary line, after its execution: `executionGas` is its gas limit minus
     * the intrinsic gas; `isCreate` for a creation transaction.
     */
    summary(executionGas, isCreate) {
        const evm = this.evm;
        const status = evm.outStatus;
        const output = isCreate && isSuccess(status) ? (this.rootOutput ?? new Uint8Array(0)) : evm.outOutput;
        const line = { output: bytesHex(output), gasUsed: hex(executionGas - evm.outGasLeft) };
        if (!isSuccess(status))
            line.error = this.rootError ?? errorText(STATUS_NAMES[status], 0, 0, true);
        this.sink(line);
    }
    write(p, cost) {
        p.line.gasCost = hex(cost);
        this.sink(p.line);
    }
}
//# sourceMappingURL=parevmTracer.js.map