/**
 * A SharedArrayBuffer of at least `bytes`: the one `reuse` offers (e.g. the engine's `SpareBuffer.take`)
 * when it is large enough, else a new one; `reused` says which (a reused one holds old data).
 */
export function sharedBufferOf(bytes: number, reuse?: (bytes: number) => SharedArrayBuffer | undefined): { buffer: SharedArrayBuffer; reused: boolean } {
  const offered = reuse?.(bytes);
  if (offered !== undefined && offered.byteLength >= bytes) return { buffer: offered, reused: true };
  return { buffer: new SharedArrayBuffer(bytes), reused: false };
}
