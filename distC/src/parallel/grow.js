/**
 * A copy of `a` in a new array of the same type with room for at least `min` elements (twice
 * `a`'s length at least): the one growth rule of the engine's reused arrays (write sets, version
 * chains, worker outputs).
 */
export function grown(a, min = 0) {
    const out = new a.constructor(Math.max(a.length * 2, min));
    out.set(a);
    return out;
}
//# sourceMappingURL=grow.js.map