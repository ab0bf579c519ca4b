import { bytesToHex } from '@ethereumjs/util';
import { createContract, deployContract } from 'micro-eth-signer/abi.js';
import { SyntheticChain, wallets } from './chain.js';
import { uniswapV2, workloadContracts } from './contracts.js';
/** Kinds of synthetic block. */
export const WORKLOAD_KINDS = ['transfers', 'erc20', 'uniswap', 'chain', 'compute', 'mix'];
const ETH = 10n ** 18n;
/** The size of each compute transaction's work (sieve bound and mixing rounds). */
const COMPUTE_N = 2000n;
const TOKEN = 10n ** 18n;
/**
 * Builds a synthetic block of `txs` transactions of one kind (or a seeded mix of kinds) on a
 * genesis built for it: contracts are deployed by constructor transactions in setup blocks.
 * - transfers: independent ETH transfers, distinct senders and recipients;
 * - erc20: OpenZeppelin ERC-20 transfers, distinct senders and recipients;
 * - uniswap: swaps over `pools` Uniswap V2 pairs (the compiled `@uniswap/v2-core` artifacts);
 * - chain: every transaction increments the same storage slot (fully dependent);
 * - compute: independent compute-bound calls (`Compute.work(2000)`: a sieve and a mixing loop,
 *   ~0.5 Mgas each);
 * - mix: a seeded shuffle of transfers, erc20, uniswap and chain.
 */
export async function buildWorkload(kinds, txs, options = {}) {
    const seed = options.seed ?? 'parevm';
    const expanded = kinds.includes('mix')
        ? ['transfers', 'erc20', 'uniswap', 'chain']
        : kinds;
    const per = expanded.map((_, i) => Math.floor(txs / expanded.length) + (i < txs % expanded.length ? 1 : 0));
    const senders = wallets(`${seed}/senders`, txs);
    const deployer = wallets(`${seed}/deployer`, 1)[0];
    const chain = SyntheticChain.genesis([deployer, ...senders], 1000n * ETH);
    const groups = [];
    let at = 0;
    for (let k = 0; k < expanded.length; k++) {
        const mine = senders.slice(at, at + per[k]);
        at += per[k];
        groups.push(await calls(expanded[k], chain, deployer, mine, seed, options.pools ?? 32));
    }
    const all = interleave(groups, seed);
    const blockJson = chain.blockJson(chain.sign(all));
    return { kind: kinds.join(','), blockJson, state: chain.state };
}
async function calls(kind, chain, deployer, senders, seed, pools) {
    if (senders.length === 0)
        return [];
    const recipients = wallets(`${seed}/${kind}/recipients`, senders.length);
    const { WorkloadToken, Counter } = workloadContracts();
    const token = createContract(WorkloadToken.abi);
    if (kind === 'transfers') {
        return senders.map((s, i) => ({ from: s, to: recipients[i].address, value: 1000000000n, gasLimit: 21000n }));
    }
    if (kind === 'erc20') {
        const address = await deployToken(chain, deployer, 'ERC', senders.map((s) => s.address), 1000n * TOKEN);
        return senders.map((s, i) => ({
            from: s,
            to: address,
            gasLimit: 80000n,
            data: bytesToHex(token.transfer.encodeInput({ to: recipients[i].address, value: 1n * TOKEN })),
        }));
    }
    if (kind === 'compute') {
        const { Compute } = workloadContracts();
        const address = await deploy(chain, deployer, Compute, [], 1000000n);
        const compute = createContract(Compute.abi);
        const data = bytesToHex(compute.work.encodeInput(COMPUTE_N));
        return senders.map((s) => ({ from: s, to: address, gasLimit: 2000000n, data }));
    }
    if (kind === 'chain') {
        const address = await deploy(chain, deployer, Counter, [], 300000n);
        const counter = createContract(Counter.abi);
        return senders.map((s) => ({ from: s, to: address, gasLimit: 60000n, data: bytesToHex(counter.increment.encodeInput()) }));
    }
    // uniswap: pool p trades token p against token p+1; sender i swaps on pool i % P.
    const P = Math.max(1, Math.min(pools, senders.length));
    const tokens = [];
    for (let t = 0; t <= P; t++) {
        const holders = [deployer.address, ...senders.filter((_, i) => i % P === t).map((s) => s.address)];
        tokens.push(await deployToken(chain, deployer, `T${t}`, holders, 10n ** 6n * TOKEN));
    }
    const { factory, pair } = uniswapV2();
    const factoryAddress = await deploy(chain, deployer, factory, [deployer.address], 6000000n);
    const factoryAbi = createContract(factory.abi);
    const pairAbi = createContract(pair.abi);
    const created = await chain.mine(Array.from({ length: P }, (_, p) => ({
        from: deployer,
        to: factoryAddress,
        gasLimit: 5000000n,
        data: bytesToHex(factoryAbi.createPair.encodeInput({ tokenA: tokens[p], tokenB: tokens[p + 1] })),
    })));
    // PairCreated(token0, token1, pair, n): the pair address is the first data word.
    const pairs = created.receipts.map((r) => '0x' + r.logs[0].data.slice(26, 66));
    const liquidity = [];
    pairs.forEach((pairAddress, p) => {
        for (const t of [tokens[p], tokens[p + 1]]) {
            liquidity.push({
                from: deployer,
                to: t,
                gasLimit: 100000n,
                data: bytesToHex(token.transfer.encodeInput({ to: pairAddress, value: 10n ** 5n * TOKEN })),
            });
        }
        liquidity.push({ from: deployer, to: pairAddress, gasLimit: 300000n, data: bytesToHex(pairAbi.mint.encodeInput(deployer.address)) });
    });
    await chain.mine(liquidity);
    return senders.map((s, i) => ({
        from: s,
        to: tokens[i % P],
        gasLimit: 200000n,
        data: bytesToHex(token.swapVia.encodeInput({ pair: pairs[i % P], amountIn: 10n * TOKEN })),
    }));
}
/** Deploys a WorkloadToken and airdrops `each` to every holder, 400 holders per transaction. */
async function deployToken(chain, deployer, name, holders, each) {
    const { WorkloadToken } = workloadContracts();
    const address = await deploy(chain, deployer, WorkloadToken, [name], 3000000n);
    const token = createContract(WorkloadToken.abi);
    const batches = [];
    for (let i = 0; i < holders.length; i += 400) {
        const batch = holders.slice(i, i + 400);
        batches.push({
            from: deployer,
            to: address,
            gasLimit: 30000n * BigInt(batch.length) + 100000n,
            data: bytesToHex(token.airdrop.encodeInput({ holders: batch, each })),
        });
    }
    await chain.mine(batches);
    return address;
}
async function deploy(chain, from, artifact, args, gasLimit) {
    const data = args.length ? deployContract(artifact.abi, artifact.bytecode, argsObject(artifact.abi, args)) : artifact.bytecode;
    const r = await chain.mine([{ from, data: data.startsWith('0x') ? data : `0x${data}`, gasLimit }]);
    const address = r.receipts[0].contractAddress;
    if (!address)
        throw new Error('synthetic deployment created no contract');
    return address;
}
/** micro-eth-signer takes constructor arguments as an object keyed by parameter name. */
function argsObject(abi, args) {
    const ctor = abi.find((e) => e.type === 'constructor');
    const inputs = ctor?.inputs ?? [];
    if (inputs.length === 1)
        return args[0];
    return Object.fromEntries(inputs.map((inp, i) => [inp.name, args[i]]));
}
/** Seeded interleaving of the groups (xorshift), keeping each group's internal order. */
function interleave(groups, seed) {
    let x = 0x9e3779b9;
    for (const ch of seed)
        x = ((x ^ ch.charCodeAt(0)) * 16777619) >>> 0;
    const rand = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
    const idx = groups.map(() => 0);
    const out = [];
    const total = groups.reduce((s, g) => s + g.length, 0);
    while (out.length < total) {
        const live = groups.map((g, i) => (idx[i] < g.length ? i : -1)).filter((i) => i >= 0);
        const g = live[Math.floor(rand() * live.length)];
        out.push(groups[g][idx[g]++]);
    }
    return out;
}
//# sourceMappingURL=index.js.map