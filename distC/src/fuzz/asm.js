/**
 * A small EVM assembler for the fuzzer's generated contracts: opcodes by name, PUSH of the
 * narrowest width, labels (JUMPDESTs) and data blobs referenced by 2-byte offsets, resolved in
 * {@link Asm.build}. No optimisation, no validation beyond unknown names and duplicate labels.
 */
/** Opcode bytes by mnemonic (the subset the fuzzer emits; Cancun numbering). */
export const OP = {
    STOP: 0x00,
    ADD: 0x01,
    MUL: 0x02,
    SUB: 0x03,
    DIV: 0x04,
    MOD: 0x06,
    EXP: 0x0a,
    LT: 0x10,
    GT: 0x11,
    EQ: 0x14,
    ISZERO: 0x15,
    AND: 0x16,
    OR: 0x17,
    XOR: 0x18,
    NOT: 0x19,
    BYTE: 0x1a,
    SHL: 0x1b,
    SHR: 0x1c,
    SHA3: 0x20,
    ADDRESS: 0x30,
    BALANCE: 0x31,
    ORIGIN: 0x32,
    CALLER: 0x33,
    CALLVALUE: 0x34,
    CALLDATALOAD: 0x35,
    CALLDATASIZE: 0x36,
    CODESIZE: 0x38,
    CODECOPY: 0x39,
    GASPRICE: 0x3a,
    EXTCODESIZE: 0x3b,
    RETURNDATASIZE: 0x3d,
    RETURNDATACOPY: 0x3e,
    EXTCODEHASH: 0x3f,
    BLOCKHASH: 0x40,
    COINBASE: 0x41,
    TIMESTAMP: 0x42,
    NUMBER: 0x43,
    GASLIMIT: 0x45,
    CHAINID: 0x46,
    SELFBALANCE: 0x47,
    BASEFEE: 0x48,
    POP: 0x50,
    MLOAD: 0x51,
    MSTORE: 0x52,
    MSTORE8: 0x53,
    SLOAD: 0x54,
    SSTORE: 0x55,
    JUMP: 0x56,
    JUMPI: 0x57,
    PC: 0x58,
    MSIZE: 0x59,
    GAS: 0x5a,
    JUMPDEST: 0x5b,
    TLOAD: 0x5c,
    TSTORE: 0x5d,
    DUP1: 0x80,
    DUP2: 0x81,
    DUP3: 0x82,
    DUP4: 0x83,
    DUP5: 0x84,
    DUP6: 0x85,
    DUP7: 0x86,
    SWAP1: 0x90,
    SWAP2: 0x91,
    SWAP3: 0x92,
    LOG0: 0xa0,
    LOG1: 0xa1,
    LOG2: 0xa2,
    CREATE: 0xf0,
    CALL: 0xf1,
    CALLCODE: 0xf2,
    RETURN: 0xf3,
    DELEGATECALL: 0xf4,
    CREATE2: 0xf5,
    STATICCALL: 0xfa,
    REVERT: 0xfd,
    INVALID: 0xfe,
    SELFDESTRUCT: 0xff,
};
/** Builds one bytecode. Methods chain: `new Asm().push(1).push(0).op('SSTORE').build()`. */
export class Asm {
    items = [];
    data = [];
    nextLabel = 0;
    /** Appends opcodes by name. @throws Error on an unknown mnemonic */
    op(...names) {
        for (const n of names) {
            const b = OP[n];
            if (b === undefined)
                throw new Error(`asm: unknown opcode ${n}`);
            this.items.push({ kind: 'bytes', bytes: [b] });
        }
        return this;
    }
    /** PUSHn of a non-negative value below 2^256 (PUSH1 for 0: runs before Shanghai too). */
    push(value) {
        let v = BigInt(value);
        if (v < 0n || v >= 1n << 256n)
            throw new Error(`asm: push out of range: ${v}`);
        const bytes = [];
        do {
            bytes.unshift(Number(v & 0xffn));
            v >>= 8n;
        } while (v > 0n);
        this.items.push({ kind: 'bytes', bytes: [0x5f + bytes.length, ...bytes] });
        return this;
    }
    /** PUSH`width` of `value` (1 ≤ width ≤ 32; `value` must fit): an exact-width immediate. */
    pushN(width, value) {
        if (!Number.isInteger(width) || width < 1 || width > 32 || value < 0n || value >= 1n << BigInt(8 * width))
            throw new Error(`asm: PUSH${width} of ${value}`);
        const bytes = [];
        for (let i = width - 1; i >= 0; i--)
            bytes.push(Number((value >> BigInt(8 * i)) & 0xffn));
        this.items.push({ kind: 'bytes', bytes: [0x5f + width, ...bytes] });
        return this;
    }
    /** PUSH20 of an address (`0x` hex). */
    pushAddress(address) {
        const hex = address.slice(2).padStart(40, '0');
        const bytes = Array.from({ length: 20 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
        this.items.push({ kind: 'bytes', bytes: [0x73, ...bytes] });
        return this;
    }
    /** Raw bytes (e.g. an opcode the table does not name). */
    raw(...bytes) {
        this.items.push({ kind: 'bytes', bytes });
        return this;
    }
    /** A fresh label name, unique in this assembler. */
    fresh(prefix = 'L') {
        return `${prefix}${this.nextLabel++}`;
    }
    /** Places JUMPDEST `name` here. */
    label(name) {
        this.items.push({ kind: 'label', name });
        return this;
    }
    /** PUSH2 of the offset of label or data blob `name`. */
    ref(name) {
        this.items.push({ kind: 'ref', name });
        return this;
    }
    jump(name) {
        return this.ref(name).op('JUMP');
    }
    /** Jumps to `name` when the top of the stack is non-zero (consumes it). */
    jumpi(name) {
        return this.ref(name).op('JUMPI');
    }
    /** A data blob appended after the code; `ref(name)` pushes its offset. */
    blob(name, bytes) {
        this.data.push({ name, bytes });
        return this;
    }
    /** The bytecode. @throws Error on an undefined or duplicate label, or code above 64 KiB */
    build() {
        const offsets = new Map();
        let at = 0;
        for (const it of this.items) {
            if (it.kind === 'bytes')
                at += it.bytes.length;
            else if (it.kind === 'ref')
                at += 3;
            else {
                if (offsets.has(it.name))
                    throw new Error(`asm: duplicate label ${it.name}`);
                offsets.set(it.name, at);
                at += 1;
            }
        }
        for (const d of this.data) {
            if (offsets.has(d.name))
                throw new Error(`asm: duplicate label ${d.name}`);
            offsets.set(d.name, at);
            at += d.bytes.length;
        }
        if (at > 0xffff)
            throw new Error(`asm: code of ${at} bytes exceeds PUSH2 offsets`);
        const out = new Uint8Array(at);
        let p = 0;
        for (const it of this.items) {
            if (it.kind === 'bytes') {
                out.set(it.bytes, p);
                p += it.bytes.length;
            }
            else if (it.kind === 'label') {
                out[p++] = OP.JUMPDEST;
            }
            else {
                const to = offsets.get(it.name);
                if (to === undefined)
                    throw new Error(`asm: undefined label ${it.name}`);
                out.set([0x61, to >> 8, to & 0xff], p);
                p += 3;
            }
        }
        for (const d of this.data) {
            out.set(d.bytes, p);
            p += d.bytes.length;
        }
        return out;
    }
}
//# sourceMappingURL=asm.js.map