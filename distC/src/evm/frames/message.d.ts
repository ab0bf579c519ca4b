import type { Evm } from '../evm.js';
import { type Frame } from './frame.js';
/**
 * Starts a message call (CALL, CALLCODE, DELEGATECALL, STATICCALL, or a transaction to `to`).
 * `caller`/`to` are the accounts value moves between (not under DELEGATECALL); the frame runs
 * `codeAddress`'s code as `to`, seeing `frameCaller` and `frameValue` (the parent's under
 * DELEGATECALL).
 */
export declare function beginCall(evm: Evm, parent: Frame | null, depth: number, kind: number, caller: string, to: string, codeAddress: string, value: bigint, input: Uint8Array, gasLimit: bigint, isStatic: boolean, frameCaller: string, frameCallerWord: bigint, frameValue: bigint): Frame | null;
/** Ends a call frame that halted with `f.status` (and `f.output`): commit or revert; sets `evm.out*`. */
export declare function endCall(evm: Evm, f: Frame): void;
/** The address of a CREATE by `caller` whose nonce (before the creation's increment) is `nonce`. */
export declare function createAddress(caller: string, nonce: bigint): string;
/** The address of a CREATE2 (EIP-1014): keccak256(0xff ++ caller ++ salt ++ keccak256(initcode))[12:]. */
export declare function create2Address(caller: string, salt: bigint, initcode: Uint8Array): string;
/**
 * Starts a contract creation by `caller` (CREATE/CREATE2 opcode after its nonce increment, or a
 * creation transaction after the sender's). `salt` is set for CREATE2.
 */
export declare function beginCreate(evm: Evm, parent: Frame | null, depth: number, kind: number, caller: string, callerWord: bigint, value: bigint, initcode: Uint8Array, gasLimit: bigint, salt: bigint | undefined): Frame | null;
/**
 * Ends a creation frame: charges the code deposit (200 gas a byte), enforces EIP-170's size
 * limit and EIP-3541's 0xEF rule, stores the code, then commits or reverts; sets `evm.out*`.
 * Frontier: a deposit that cannot be paid leaves the account without code and the creation
 * stands (CODESTORE_OUT_OF_GAS).
 */
export declare function endCreate(evm: Evm, f: Frame): void;
