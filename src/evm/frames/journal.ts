import { clearIfAny } from '../../state/clearIfAny.js';
import type { BlockStateManager } from '../../state/stateManager.js';

/** RIPEMD-160 precompile: stays touched when the frame that touched it reverts (mainnet block 2,675,119; EIP-716). */
export const RIPEMD160_ADDRESS = '0x0000000000000000000000000000000000000003';

const K_WARM_ADDRESS = 0;
const K_WARM_SLOT = 1;
const K_TRANSIENT = 2;
const K_TOUCH = 3;
const K_SELFDESTRUCT = 4;
const K_CREATED = 5;

/** One log of the transaction being executed (the address is lowercase `0x` hex). */
export interface EvmLog {
  address: string;
  topics: bigint[];
  data: Uint8Array;
  /** Where `Evm.topicBloomBits` holds its topics' bloom bits (`TopicBloomBits.offer`); -1: nowhere. */
  bloomAt: number;
}

/**
 * The transaction's substate (Yellow Paper §6.1) over the block's {@link BlockStateManager}:
 * EIP-2929 warm addresses and slots, EIP-1153 transient storage, the touched set (EIP-161),
 * self-destructs, the addresses created in this transaction (EIP-6780), logs and the refund
 * counter, plus the original (transaction-start) value of each written slot (EIP-2200/3529).
 *
 * `checkpoint()` opens a frame on both this journal and the state manager's; `revert()` undoes
 * both exactly (warm entries, transient writes, touches — except RIPEMD-160's — self-destructs,
 * creations, logs and the refund counter); `commit()` keeps them. Entries are kept in parallel
 * arrays, so journaling allocates nothing per entry.
 */
export class Journal {
  readonly warmAddresses = new Set<string>();
  private readonly warmSlotSets = new Map<string, Set<bigint>>();
  private readonly transient = new Map<string, Map<bigint, bigint>>();
  private readonly originalMaps = new Map<string, Map<bigint, bigint>>();
  readonly touched = new Set<string>();
  readonly selfdestructs = new Set<string>();
  readonly created = new Set<string>();
  logs: EvmLog[] = [];
  refund = 0;

  private kinds: number[] = [];
  private addrs: string[] = [];
  private slots: bigint[] = [];
  private prevs: (bigint | undefined)[] = [];
  private size = 0;
  /** Open checkpoints: journal size, logs length, refund. */
  private cpSize: number[] = [];
  private cpLogs: number[] = [];
  private cpRefund: number[] = [];

  /**
   * @param alwaysWarm - addresses warm in every transaction without being added (EIP-2929's
   *   precompiles): inserting the 17 of Prague at each transaction's start, into a set cleared
   *   per transaction (a fresh table, grown four times), cost more than a plain transfer's EVM
   *   work besides it.
   */
  constructor(
    public sm: BlockStateManager,
    private readonly alwaysWarm: ReadonlySet<string> = new Set(),
  ) {}

  /** Starts a transaction: empties the substate (the state manager keeps its writes). */
  reset(): void {
    clearIfAny(this.warmAddresses);
    clearIfAny(this.warmSlotSets);
    clearIfAny(this.transient);
    clearIfAny(this.originalMaps);
    clearIfAny(this.touched);
    clearIfAny(this.selfdestructs);
    clearIfAny(this.created);
    this.logs = [];
    this.refund = 0;
    this.size = 0;
    // A transaction that journaled millions of entries (TSTORE loops) does not keep them alive.
    if (this.kinds.length > 1 << 16) {
      this.kinds = [];
      this.addrs = [];
      this.slots = [];
      this.prevs = [];
    }
    this.cpSize.length = 0;
    this.cpLogs.length = 0;
    this.cpRefund.length = 0;
  }

  get depth(): number {
    return this.cpSize.length;
  }

  private push(kind: number, addr: string, slot: bigint, prev: bigint | undefined): void {
    const i = this.size++;
    if (i < this.kinds.length) {
      this.kinds[i] = kind;
      this.addrs[i] = addr;
      this.slots[i] = slot;
      this.prevs[i] = prev;
    } else {
      this.kinds.push(kind);
      this.addrs.push(addr);
      this.slots.push(slot);
      this.prevs.push(prev);
    }
  }

  checkpoint(): void {
    this.cpSize.push(this.size);
    this.cpLogs.push(this.logs.length);
    this.cpRefund.push(this.refund);
    this.sm.checkpointNow();
  }

  commit(): void {
    this.cpSize.pop();
    this.cpLogs.pop();
    this.cpRefund.pop();
    if (this.cpSize.length === 0) this.size = 0;
    this.sm.commitNow();
  }

  revert(): void {
    const to = this.cpSize.pop()!;
    this.logs.length = this.cpLogs.pop()!;
    this.refund = this.cpRefund.pop()!;
    for (let i = this.size - 1; i >= to; i--) {
      const addr = this.addrs[i]!;
      switch (this.kinds[i]) {
        case K_WARM_ADDRESS:
          this.warmAddresses.delete(addr);
          break;
        case K_WARM_SLOT:
          this.warmSlotSets.get(addr)!.delete(this.slots[i]!);
          break;
        case K_TRANSIENT: {
          const prev = this.prevs[i];
          const m = this.transient.get(addr)!;
          if (prev === undefined) m.delete(this.slots[i]!);
          else m.set(this.slots[i]!, prev);
          break;
        }
        case K_TOUCH:
          if (addr !== RIPEMD160_ADDRESS) this.touched.delete(addr);
          break;
        case K_SELFDESTRUCT:
          this.selfdestructs.delete(addr);
          break;
        case K_CREATED:
          this.created.delete(addr);
          break;
      }
    }
    this.size = to;
    this.sm.revertNow();
  }

  // --- EIP-2929 --------------------------------------------------------------------------------
  /** Marks `address` warm; returns whether it was cold. Journaled inside a checkpoint. */
  warmAddress(address: string): boolean {
    if (this.warmAddresses.has(address) || this.alwaysWarm.has(address)) return false;
    this.warmAddresses.add(address);
    if (this.cpSize.length) this.push(K_WARM_ADDRESS, address, 0n, undefined);
    return true;
  }

  /** The set of warm slots of `address` (the same object for the whole transaction). */
  warmSlots(address: string): Set<bigint> {
    let s = this.warmSlotSets.get(address);
    if (s === undefined) this.warmSlotSets.set(address, (s = new Set()));
    return s;
  }

  /** Marks `slot` of `address` (whose warm set is `set`) warm. Journaled inside a checkpoint. */
  warmSlot(address: string, set: Set<bigint>, slot: bigint): void {
    set.add(slot);
    if (this.cpSize.length) this.push(K_WARM_SLOT, address, slot, undefined);
  }

  // --- EIP-2200 original values ------------------------------------------------------------------
  /** Transaction-start values of the slots of `address` written so far (the same object all along). */
  originals(address: string): Map<bigint, bigint> {
    let m = this.originalMaps.get(address);
    if (m === undefined) this.originalMaps.set(address, (m = new Map()));
    return m;
  }

  // --- EIP-1153 --------------------------------------------------------------------------------
  tload(address: string, slot: bigint): bigint {
    return this.transient.get(address)?.get(slot) ?? 0n;
  }

  tstore(address: string, slot: bigint, value: bigint): void {
    let m = this.transient.get(address);
    if (m === undefined) this.transient.set(address, (m = new Map()));
    this.push(K_TRANSIENT, address, slot, m.get(slot));
    m.set(slot, value);
  }

  // --- EIP-161 touch, self-destructs, creations --------------------------------------------------
  touch(address: string): void {
    if (this.touched.has(address)) return;
    this.touched.add(address);
    if (this.cpSize.length) this.push(K_TOUCH, address, 0n, undefined);
  }

  addSelfdestruct(address: string): void {
    if (this.selfdestructs.has(address)) return;
    this.selfdestructs.add(address);
    this.push(K_SELFDESTRUCT, address, 0n, undefined);
  }

  addCreated(address: string): void {
    if (this.created.has(address)) return;
    this.created.add(address);
    this.push(K_CREATED, address, 0n, undefined);
  }
}
