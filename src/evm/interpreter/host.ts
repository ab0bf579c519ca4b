import { codeHashHexOf, isEmptyAccount, withBalance } from '../../state/stateManager.js';
import type { Evm } from '../evm.js';
import { type Frame, Status, chargeFromReserve } from '../frames/frame.js';
import { keccak256 } from '../keccak.js';
import { bytes32ToWord, wordToAddress, wordToBytes32 } from '../words.js';
import { copyPadded, regionEnd, useMemory } from './memory.js';

/**
 * Opcodes that read or write accounts, storage and logs. Each works on `f`'s stack (`f.sp`) and
 * gas (`f.gas`), which the interpreter syncs before the call and reloads after, and returns 0 or
 * the status of an exceptional halt. Gas rules follow `@ethereumjs/evm`'s dynamic gas handlers:
 * EIP-2929 access costs, EIP-2200/1283/Frontier SSTORE metering and refunds, EIP-150/161
 * new-account charges.
 */

/** `@ethereumjs/evm` treats code starting 0xEF00 as EOF everywhere: EXTCODESIZE 2, EXTCODECOPY "EF00", EXTCODEHASH keccak("EF00"). */
const EOF_MAGIC = new Uint8Array([0xef, 0x00]);
const EOF_HASH = bytes32ToWord(keccak256(EOF_MAGIC));

export const isEof = (code: Uint8Array): boolean => code.length >= 2 && code[0] === 0xef && code[1] === 0x00;

/** Charges `cost` to `f` (synced gas); false when out of gas. */
export function charge(f: Frame, cost: number): boolean {
  if (f.gas >= cost) {
    f.gas -= cost;
    return true;
  }
  return chargeFromReserve(f, cost);
}

/** EIP-2929 cost of accessing `address` (cold: warms it). 0 before Berlin. */
export function accessCost(evm: Evm, address: string): number {
  const s = evm.schedule;
  if (!s.eip2929) return 0;
  return evm.journal.warmAddress(address) ? s.coldAccountAccessGas : s.warmStorageReadGas;
}

/** Adds to the refund counter (negative amounts subtract); false when it would drop below zero. */
function refund(evm: Evm, amount: number): boolean {
  const r = evm.journal.refund + amount;
  if (r < 0) {
    evm.journal.refund = 0;
    return false;
  }
  evm.journal.refund = r;
  return true;
}

export function opSload(evm: Evm, f: Frame): number {
  const s = evm.schedule;
  const stack = evm.stack;
  const key = stack[f.sp - 1]!;
  if (s.eip2929) {
    let cost = s.warmStorageReadGas;
    if (!f.warmSlots.has(key)) {
      evm.journal.warmSlot(f.address, f.warmSlots, key);
      cost = s.coldSloadGas;
    }
    if (!charge(f, cost)) return Status.OUT_OF_GAS;
  }
  stack[f.sp - 1] = evm.sm.readStorage(f.address, key);
  return 0;
}

export function opSstore(evm: Evm, f: Frame): number {
  if (f.isStatic) return Status.STATIC_STATE_CHANGE;
  const s = evm.schedule;
  const stack = evm.stack;
  const key = stack[f.sp - 1]!;
  const value = stack[f.sp - 2]!;
  f.sp -= 2;
  const current = evm.sm.readStorage(f.address, key);
  let original = f.originals.get(key);
  if (original === undefined) {
    original = current;
    f.originals.set(key, current);
  }
  let cost: number;
  if (s.eip1283) {
    if (current === value) cost = s.netSstoreNoopGas;
    else if (original === current) {
      if (original === 0n) cost = s.netSstoreInitGas;
      else {
        if (value === 0n) refund(evm, s.netSstoreClearRefundGas);
        cost = s.netSstoreCleanGas;
      }
    } else {
      if (original !== 0n) {
        if (current === 0n) {
          if (!refund(evm, -s.netSstoreClearRefundGas)) return Status.REFUND_EXHAUSTED;
        } else if (value === 0n) refund(evm, s.netSstoreClearRefundGas);
      }
      if (original === value) refund(evm, original === 0n ? s.netSstoreResetClearRefundGas : s.netSstoreResetRefundGas);
      cost = s.netSstoreDirtyGas;
    }
  } else if (s.eip2200) {
    if (f.reserve === 0n && f.gas <= s.sstoreSentryGas) return Status.OUT_OF_GAS;
    const warm = s.eip2929 && f.warmSlots.has(key);
    if (current === value) cost = warm ? s.warmStorageReadGas : s.sstoreNoopGas;
    else if (original === current) {
      if (original === 0n) cost = s.sstoreInitGas;
      else {
        if (value === 0n) refund(evm, s.sstoreClearRefundGas);
        cost = s.sstoreCleanGas;
      }
    } else {
      if (original !== 0n) {
        if (current === 0n) {
          if (!refund(evm, -s.sstoreClearRefundGas)) return Status.REFUND_EXHAUSTED;
        } else if (value === 0n) refund(evm, s.sstoreClearRefundGas);
      }
      if (original === value) {
        if (original === 0n) refund(evm, warm ? s.sstoreInitGas - s.warmStorageReadGas : s.sstoreInitRefundGas);
        else refund(evm, warm ? s.sstoreResetGas - s.coldSloadGas - s.warmStorageReadGas : s.sstoreCleanRefundGas);
      }
      cost = s.sstoreDirtyGas;
    }
  } else if ((value === 0n && current === 0n) || (value !== 0n && current !== 0n)) {
    cost = s.sstoreResetGas;
  } else if (value === 0n) {
    refund(evm, s.sstoreRefundGas);
    cost = s.sstoreResetGas;
  } else {
    cost = s.sstoreSetGas;
  }
  if (s.eip2929 && !f.warmSlots.has(key)) {
    evm.journal.warmSlot(f.address, f.warmSlots, key);
    cost += s.coldSloadGas;
  }
  if (!charge(f, cost)) return Status.OUT_OF_GAS;
  evm.sm.writeStorage(f.address, key, value);
  return 0;
}

export function opBalance(evm: Evm, f: Frame): number {
  const stack = evm.stack;
  const address = wordToAddress(stack[f.sp - 1]!);
  if (!charge(f, accessCost(evm, address))) return Status.OUT_OF_GAS;
  evm.balanceObserver?.balanceRead(address);
  stack[f.sp - 1] = evm.sm.readAccount(address)?.balance ?? 0n;
  return 0;
}

export function opSelfBalance(evm: Evm, f: Frame): bigint {
  return evm.sm.readAccount(f.address)?.balance ?? 0n;
}

export function opExtCodeSize(evm: Evm, f: Frame): number {
  const stack = evm.stack;
  const address = wordToAddress(stack[f.sp - 1]!);
  if (!charge(f, accessCost(evm, address))) return Status.OUT_OF_GAS;
  const code = evm.sm.readCode(address);
  stack[f.sp - 1] = BigInt(isEof(code) ? EOF_MAGIC.length : code.length);
  return 0;
}

export function opExtCodeHash(evm: Evm, f: Frame): number {
  const stack = evm.stack;
  const address = wordToAddress(stack[f.sp - 1]!);
  if (!charge(f, accessCost(evm, address))) return Status.OUT_OF_GAS;
  const code = evm.sm.readCode(address);
  if (isEof(code)) {
    stack[f.sp - 1] = EOF_HASH;
    return 0;
  }
  const a = evm.sm.readAccount(address);
  stack[f.sp - 1] = a === null || isEmptyAccount(a) ? 0n : bytes32ToWord(a.codeHash);
  return 0;
}

export function opExtCodeCopy(evm: Evm, f: Frame): number {
  const stack = evm.stack;
  const address = wordToAddress(stack[f.sp - 1]!);
  const memOffset = stack[f.sp - 2]!;
  const codeOffset = stack[f.sp - 3]!;
  const length = stack[f.sp - 4]!;
  f.sp -= 4;
  const end = regionEnd(memOffset, length);
  if (!useMemory(evm, f, end)) return Status.OUT_OF_GAS;
  let cost = accessCost(evm, address);
  if (length !== 0n) cost += evm.schedule.copyGas * Math.ceil(Number(length) / 32);
  if (!charge(f, cost)) return Status.OUT_OF_GAS;
  if (length !== 0n) {
    let code = evm.sm.readCode(address);
    if (isEof(code)) code = EOF_MAGIC;
    copyPadded(evm.mem, f.memBase + Number(memOffset), code, codeOffset, Number(length));
  }
  return 0;
}

export function opBlockHash(evm: Evm, f: Frame): void {
  const stack = evm.stack;
  const n = stack[f.sp - 1]!;
  const diff = evm.block.number - n;
  stack[f.sp - 1] = diff > 256n || diff <= 0n ? 0n : evm.block.blockHash(n);
}

export function opSelfdestruct(evm: Evm, f: Frame): number {
  if (f.isStatic) return Status.STATIC_STATE_CHANGE;
  const s = evm.schedule;
  const sm = evm.sm;
  const j = evm.journal;
  const beneficiary = wordToAddress(evm.stack[--f.sp]!);
  const self = f.address;
  evm.balanceObserver?.balanceRead(self);
  const balance = sm.readAccount(self)?.balance ?? 0n;
  let cost = 0;
  if (s.spuriousDragon) {
    if (balance > 0n) {
      const b = sm.readAccount(beneficiary);
      if (b === null || isEmptyAccount(b)) cost += s.callNewAccountGas;
    }
  } else if (s.tangerineWhistle) {
    if (sm.readAccount(beneficiary) === null) cost += s.callNewAccountGas;
  }
  // EIP-2929: a cold beneficiary costs the cold access; a warm one costs nothing extra.
  if (s.eip2929 && j.warmAddress(beneficiary)) cost += s.coldAccountAccessGas;
  if (!charge(f, cost)) return Status.OUT_OF_GAS;
  if (!j.selfdestructs.has(self)) refund(evm, s.selfdestructRefundGas);
  j.addSelfdestruct(self);
  const toSelf = beneficiary === self;
  if (!toSelf) {
    const b = sm.readAccount(beneficiary);
    sm.writeAccount(beneficiary, withBalance(b, (b?.balance ?? 0n) + balance));
    j.touch(beneficiary);
  }
  // EIP-6780: only an account created in this transaction is emptied when it pays itself.
  if (!s.eip6780 || j.created.has(self) || !toSelf) sm.writeAccount(self, withBalance(sm.readAccount(self), 0n));
  return Status.SELFDESTRUCT;
}

export function opLog(evm: Evm, f: Frame, topics: number): number {
  if (f.isStatic) return Status.STATIC_STATE_CHANGE;
  const s = evm.schedule;
  const stack = evm.stack;
  const offset = stack[f.sp - 1]!;
  const length = stack[f.sp - 2]!;
  const end = regionEnd(offset, length);
  if (!useMemory(evm, f, end)) return Status.OUT_OF_GAS;
  // `length` is below 2^32 here (or 0): the memory expansion would have failed otherwise.
  if (!charge(f, s.logTopicGas * topics + s.logDataGas * Number(length))) return Status.OUT_OF_GAS;
  const t: bigint[] = new Array<bigint>(topics);
  for (let i = 0; i < topics; i++) t[i] = stack[f.sp - 3 - i]!;
  f.sp -= 2 + topics;
  const data = length === 0n ? new Uint8Array(0) : evm.mem.slice(f.memBase + Number(offset), f.memBase + end);
  const bloomAt = evm.topicBloomBits === undefined ? -1 : evm.topicBloomBits.offer(t);
  evm.journal.logs.push({ address: f.address, topics: t, data, bloomAt });
  return 0;
}

const KECCAK_MEMO_LIMIT = 1 << 16;
const latin1 = (b: Uint8Array, start: number, end: number): string =>
  (Buffer.prototype.latin1Slice as (this: Uint8Array, s: number, e: number) => string).call(b, start, end);

export function opKeccak(evm: Evm, f: Frame): number {
  const stack = evm.stack;
  const offset = stack[f.sp - 1]!;
  const length = stack[f.sp - 2]!;
  const end = regionEnd(offset, length);
  if (!useMemory(evm, f, end)) return Status.OUT_OF_GAS;
  const n = end === 0 ? 0 : Number(length);
  if (!charge(f, evm.schedule.keccakWordGas * Math.ceil(n / 32))) return Status.OUT_OF_GAS;
  f.sp--;
  const start = f.memBase + (n === 0 ? 0 : Number(offset));
  if (n > 128) {
    stack[f.sp - 1] = bytes32ToWord(keccak256(evm.mem.subarray(start, start + n)));
    return 0;
  }
  const key = latin1(evm.mem, start, start + n);
  const memo = evm.keccakMemo;
  let h = memo.get(key);
  if (h === undefined) {
    h = bytes32ToWord(keccak256(evm.mem.subarray(start, start + n)));
    if (memo.size >= KECCAK_MEMO_LIMIT) memo.clear();
    memo.set(key, h);
  }
  stack[f.sp - 1] = h;
  return 0;
}

/** CALLDATACOPY / CODECOPY / RETURNDATACOPY / MCOPY-free copies from `src` into memory. */
export function opCopy(evm: Evm, f: Frame, src: Uint8Array, checkBounds: boolean): number {
  const stack = evm.stack;
  const memOffset = stack[f.sp - 1]!;
  const srcOffset = stack[f.sp - 2]!;
  const length = stack[f.sp - 3]!;
  f.sp -= 3;
  // RETURNDATACOPY (EIP-211): reading past the return data is an exceptional halt.
  if (checkBounds && srcOffset + length > BigInt(src.length)) return Status.OUT_OF_GAS;
  const end = regionEnd(memOffset, length);
  if (!useMemory(evm, f, end)) return Status.OUT_OF_GAS;
  if (length === 0n) return 0;
  const n = Number(length);
  if (!charge(f, evm.schedule.copyGas * Math.ceil(n / 32))) return Status.OUT_OF_GAS;
  copyPadded(evm.mem, f.memBase + Number(memOffset), src, srcOffset, n);
  return 0;
}

export function opMcopy(evm: Evm, f: Frame): number {
  const stack = evm.stack;
  const dst = stack[f.sp - 1]!;
  const src = stack[f.sp - 2]!;
  const length = stack[f.sp - 3]!;
  f.sp -= 3;
  if (length === 0n) return 0;
  const srcEnd = regionEnd(src, length);
  const dstEnd = regionEnd(dst, length);
  if (srcEnd < 0 || dstEnd < 0) return useMemory(evm, f, -1) ? 0 : Status.OUT_OF_GAS;
  const n = Number(length);
  if (!charge(f, evm.schedule.copyGas * Math.ceil(n / 32))) return Status.OUT_OF_GAS;
  if (!useMemory(evm, f, Math.max(srcEnd, dstEnd))) return Status.OUT_OF_GAS;
  const base = f.memBase;
  evm.mem.copyWithin(base + Number(dst), base + Number(src), base + srcEnd);
  return 0;
}

/** The 32-byte big-endian encoding of a log topic or word, for receipts. */
export const topicBytes = wordToBytes32;
export { codeHashHexOf };
