/**
 * EIP-3155 trace lines as geth's `evm --json` prints them (field names, order and encodings):
 * one {@link TraceStep} per executed opcode, then one {@link TraceSummary} per transaction.
 */
export const isStep = (line) => 'pc' in line;
/** `0x` hex of a non-negative integer (geth's HexOrDecimal64 / uint256 encoding). */
export const hex = (v) => `0x${v.toString(16)}`;
/** `0x` hex of bytes. */
export function bytesHex(b) {
    return `0x${Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex')}`;
}
//# sourceMappingURL=types.js.map