import { KECCAK256_NULL, KECCAK256_RLP, bytesToHex } from '@ethereumjs/util';
import { EMPTY_ACCOUNT, codeHashHexOf, withBalance } from '../../state/stateManager.js';
import type { Evm } from '../evm.js';
import { analyze } from '../interpreter/analysis.js';
import { DESIGNATOR_LENGTH, delegationTarget } from './delegation.js';
import { keccak256 } from '../keccak.js';
import { MAX_U256, addressToBytes, bytesToAddress } from '../words.js';
import { EMPTY_BYTES, type Frame, Kind, Status, gasLeft, isExceptional, isSuccess, setGas } from './frame.js';

/**
 * Message calls and contract creations: entering a frame (journal checkpoint, value transfer,
 * code loading, precompiles, EIP-7610 collision, EIP-161 nonce) and leaving it (code deposit,
 * EIP-170/3541, commit or revert). The order of every state effect — which accounts are written
 * and touched, and when — follows `@ethereumjs/evm` (`runCall`, `_executeCall`, `_executeCreate`,
 * `Interpreter.create`), so that the block's state changes are the reference engine's.
 *
 * A message that completes without running code (no code, a precompile, an early failure)
 * returns null with its outcome in `evm.out*`; otherwise the frame to run is returned, and
 * {@link endCall} / {@link endCreate} set `evm.out*` when it halts.
 */

const NULL_HASH_HEX = bytesToHex(KECCAK256_NULL);

function out(evm: Evm, status: number, gas: bigint, output: Uint8Array, address: string): null {
  evm.outStatus = status;
  evm.outGasLeft = gas;
  evm.outOutput = output;
  evm.outAddress = address;
  return null;
}

/** Prepares pooled frame `depth` to run `analysis`' code; its stack and memory follow `parent`'s. */
function enterFrame(evm: Evm, parent: Frame | null, depth: number, gasLimit: bigint): Frame {
  const f = evm.frameAt(depth);
  f.pc = 0;
  f.stackBase = parent === null ? 0 : parent.sp;
  f.sp = f.stackBase;
  f.memBase = parent === null ? 0 : parent.memBase + parent.memSize;
  f.memSize = 0;
  f.memCost = 0;
  setGas(f, gasLimit);
  f.returnData = EMPTY_BYTES;
  f.retOffset = 0;
  f.retLength = 0;
  f.status = Status.RUNNING;
  f.output = EMPTY_BYTES;
  f.createAddress = '';
  evm.ensureStack(f.stackBase + evm.schedule.stackLimit + 1);
  return f;
}

/**
 * Starts a message call (CALL, CALLCODE, DELEGATECALL, STATICCALL, or a transaction to `to`).
 * `caller`/`to` are the accounts value moves between (not under DELEGATECALL); the frame runs
 * `codeAddress`'s code as `to`, seeing `frameCaller` and `frameValue` (the parent's under
 * DELEGATECALL).
 */
export function beginCall(
  evm: Evm,
  parent: Frame | null,
  depth: number,
  kind: number,
  caller: string,
  to: string,
  codeAddress: string,
  value: bigint,
  input: Uint8Array,
  gasLimit: bigint,
  isStatic: boolean,
  frameCaller: string,
  frameCallerWord: bigint,
  frameValue: bigint,
): Frame | null {
  const j = evm.journal;
  const sm = evm.sm;
  j.checkpoint();
  let failure = 0;
  if (kind !== Kind.DELEGATECALL) {
    // A write that changes nothing (no value, the account exists) is left out: only the touch
    // (EIP-161) and the creation of a missing account are effects.
    const from = sm.readAccount(caller);
    const fromBalance = (from?.balance ?? 0n) - value;
    if (fromBalance < 0n) failure = Status.INSUFFICIENT_BALANCE;
    else {
      if (value !== 0n || from === null) sm.writeAccount(caller, withBalance(from, fromBalance));
      j.touch(caller);
    }
    const dest = sm.readAccount(to);
    const destBalance = (dest?.balance ?? 0n) + value;
    if (value !== 0n) evm.balanceObserver?.balanceCredit(to, destBalance);
    if (destBalance > MAX_U256) failure = Status.VALUE_OVERFLOW;
    else {
      if (value !== 0n || dest === null) sm.writeAccount(to, withBalance(dest, destBalance));
      j.touch(to);
    }
  }
  const precompile = evm.precompiles.get(codeAddress);
  if (precompile !== undefined) {
    if (failure !== 0) {
      j.revert();
      return out(evm, failure, gasLimit, EMPTY_BYTES, '');
    }
    const r = precompile(input, gasLimit);
    if (r.failed) {
      j.revert();
      return out(evm, Status.PRECOMPILE_ERROR, 0n, EMPTY_BYTES, '');
    }
    j.commit();
    return out(evm, Status.RETURN, gasLimit - r.gasUsed, r.output, '');
  }
  const account = sm.readAccount(codeAddress);
  let hash = account === null ? NULL_HASH_HEX : codeHashHexOf(account);
  let code = hash === NULL_HASH_HEX ? EMPTY_BYTES : sm.codeByHash(hash, codeAddress);
  if (evm.schedule.eip7702 && code.length === DESIGNATOR_LENGTH) {
    // EIP-7702: a delegated account runs its delegate's code (warm from the transaction's call on;
    // an opcode's call paid for the delegate's access already).
    const target = delegationTarget(code);
    if (target !== undefined) {
      if (depth === 0) j.warmAddress(target);
      const delegate = sm.readAccount(target);
      hash = delegate === null ? NULL_HASH_HEX : codeHashHexOf(delegate);
      code = hash === NULL_HASH_HEX ? EMPTY_BYTES : sm.codeByHash(hash, target);
    }
  }
  if (failure !== 0) {
    j.revert();
    return out(evm, failure, gasLimit, EMPTY_BYTES, '');
  }
  if (code.length === 0) {
    j.commit();
    return out(evm, Status.STOP, gasLimit, EMPTY_BYTES, '');
  }
  const f = enterFrame(evm, parent, depth, gasLimit);
  f.kind = kind;
  f.isCreate = false;
  f.isStatic = isStatic;
  f.address = to;
  f.addressWord = BigInt(to);
  f.caller = frameCaller;
  f.callerWord = frameCallerWord;
  f.codeAddress = codeAddress;
  f.value = frameValue;
  f.input = input;
  f.analysis = evm.analyses.get(hash, code);
  f.warmSlots = j.warmSlots(to);
  f.originals = j.originals(to);
  return f;
}

/** Ends a call frame that halted with `f.status` (and `f.output`): commit or revert; sets `evm.out*`. */
export function endCall(evm: Evm, f: Frame): void {
  const s = f.status;
  if (isSuccess(s)) {
    evm.journal.commit();
    out(evm, s, gasLeft(f), f.output, '');
  } else if (s === Status.REVERT) {
    evm.journal.revert();
    out(evm, s, gasLeft(f), f.output, '');
  } else {
    evm.journal.revert();
    out(evm, s, 0n, EMPTY_BYTES, '');
  }
  evm.mem.fill(0, f.memBase, f.memBase + f.memSize);
}

/** The address of a CREATE by `caller` whose nonce (before the creation's increment) is `nonce`. */
export function createAddress(caller: string, nonce: bigint): string {
  return bytesToAddress(keccak256(rlpAddressNonce(addressToBytes(caller), nonce)).subarray(12));
}

/** The address of a CREATE2 (EIP-1014): keccak256(0xff ++ caller ++ salt ++ keccak256(initcode))[12:]. */
export function create2Address(caller: string, salt: bigint, initcode: Uint8Array): string {
  const buf = new Uint8Array(85);
  buf[0] = 0xff;
  buf.set(addressToBytes(caller), 1);
  const dv = new DataView(buf.buffer);
  dv.setBigUint64(21, salt >> 192n);
  dv.setBigUint64(29, salt >> 128n);
  dv.setBigUint64(37, salt >> 64n);
  dv.setBigUint64(45, salt);
  buf.set(keccak256(initcode), 53);
  return bytesToAddress(keccak256(buf).subarray(12));
}

/** RLP([address, nonce]) (Yellow Paper §7, eq. 88). */
function rlpAddressNonce(address: Uint8Array, nonce: bigint): Uint8Array {
  const n: number[] = [];
  for (let v = nonce; v > 0n; v >>= 8n) n.unshift(Number(v & 0xffn));
  const nonceEnc = n.length === 1 && n[0]! < 0x80 ? n : [0x80 + n.length, ...n];
  const payload = 21 + nonceEnc.length;
  const out = new Uint8Array(1 + payload);
  out[0] = 0xc0 + payload;
  out[1] = 0x94;
  out.set(address, 2);
  out.set(nonceEnc, 22);
  return out;
}

/**
 * Starts a contract creation by `caller` (CREATE/CREATE2 opcode after its nonce increment, or a
 * creation transaction after the sender's). `salt` is set for CREATE2.
 */
export function beginCreate(
  evm: Evm,
  parent: Frame | null,
  depth: number,
  kind: number,
  caller: string,
  callerWord: bigint,
  value: bigint,
  initcode: Uint8Array,
  gasLimit: bigint,
  salt: bigint | undefined,
): Frame | null {
  const j = evm.journal;
  const sm = evm.sm;
  const s = evm.schedule;
  const callerAccount = sm.readAccount(caller);
  const address = salt === undefined ? createAddress(caller, (callerAccount?.nonce ?? 0n) - 1n) : create2Address(caller, salt, initcode);
  // EIP-2929: the new address is warm for the rest of the transaction, even if this creation fails.
  if (s.eip2929) j.warmAddress(address);
  j.checkpoint();
  const fromBalance = (callerAccount?.balance ?? 0n) - value;
  // Unreachable: the opcode and the transaction checks ensure the balance (the reference throws too).
  if (fromBalance < 0n) throw new Error(`creation by ${caller}: balance below the value ${value}`);
  sm.writeAccount(caller, withBalance(callerAccount, fromBalance));
  j.touch(caller);
  if (s.maxInitCodeSize > 0 && initcode.length > s.maxInitCodeSize) {
    j.revert();
    return out(evm, Status.INITCODE_SIZE_VIOLATION, 0n, EMPTY_BYTES, '');
  }
  if (s.eip6780) j.addCreated(address);
  const existing = sm.readAccount(address);
  if (existing !== null && (existing.nonce > 0n || codeHashHexOf(existing) !== NULL_HASH_HEX || bytesToHex(existing.storageRoot) !== KECCAK256_RLP_HEX)) {
    j.revert();
    return out(evm, Status.CREATE_COLLISION, 0n, EMPTY_BYTES, address);
  }
  sm.writeAccount(address, existing ?? EMPTY_ACCOUNT);
  j.touch(address);
  sm.clearStorageNow(address);
  const fresh = sm.readAccount(address)!;
  const balance = fresh.balance + value;
  if (balance > MAX_U256) {
    j.revert();
    return out(evm, Status.VALUE_OVERFLOW, gasLimit, EMPTY_BYTES, address);
  }
  sm.writeAccount(address, {
    nonce: s.spuriousDragon ? fresh.nonce + 1n : fresh.nonce,
    balance,
    codeHash: fresh.codeHash,
    storageRoot: fresh.storageRoot,
    codeHashHex: fresh.codeHashHex,
  });
  j.touch(address);
  if (initcode.length === 0) {
    j.commit();
    return out(evm, Status.STOP, gasLimit, EMPTY_BYTES, address);
  }
  const f = enterFrame(evm, parent, depth, gasLimit);
  f.kind = kind;
  f.isCreate = true;
  f.isStatic = false;
  f.address = address;
  f.addressWord = BigInt(address);
  f.caller = caller;
  f.callerWord = callerWord;
  f.codeAddress = address;
  f.value = value;
  f.input = EMPTY_BYTES;
  f.analysis = analyze(initcode);
  f.warmSlots = j.warmSlots(address);
  f.originals = j.originals(address);
  f.createAddress = address;
  return f;
}

const KECCAK256_RLP_HEX = bytesToHex(KECCAK256_RLP);

/**
 * Ends a creation frame: charges the code deposit (200 gas a byte), enforces EIP-170's size
 * limit and EIP-3541's 0xEF rule, stores the code, then commits or reverts; sets `evm.out*`.
 * Frontier: a deposit that cannot be paid leaves the account without code and the creation
 * stands (CODESTORE_OUT_OF_GAS).
 */
export function endCreate(evm: Evm, f: Frame): void {
  const s = evm.schedule;
  const limit = f.gasLimit;
  let status = f.status;
  let output = f.output;
  let used = isExceptional(status) ? limit : limit - gasLeft(f);
  let depositFee = 0n;
  let total = used;
  if (isSuccess(status)) {
    depositFee = BigInt(output.length) * BigInt(s.createDataGas);
    total += depositFee;
  }
  const sizeAllowed = !(isSuccess(status) && s.maxCodeSize > 0 && output.length > s.maxCodeSize);
  if (total <= limit && sizeAllowed) {
    // As the reference: the 0xEF check looks at the returned bytes whatever the outcome (also a
    // REVERT's data), and then fails the creation with all its gas.
    if (s.eip3541 && output.length > 0 && output[0] === 0xef) {
      status = Status.INVALID_BYTECODE_RESULT;
      used = limit;
      output = EMPTY_BYTES;
    } else {
      used = total;
    }
  } else if (s.homestead) {
    status = sizeAllowed ? Status.OUT_OF_GAS : Status.CODESIZE_EXCEEDS_MAXIMUM;
    used = limit;
    output = EMPTY_BYTES;
  } else if (total - depositFee <= limit) {
    status = Status.CODESTORE_OUT_OF_GAS;
    used = total - depositFee;
    output = EMPTY_BYTES;
  } else {
    status = Status.OUT_OF_GAS;
    used = limit;
    output = EMPTY_BYTES;
  }
  const address = f.createAddress;
  if (isSuccess(status) && output.length > 0) {
    evm.sm.writeCode(address, output, keccak256(output));
  } else if (status === Status.CODESTORE_OUT_OF_GAS) {
    evm.sm.writeAccount(address, evm.sm.readAccount(address) ?? EMPTY_ACCOUNT);
    evm.journal.touch(address);
  }
  if (isSuccess(status) || status === Status.CODESTORE_OUT_OF_GAS) evm.journal.commit();
  else evm.journal.revert();
  out(evm, status, limit - used, status === Status.REVERT ? output : EMPTY_BYTES, address);
  evm.mem.fill(0, f.memBase, f.memBase + f.memSize);
}
