import type { Evm } from '../evm.js';
import { type Frame } from '../frames/frame.js';
/**
 * Runs `root` (a frame prepared by `beginCall`/`beginCreate`) and every frame it calls, to
 * completion; the outcome is in `evm.out*`. Frames do not recurse on the JS stack: a CALL or
 * CREATE saves the running frame's registers and switches to the child, whose halt resumes the
 * parent, so depth 1024 costs no JS stack.
 *
 * The hot loop keeps the program counter, stack pointer and gas in locals and dispatches with a
 * switch. Before dispatch one table lookup each checks the stack (underflow, overflow: the
 * instruction table), the opcode's validity and its base gas (the fork's schedule); opcodes
 * then do only their own work. Opcodes touching state, memory copies, calls and creations live
 * in `host.ts` / `frames/calls.ts` and see the frame's synced registers.
 */
export declare function run(evm: Evm, root: Frame): void;
