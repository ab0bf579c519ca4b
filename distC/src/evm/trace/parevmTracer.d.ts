import type { Evm } from '../evm.js';
import { type Frame } from '../frames/frame.js';
import type { InterpreterTracer } from '../interpreter/tracer.js';
import { type TraceSink } from './types.js';
/**
 * EIP-3155 lines from parevm's interpreter (`evm.tracer`). A step is written once its cost is
 * known: at the next step (same frame, or the child a CALL/CREATE entered), or at its frame's
 * halt. One transaction per tracer: {@link ParevmTracer.summary} ends it.
 */
export declare class ParevmTracer implements InterpreterTracer {
    private readonly evm;
    private readonly sink;
    private pending;
    /** The transaction frame's output when it halted (a creation's code, before the deposit). */
    private rootOutput;
    /** The error of the transaction frame's halting step (the summary repeats it, as geth). */
    private rootError;
    constructor(evm: Evm, sink: TraceSink);
    step(f: Frame, pc: number, op: number, sp: number, gas: number): void;
    charged(f: Frame): void;
    halt(f: Frame, status: number, gas: number): void;
    /**
     * The transaction's summary line, after its execution: `executionGas` is its gas limit minus
     * the intrinsic gas; `isCreate` for a creation transaction.
     */
    summary(executionGas: bigint, isCreate: boolean): void;
    private write;
}
