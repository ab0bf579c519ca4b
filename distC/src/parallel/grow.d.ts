/** A typed array a worker or the coordinator reuses and grows by doubling. */
type Growable = Int32Array | BigUint64Array | Uint8Array;
/**
 * A copy of `a` in a new array of the same type with room for at least `min` elements (twice
 * `a`'s length at least): the one growth rule of the engine's reused arrays (write sets, version
 * chains, worker outputs).
 */
export declare function grown<T extends Growable>(a: T, min?: number): T;
export {};
