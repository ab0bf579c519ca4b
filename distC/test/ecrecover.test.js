import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBlock, ecrecoverBackend, loadFixtureBlock } from '../src/index.js';
import { ecrecover, pureEcrecover } from '../src/crypto/ecrecover.js';
import { FIXTURES } from './helpers.js';
test('native and pure-JS ecrecover agree on real transactions of every type', () => {
    assert.equal(ecrecoverBackend, 'native', 'the secp256k1 prebuilt binding should load on linux-x64');
    let checked = 0;
    for (const n of [930196, 4370000, 13217637, 19932703]) {
        const { block } = decodeBlock(loadFixtureBlock(FIXTURES, n).blockJson);
        for (const tx of block.transactions.slice(0, 40)) {
            const chainId = 'chainId' in tx || tx.supports(155) ? tx.common.chainId() : undefined;
            const r = tx.r, s = tx.s;
            const rb = Uint8Array.from(Buffer.from(r.toString(16).padStart(64, '0'), 'hex'));
            const sb = Uint8Array.from(Buffer.from(s.toString(16).padStart(64, '0'), 'hex'));
            const msg = tx.getMessageToVerifySignature();
            const hashed = msg.length === 32 ? msg : tx.getHashedMessageToSign();
            const args = [hashed, tx.v, rb, sb, tx.type === 0 && tx.v > 28n ? chainId : undefined];
            assert.deepEqual(ecrecover(...args), pureEcrecover(...args));
            checked++;
        }
    }
    assert.ok(checked > 100);
});
//# sourceMappingURL=ecrecover.test.js.map