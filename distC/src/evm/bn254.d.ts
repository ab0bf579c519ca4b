/** EIP-196/197 on mcl, in the shape of `@ethereumjs/evm`'s `EVMBN254Interface`. */
export declare class MclBN254 {
    /** ECADD of a 128-byte input (two G1 points): their sum, 64 bytes. */
    add(input: Uint8Array): Uint8Array;
    /** ECMUL of a 96-byte input (a G1 point, a 256-bit scalar): the product, 64 bytes. */
    mul(input: Uint8Array): Uint8Array;
    /** ECPAIRING of k 192-byte pairs: 32 bytes, 1 when the product of their pairings is 1, else 0. */
    pairing(input: Uint8Array): Uint8Array;
}
