/**
 * Typed errors of parevm. Every error a caller can act on is one of these; each names what is
 * wrong (the file and field for fixture input) so a message alone is enough to fix the input.
 */

/** Base class of every parevm error. `code` is stable and safe to switch on. */
export class ParevmError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A fixture directory or file does not exist. `path` is the path that was looked up. */
export class FixtureNotFoundError extends ParevmError {
  constructor(
    readonly path: string,
    hint?: string,
  ) {
    super('FIXTURE_NOT_FOUND', `fixture not found: ${path}${hint ? ` (${hint})` : ''}`);
  }
}

/** A fixture file is not valid JSON, or a field has the wrong type or is not valid hex. */
export class FixtureFormatError extends ParevmError {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super('FIXTURE_FORMAT', `${file}: ${field ? `field ${field}: ` : ''}${detail}`);
  }
}

/** An account's `code_hash` has no bytecode, or the bytecode does not hash to it (keccak-256). */
export class CodeHashError extends ParevmError {
  constructor(
    readonly codeHash: string,
    detail: string,
    readonly file = '',
  ) {
    super('CODE_HASH', `${file ? `${file}: ` : ''}code_hash ${codeHash}: ${detail}`);
  }
}

/** No hardfork this engine supports is scheduled for the block's number and timestamp. */
export class UnsupportedHardforkError extends ParevmError {
  constructor(
    readonly blockNumber: bigint,
    readonly timestamp: bigint,
    detail: string,
  ) {
    super('UNSUPPORTED_HARDFORK', `block ${blockNumber} (timestamp ${timestamp}): ${detail}`);
  }
}

/** The sender recovered from a transaction's signature differs from the `from` the input gave. */
export class SenderMismatchError extends ParevmError {
  constructor(
    readonly txIndex: number,
    readonly expected: string,
    readonly recovered: string,
  ) {
    super(
      'SENDER_MISMATCH',
      `transaction ${txIndex}: recovered sender ${recovered} differs from "from" ${expected}`,
    );
  }
}

/** A transaction's signature cannot be recovered (invalid v/r/s, or s above n/2 after Homestead). */
export class InvalidSignatureError extends ParevmError {
  constructor(
    readonly txIndex: number,
    detail: string,
  ) {
    super('INVALID_SIGNATURE', `transaction ${txIndex}: invalid signature: ${detail}`);
  }
}

/** BLOCKHASH asked for an ancestor whose hash the state does not hold. Never answered with zero. */
export class MissingBlockHashError extends ParevmError {
  constructor(readonly blockNumber: bigint) {
    super(
      'MISSING_BLOCK_HASH',
      `BLOCKHASH(${blockNumber}) was executed but the ancestor hash is not in the block hashes (block_hashes.json)`,
    );
  }
}

/** A block's JSON could not be decoded into a block and its transactions. */
export class BlockDecodeError extends ParevmError {
  constructor(detail: string, options?: { cause?: unknown }) {
    super('BLOCK_DECODE', `cannot decode block: ${detail}`, options);
  }
}

/** A transaction is invalid in its block (cannot pay, bad nonce, gas above limit, ...). */
export class InvalidTransactionError extends ParevmError {
  constructor(
    readonly txIndex: number,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('INVALID_TRANSACTION', `transaction ${txIndex}: ${detail}`, options);
  }
}

/**
 * A block is invalid: its header breaks a consensus rule against its parent (number, timestamp,
 * gas limit, EIP-1559 base fee, EIP-4844 excess blob gas, ...), its body does not match the header
 * (transactions/withdrawals roots, ommers), or executing it does not give the header's
 * `gasUsed`, `receiptsRoot`, `logsBloom` or `stateRoot`. `field` names the rule or header field.
 */
export class InvalidBlockError extends ParevmError {
  constructor(
    readonly field: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('INVALID_BLOCK', `invalid block (${field}): ${detail}`, options);
  }
}
