import { EVMError } from '@ethereumjs/evm';
import { errorText, opName, stackCheck } from './errors.js';
import { bytesHex, hex } from './types.js';
const CALLS = new Set([0xf1, 0xf2, 0xf4, 0xfa]);
const CREATES = new Set([0xf0, 0xf5]);
/** Opcodes that end a frame (after them, no implicit STOP at the code's end). */
const HALTING = new Set([0x00, 0xf3, 0xfd, 0xfe, 0xff]);
/** Failures of a creation after its code returned: not the failure of an opcode. */
const DEPOSIT_ERRORS = new Set(['CODESTORE_OUT_OF_GAS', 'CODESIZE_EXCEEDS_MAXIMUM', 'INVALID_BYTECODE_RESULT']);
/** `@ethereumjs/evm` error message → its key (= parevm's `Status` name). */
const ERROR_KEYS = new Map(Object.entries(EVMError.errorMessages).map(([k, v]) => [v, k]));
/** The key of a reference error message; some carry a location (`invalid JUMP at …`). */
function errorKeyOf(message) {
    return ERROR_KEYS.get(message) ?? ERROR_KEYS.get(message.split(' at ')[0]) ?? message;
}
/**
 * EIP-3155 lines from the reference EVM (`@ethereumjs/evm`), from its `step`, `beforeMessage`
 * and `afterMessage` events, made to read as parevm's and geth's: the opcode byte from the code
 * (the reference names undefined opcodes INVALID), the implicit STOP at the code's end (which the
 * reference does not step), CALL costs with the forwarded gas, and the error on the opcode that
 * halted its frame. {@link attach} before the transaction, {@link detach} after it.
 */
export class ReferenceTracer {
    vm;
    sink;
    frames = [];
    pending = undefined;
    tangerineWhistle;
    constructor(vm, sink) {
        this.vm = vm;
        this.sink = sink;
        this.tangerineWhistle = vm.common.gteHardfork('tangerineWhistle');
    }
    attach() {
        const events = this.vm.evm.events;
        events.on('step', this.onStep);
        events.on('beforeMessage', this.onBefore);
        events.on('afterMessage', this.onAfter);
    }
    detach() {
        const events = this.vm.evm.events;
        events.off('step', this.onStep);
        events.off('beforeMessage', this.onBefore);
        events.off('afterMessage', this.onAfter);
    }
    onBefore = (message) => {
        this.frames.push({ message, depth: this.frames.length, lastOp: -1, refund: this.frames.at(-1)?.refund ?? 0n });
    };
    onStep = (ev) => {
        const p = this.pending;
        if (p !== undefined)
            this.write(p, p.cost ?? p.gas - ev.gasLeft);
        const frame = this.frames.at(-1);
        const code = frame.message.code;
        const op = code[ev.pc] ?? 0;
        frame.lastOp = op;
        // The reference's SSTORE gas rule updates the refund before the step is reported.
        const refund = op === 0x55 ? frame.refund : ev.gasRefund;
        frame.refund = ev.gasRefund;
        const defined = ev.opcode.name !== 'INVALID' || op === 0xfe;
        const stack = ev.stack.map(hex);
        const dynamicFee = ev.opcode.dynamicFee ?? BigInt(ev.opcode.fee);
        let cost;
        if (CALLS.has(op) && stack.length >= 1)
            cost = dynamicFee + this.forwarded(ev.gasLeft - dynamicFee, ev.stack.at(-1));
        else if (CREATES.has(op))
            cost = dynamicFee;
        this.pending = {
            line: {
                pc: ev.pc,
                op,
                gas: hex(ev.gasLeft),
                gasCost: '',
                memSize: Number(ev.memoryWordCount) * 32,
                stack,
                depth: frame.depth + 1,
                refund: Number(refund),
                opName: opName(op, defined),
            },
            frame,
            gas: ev.gasLeft,
            cost,
            fee: ev.opcode.fee,
            dynamicFee,
            defined,
            stackError: defined ? stackCheck(op, stack.length) : undefined,
        };
    };
    onAfter = (result) => {
        const frame = this.frames.pop();
        const r = result.execResult;
        const message = r.exceptionError?.error;
        const errorKey = message === undefined ? undefined : errorKeyOf(message);
        const parent = this.frames.at(-1);
        // A child's refunds stand when it succeeds (and are dropped with it otherwise).
        if (parent !== undefined && errorKey === undefined)
            parent.refund = r.gasRefund ?? parent.refund;
        const end = r.runState;
        let stepErrorText;
        if (end !== undefined && frame.lastOp !== -1) {
            const p = this.pending;
            if (p !== undefined && p.frame === frame) {
                this.pending = undefined;
                const stepError = p.stackError ?? (errorKey !== undefined && this.isStepError(errorKey, p, end) ? errorKey : undefined);
                if (stepError !== undefined) {
                    stepErrorText = errorText(stepError, p.line.op, p.line.stack.length, p.defined);
                    p.line.error = stepErrorText;
                    this.write(p, BigInt(p.fee));
                }
                else
                    this.write(p, p.cost ?? p.gas - end.gasLeft);
            }
            const clean = errorKey === undefined || DEPOSIT_ERRORS.has(errorKey);
            if (stepErrorText === undefined && clean && !HALTING.has(frame.lastOp))
                this.implicitStop(frame, end, r.gasRefund ?? 0n);
        }
        if (frame.depth === 0) {
            const line = { output: bytesHex(r.returnValue), gasUsed: hex(r.executionGasUsed) };
            if (errorKey !== undefined)
                line.error = stepErrorText ?? errorText(errorKey, 0, 0, true);
            this.sink(line);
        }
    };
    /** Gas a call forwards (EIP-150: all but one 64th of what is left after its charge, at most the request). */
    forwarded(available, requested) {
        if (!this.tangerineWhistle || available < 0n)
            return requested;
        const cap = available - available / 64n;
        return requested < cap ? requested : cap;
    }
    /**
     * Whether the frame's error `key` is the failure of its last opcode `p`: not a REVERT, nor a
     * creation's code deposit after a RETURN that ran (its data is then the frame's return value).
     */
    isStepError(key, p, end) {
        if (key === 'REVERT' || DEPOSIT_ERRORS.has(key))
            return false;
        return !(p.line.op === 0xf3 && end.returnValue !== undefined);
    }
    /** The STOP geth steps when the code runs out; the reference ends the frame without a step. */
    implicitStop(frame, end, refund) {
        this.sink({
            pc: end.programCounter,
            op: 0,
            gas: hex(end.gasLeft),
            gasCost: '0x0',
            memSize: Number(end.memoryWordCount) * 32,
            stack: end.stack.getStack().map(hex),
            depth: frame.depth + 1,
            refund: Number(refund),
            opName: 'STOP',
        });
    }
    write(p, cost) {
        p.line.gasCost = hex(cost);
        this.sink(p.line);
    }
}
//# sourceMappingURL=referenceTracer.js.map