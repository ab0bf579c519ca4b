/**
 * The exact dependency graph of a block: transaction j depends on transaction i < j when j reads
 * a location whose last writer before j is i. A read of a balance whose last writers are lazy
 * DELTA credits resolves through them down to the first absolute write (as `resolveBalance` in
 * `parallel/txView.ts` does), so it depends on every one of those writers.
 */
import type { BlockModel, LocationInfo } from './model.js';

/** A transaction's write to one location, as the version lists of MVMemory hold it. */
export interface Writer {
  tx: number;
  delta: boolean;
  /** Seeded ESTIMATE only (the transaction does not really write the location). */
  seededOnly: boolean;
  /** Seeded ESTIMATE before the transaction's first execution. */
  seeded: boolean;
}

/** Per location, its writers in block order (real writes and seeded ESTIMATEs). */
export class WriterIndex {
  private readonly byLoc = new Map<number, Writer[]>();

  constructor(model: BlockModel) {
    model.txs.forEach((tx, i) => {
      for (const w of tx.writes) this.add(w.loc, { tx: i, delta: w.delta, seededOnly: false, seeded: false });
      for (const loc of tx.seeded) {
        const list = this.byLoc.get(loc);
        const mine = list?.find((x) => x.tx === i);
        if (mine) mine.seeded = true;
        else this.add(loc, { tx: i, delta: false, seededOnly: true, seeded: true });
      }
    });
  }

  private add(loc: number, w: Writer): void {
    let list = this.byLoc.get(loc);
    if (!list) this.byLoc.set(loc, (list = []));
    list.push(w);
  }

  /**
   * Writers of `loc` below transaction `j`, highest first; `skipsDeltas`: without the DELTA
   * writers (a nonce-blind read), except those still seeded as ESTIMATE before they execute.
   */
  below(loc: number, j: number, skipsDeltas = false): Writer[] {
    const list = this.byLoc.get(loc);
    if (!list) return [];
    const out: Writer[] = [];
    for (let k = list.length - 1; k >= 0; k--) {
      const w = list[k]!;
      if (w.tx < j && !(skipsDeltas && w.delta && !w.seeded)) out.push(w);
    }
    return out;
  }

  /** Every writer of `loc` (ascending transaction index). */
  all(loc: number): readonly Writer[] {
    return this.byLoc.get(loc) ?? [];
  }
}

/**
 * The transactions a read of `loc` by `j` sees once every earlier transaction has executed:
 * the last real writer below `j`, and, while that write is a DELTA, the writers below it down to
 * the first absolute one. Empty when the read sees the pre-state.
 */
export function finalWriters(writers: Writer[]): number[] {
  const out: number[] = [];
  for (const w of writers) {
    if (w.seededOnly) continue;
    out.push(w.tx);
    if (!w.delta) break;
  }
  return out;
}

/** One edge of the graph: `to` depends on `from` (from < to) through `locs`. */
export interface DependencyEdge {
  from: number;
  to: number;
  /** Location ids whose read by `to` saw a write of `from`. */
  locs: number[];
}

/** The dependency DAG of a block (transactions are nodes in block order). */
export interface DependencyGraph {
  txCount: number;
  /** `deps[j]`: the transactions `j` depends on, ascending. */
  deps: number[][];
  edges: DependencyEdge[];
}

/** Builds the dependency graph of `model` (see the module comment for the rule). */
export function dependencyGraph(model: BlockModel, index: WriterIndex = new WriterIndex(model)): DependencyGraph {
  const edges: DependencyEdge[] = [];
  const deps = model.txs.map((tx, j) => {
    const byFrom = new Map<number, number[]>();
    for (const r of tx.reads) {
      for (const i of finalWriters(index.below(r.loc, j, r.skipsDeltas))) {
        const locs = byFrom.get(i);
        if (locs) {
          if (!locs.includes(r.loc)) locs.push(r.loc);
        } else byFrom.set(i, [r.loc]);
      }
    }
    const from = [...byFrom.keys()].sort((a, b) => a - b);
    for (const i of from) edges.push({ from: i, to: j, locs: byFrom.get(i)! });
    return from;
  });
  return { txCount: model.txs.length, deps, edges };
}

/** A location ranked by the dependencies it causes. */
export interface HotLocation {
  loc: number;
  info: LocationInfo;
  /** Dependencies (edges) this location causes; an edge caused by two locations counts for both. */
  dependencies: number;
  /** Transactions that read it after an earlier transaction wrote it. */
  dependentReaders: number;
  /** Transactions that write it. */
  writers: number;
}

/** Locations ranked by how many dependencies they cause, most first (ties: fewer writers, then id). */
export function hotLocations(model: BlockModel, graph: DependencyGraph, index: WriterIndex = new WriterIndex(model)): HotLocation[] {
  const count = new Map<number, { deps: number; readers: Set<number> }>();
  for (const e of graph.edges) {
    for (const loc of e.locs) {
      let c = count.get(loc);
      if (!c) count.set(loc, (c = { deps: 0, readers: new Set() }));
      c.deps++;
      c.readers.add(e.to);
    }
  }
  return [...count.entries()]
    .map(([loc, c]) => ({
      loc,
      info: model.locations[loc]!,
      dependencies: c.deps,
      dependentReaders: c.readers.size,
      writers: index.all(loc).filter((w) => !w.seededOnly).length,
    }))
    .sort((a, b) => b.dependencies - a.dependencies || a.writers - b.writers || a.loc - b.loc);
}
