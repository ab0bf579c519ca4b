/** keccak-256 for the EVM: the project's one definition (`src/crypto/keccak.ts`). */
export { keccak256 } from '../crypto/keccak.js';
