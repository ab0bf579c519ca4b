/**
 * A block was rejected; `errors` are every rule it breaks that the importer found (typed errors:
 * InvalidBlockError, InvalidTransactionError, ...), the first one first.
 */
export class BlockRejectedError extends Error {
  constructor(readonly errors: unknown[]) {
    super(errors.map((r) => describe(r)).join('; '));
    this.name = 'BlockRejectedError';
  }
}

/** Error class and first line of the message. */
export function describe(e: unknown): string {
  if (e === undefined) return 'no error';
  const err = e as Error & { code?: string };
  return `${err.constructor?.name ?? 'Error'}${err.code ? ` [${err.code}]` : ''}: ${String(err.message).split('\n')[0]}`;
}
