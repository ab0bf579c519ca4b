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
export declare class WriterIndex {
    private readonly byLoc;
    constructor(model: BlockModel);
    private add;
    /**
     * Writers of `loc` below transaction `j`, highest first; `skipsDeltas`: without the DELTA
     * writers (a nonce-blind read), except those still seeded as ESTIMATE before they execute.
     */
    below(loc: number, j: number, skipsDeltas?: boolean): Writer[];
    /** Every writer of `loc` (ascending transaction index). */
    all(loc: number): readonly Writer[];
}
/**
 * The transactions a read of `loc` by `j` sees once every earlier transaction has executed:
 * the last real writer below `j`, and, while that write is a DELTA, the writers below it down to
 * the first absolute one. Empty when the read sees the pre-state.
 */
export declare function finalWriters(writers: Writer[]): number[];
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
export declare function dependencyGraph(model: BlockModel, index?: WriterIndex): DependencyGraph;
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
export declare function hotLocations(model: BlockModel, graph: DependencyGraph, index?: WriterIndex): HotLocation[];
