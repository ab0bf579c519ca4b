/** A typed array a worker or the coordinator reuses and grows by doubling. */
type Growable = Int32Array | BigUint64Array | Uint8Array;

/**
 * A copy of `a` in a new array of the same type with room for at least `min` elements (twice
 * `a`'s length at least): the one growth rule of the engine's reused arrays (write sets, version
 * chains, worker outputs).
 */
export function grown<T extends Growable>(a: T, min = 0): T {
  const out = new (a.constructor as new (length: number) => T)(Math.max(a.length * 2, min));
  (out as Uint8Array).set(a as Uint8Array);
  return out;
}
