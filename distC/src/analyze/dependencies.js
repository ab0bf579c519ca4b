/** Per location, its writers in block order (real writes and seeded ESTIMATEs). */
export class WriterIndex {
    byLoc = new Map();
    constructor(model) {
        model.txs.forEach((tx, i) => {
            for (const w of tx.writes)
                this.add(w.loc, { tx: i, delta: w.delta, seededOnly: false, seeded: false });
            for (const loc of tx.seeded) {
                const list = this.byLoc.get(loc);
                const mine = list?.find((x) => x.tx === i);
                if (mine)
                    mine.seeded = true;
                else
                    this.add(loc, { tx: i, delta: false, seededOnly: true, seeded: true });
            }
        });
    }
    add(loc, w) {
        let list = this.byLoc.get(loc);
        if (!list)
            this.byLoc.set(loc, (list = []));
        list.push(w);
    }
    /**
     * Writers of `loc` below transaction `j`, highest first; `skipsDeltas`: without the DELTA
     * writers (a nonce-blind read), except those still seeded as ESTIMATE before they execute.
     */
    below(loc, j, skipsDeltas = false) {
        const list = this.byLoc.get(loc);
        if (!list)
            return [];
        const out = [];
        for (let k = list.length - 1; k >= 0; k--) {
            const w = list[k];
            if (w.tx < j && !(skipsDeltas && w.delta && !w.seeded))
                out.push(w);
        }
        return out;
    }
    /** Every writer of `loc` (ascending transaction index). */
    all(loc) {
        return this.byLoc.get(loc) ?? [];
    }
}
/**
 * The transactions a read of `loc` by `j` sees once every earlier transaction has executed:
 * the last real writer below `j`, and, while that write is a DELTA, the writers below it down to
 * the first absolute one. Empty when the read sees the pre-state.
 */
export function finalWriters(writers) {
    const out = [];
    for (const w of writers) {
        if (w.seededOnly)
            continue;
        out.push(w.tx);
        if (!w.delta)
            break;
    }
    return out;
}
/** Builds the dependency graph of `model` (see the module comment for the rule). */
export function dependencyGraph(model, index = new WriterIndex(model)) {
    const edges = [];
    const deps = model.txs.map((tx, j) => {
        const byFrom = new Map();
        for (const r of tx.reads) {
            for (const i of finalWriters(index.below(r.loc, j, r.skipsDeltas))) {
                const locs = byFrom.get(i);
                if (locs) {
                    if (!locs.includes(r.loc))
                        locs.push(r.loc);
                }
                else
                    byFrom.set(i, [r.loc]);
            }
        }
        const from = [...byFrom.keys()].sort((a, b) => a - b);
        for (const i of from)
            edges.push({ from: i, to: j, locs: byFrom.get(i) });
        return from;
    });
    return { txCount: model.txs.length, deps, edges };
}
/** Locations ranked by how many dependencies they cause, most first (ties: fewer writers, then id). */
export function hotLocations(model, graph, index = new WriterIndex(model)) {
    const count = new Map();
    for (const e of graph.edges) {
        for (const loc of e.locs) {
            let c = count.get(loc);
            if (!c)
                count.set(loc, (c = { deps: 0, readers: new Set() }));
            c.deps++;
            c.readers.add(e.to);
        }
    }
    return [...count.entries()]
        .map(([loc, c]) => ({
        loc,
        info: model.locations[loc],
        dependencies: c.deps,
        dependentReaders: c.readers.size,
        writers: index.all(loc).filter((w) => !w.seededOnly).length,
    }))
        .sort((a, b) => b.dependencies - a.dependencies || a.writers - b.writers || a.loc - b.loc);
}
//# sourceMappingURL=dependencies.js.map