import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const require = createRequire(import.meta.url);
/** Contracts of the synthetic workloads, compiled with the `solc` npm package (cached on disk). */
export const WORKLOAD_SOURCE = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

interface IUniswapV2Pair {
    function token0() external view returns (address);
    function getReserves() external view returns (uint112, uint112, uint32);
    function swap(uint amount0Out, uint amount1Out, address to, bytes calldata data) external;
    function mint(address to) external returns (uint liquidity);
}

/// OpenZeppelin ERC-20 that its deployer airdrops to holders in batches, plus a one-call swap on
/// a Uniswap V2 pair (the token moves its own balance to the pair, so no approval is needed).
contract WorkloadToken is ERC20 {
    address private immutable deployer;

    constructor(string memory name_) ERC20(name_, name_) {
        deployer = msg.sender;
    }

    function airdrop(address[] calldata holders, uint256 each) external {
        require(msg.sender == deployer, "only the deployer");
        for (uint256 i = 0; i < holders.length; i++) _mint(holders[i], each);
    }

    function swapVia(IUniswapV2Pair pair, uint256 amountIn) external {
        _transfer(msg.sender, address(pair), amountIn);
        (uint112 r0, uint112 r1, ) = pair.getReserves();
        bool zeroForOne = pair.token0() == address(this);
        (uint256 rIn, uint256 rOut) = zeroForOne ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
        uint256 inWithFee = amountIn * 997;
        uint256 out = (inWithFee * rOut) / (rIn * 1000 + inWithFee);
        pair.swap(zeroForOne ? 0 : out, zeroForOne ? out : 0, msg.sender, "");
    }
}

/// Every call writes the same slot: a fully dependent chain of transactions.
contract Counter {
    uint256 public count;
    function increment() external { count += 1; }
}

/// Compute-bound work (the EVM benchmark): a sieve of Eratosthenes in memory, then an arithmetic
/// mixing loop with a KECCAK256 every 64 rounds; each caller stores its result in its own slot,
/// so the transactions are independent.
contract Compute {
    mapping(address => uint256) public results;

    function work(uint256 n) external {
        bool[] memory composite = new bool[](n);
        uint256 primes;
        for (uint256 i = 2; i < n; i++) {
            if (composite[i]) continue;
            primes++;
            for (uint256 j = i * i; j < n; j += i) composite[j] = true;
        }
        uint256 h = primes;
        unchecked {
            for (uint256 i = 0; i < n; i++) {
                h = (h ^ (h >> 7)) * 0x9E3779B97F4A7C15 + i;
                if (i % 64 == 0) h = uint256(keccak256(abi.encodePacked(h)));
            }
        }
        results[msg.sender] = h;
    }
}
`;
let compiled;
/** WorkloadToken, Counter and Compute, compiled once per solc version and source (cache under node_modules/.cache). */
export function workloadContracts() {
    if (compiled)
        return compiled;
    const solc = require('solc');
    const key = createHash('sha256').update(solc.version()).update(WORKLOAD_SOURCE).digest('hex').slice(0, 16);
    const cacheFile = join(dirname(require.resolve('solc/package.json')), '..', '.cache', 'parevm', `workloads-${key}.json`);
    if (existsSync(cacheFile)) {
        compiled = JSON.parse(readFileSync(cacheFile, 'utf8'));
        return compiled;
    }
    const input = {
        language: 'Solidity',
        sources: { 'Workload.sol': { content: WORKLOAD_SOURCE } },
        settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'shanghai', outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } },
    };
    const findImports = (path) => {
        try {
            return { contents: readFileSync(require.resolve(path), 'utf8') };
        }
        catch {
            return { error: `not found: ${path}` };
        }
    };
    const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
    const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
    if (errors.length)
        throw new Error(`solc: ${errors.map((e) => e.formattedMessage).join('\n')}`);
    const out = {};
    for (const name of ['WorkloadToken', 'Counter', 'Compute']) {
        const c = output.contracts['Workload.sol'][name];
        out[name] = { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}` };
    }
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(out));
    compiled = out;
    return out;
}
/** Uniswap V2 factory and pair as shipped compiled by `@uniswap/v2-core`. */
export function uniswapV2() {
    const load = (name) => {
        const j = require(`@uniswap/v2-core/build/${name}.json`);
        const obj = j.evm?.bytecode.object ?? j.bytecode ?? '';
        return { abi: j.abi, bytecode: obj.startsWith('0x') ? obj : `0x${obj}` };
    };
    return { factory: load('UniswapV2Factory'), pair: load('UniswapV2Pair') };
}
//# sourceMappingURL=contracts.js.map