import type { VM } from '@ethereumjs/vm';
import { type TraceSink } from './types.js';
/**
 * EIP-3155 lines from the reference EVM (`@ethereumjs/evm`), from its `step`, `beforeMessage`
 * and `afterMessage` events, made to read as parevm's and geth's: the opcode byte from the code
 * (the reference names undefined opcodes INVALID), the implicit STOP at the code's end (which the
 * reference does not step), CALL costs with the forwarded gas, and the error on the opcode that
 * halted its frame. {@link attach} before the transaction, {@link detach} after it.
 */
export declare class ReferenceTracer {
    private readonly vm;
    private readonly sink;
    private readonly frames;
    private pending;
    private readonly tangerineWhistle;
    constructor(vm: VM, sink: TraceSink);
    attach(): void;
    detach(): void;
    private readonly onBefore;
    private readonly onStep;
    private readonly onAfter;
    /** Gas a call forwards (EIP-150: all but one 64th of what is left after its charge, at most the request). */
    private forwarded;
    /**
     * Whether the frame's error `key` is the failure of its last opcode `p`: not a REVERT, nor a
     * creation's code deposit after a RETURN that ran (its data is then the frame's return value).
     */
    private isStepError;
    /** The STOP geth steps when the code runs out; the reference ends the frame without a step. */
    private implicitStop;
    private write;
}
