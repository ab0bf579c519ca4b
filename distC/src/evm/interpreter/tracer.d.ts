import type { Frame } from '../frames/frame.js';
/**
 * What the interpreter tells a tracer (`evm.tracer`), in execution order. Gas values are the
 * frame's gas left as the interpreter holds it: `gas` is the number part, exact together with
 * `f.reserve` (see `Frame.gas`). Unset (`undefined`), the interpreter pays one well-predicted
 * check per opcode and nothing else.
 */
export interface InterpreterTracer {
    /**
     * Before opcode `op` at `pc` of frame `f` runs: the frame's stack is `evm.stack[f.stackBase,
     * sp)`, its memory size `f.memSize` bytes, its gas `gas` (+ `f.reserve`).
     */
    step(f: Frame, pc: number, op: number, sp: number, gas: number): void;
    /**
     * CALL-family or CREATE opcode of `f` has charged its own gas (base, memory, access, value,
     * new account; CREATE's initcode words) and, for a call, taken the gas it forwards (without
     * the stipend): `gasLeft(f)` is the frame's gas now.
     */
    charged(f: Frame): void;
    /** Frame `f` halted with `status` (a `Status`, before any code-deposit outcome) and `gas` left. */
    halt(f: Frame, status: number, gas: number): void;
}
