/**
 * Names of well-known Ethereum mainnet contracts, for the hot-location table. A small checked-in
 * table (addresses lowercase): tokens, DEX routers and pools, marketplaces, system contracts.
 */
export const KNOWN_CONTRACTS = {
    // Tokens
    '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2': 'WETH',
    '0xdac17f958d2ee523a2206206994597c13d831ec7': 'USDT (Tether)',
    '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48': 'USDC',
    '0x6b175474e89094c44da98b954eedeac495271d0f': 'DAI',
    '0x89d24a6b4ccb1b6faa2625fe562bdd9a23260359': 'SAI (single-collateral DAI)',
    '0x2260fac5e5542a773aa44fbcfedf7c193bc2c599': 'WBTC',
    '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984': 'UNI',
    '0x514910771af9ca656af840dff83e8264ecf986ca': 'LINK',
    '0x95ad61b0a150d79219dcf64e1e6cc01f0b64c4ce': 'SHIB',
    '0x7d1afa7b718fb893db30a3abc0cfc608aacfebb0': 'MATIC',
    '0x4fabb145d64652a948d72533023f6e7a623c7c53': 'BUSD',
    '0xae7ab96520de3a18e5e111b5eaab095312d7fe84': 'stETH (Lido)',
    '0x7f39c581f595b53c5cb19bd0b3f8da6c935e2ca0': 'wstETH',
    '0x6982508145454ce325ddbe47a25d4ec3d2311933': 'PEPE',
    '0xb8c77482e45f1f44de1745f52c74426c631bdd52': 'BNB (ERC-20)',
    '0xd26114cd6ee289accf82350c8d8487fedb8a0c07': 'OMG',
    '0xe41d2489571d322189246dafa5ebde1f4699f498': 'ZRX',
    '0x0d8775f648430679a709e98d2b0cb6250d2887ef': 'BAT',
    // Uniswap
    '0x7a250d5630b4cf539739df2c5dacb4c659f2488d': 'Uniswap V2: Router 2',
    '0xf164fc0ec4e93095b804a4795bbe1e041497b92a': 'Uniswap V2: Router 1',
    '0x5c69bee701ef814a2b6a3edd4b1652cb9cc5aa6f': 'Uniswap V2: Factory',
    '0xe592427a0aece92de3edee1f18e0157c05861564': 'Uniswap V3: SwapRouter',
    '0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45': 'Uniswap V3: SwapRouter02',
    '0xc36442b4a4522e871399cd717abdd847ab11fe88': 'Uniswap V3: Positions NFT',
    '0xef1c6e67703c7bd7107eed8303fbe6ec2554bf6b': 'Uniswap: Universal Router (2022)',
    '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad': 'Uniswap: Universal Router',
    '0x000000000022d473030f116ddee9f6b43ac78ba3': 'Uniswap: Permit2',
    '0xb4e16d0168e52d35cacd2c6185b44281ec28c9dc': 'Uniswap V2: USDC/WETH pool',
    '0x0d4a11d5eeaac28ec3f61d100daf4d40471f1852': 'Uniswap V2: WETH/USDT pool',
    '0xa478c2975ab1ea89e8196811f51a7b7ade33eb11': 'Uniswap V2: DAI/WETH pool',
    '0xbb2b8038a1640196fbe3e38816f3e67cba72d940': 'Uniswap V2: WBTC/WETH pool',
    '0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640': 'Uniswap V3: USDC/WETH 0.05% pool',
    '0x8ad599c3a0ff1de082011efddc58f1908eb6e6d8': 'Uniswap V3: USDC/WETH 0.3% pool',
    '0x4e68ccd3e89f51c3074ca5072bbac773960dfa36': 'Uniswap V3: WETH/USDT 0.3% pool',
    '0x11b815efb8f581194ae79006d24e0d814b7697f6': 'Uniswap V3: WETH/USDT 0.05% pool',
    '0xcbcdf9626bc03e24f779434178a73a0b4bad62ed': 'Uniswap V3: WBTC/WETH 0.3% pool',
    '0x5777d92f208679db4b9778590fa3cab3ac9e2168': 'Uniswap V3: DAI/USDC 0.01% pool',
    // Other DEXes and aggregators
    '0xd9e1ce17f2641f24ae83637ab66a2cca9c378b9f': 'SushiSwap: Router',
    '0x397ff1542f962076d0bfe58ea045ffa2d347aca0': 'SushiSwap: USDC/WETH pool',
    '0x1111111254fb6c44bac0bed2854e76f90643097d': '1inch: Aggregation Router v4',
    '0x1111111254eeb25477b68fb85ed929f73a960582': '1inch: Aggregation Router v5',
    '0x111111125421ca6dc452d289314280a0f8842a65': '1inch: Aggregation Router v6',
    '0xdef1c0ded9bec7f1a1670819833240f027b25eff': '0x: Exchange Proxy',
    '0x881d40237659c251811cec9c364ef91dc08d300c': 'MetaMask: Swap Router',
    '0x9008d19f58aabd9ed0d60971565aa8510560ab41': 'CoW Protocol: Settlement',
    '0xbebc44782c7db0a1a60cb6fe97d0b483032ff1c7': 'Curve: 3pool',
    '0xba12222222228d8ba445958a75a0704d566bf2c8': 'Balancer: Vault',
    // Marketplaces, bridges, staking, exchanges
    '0x7be8076f4ea4a4ad08075c2508e481d6c946d12b': 'OpenSea: Wyvern Exchange v1',
    '0x7f268357a8c2552623316e2562d90e642bb538e5': 'OpenSea: Wyvern Exchange v2',
    '0x00000000006c3852cbef3e08e8df289169ede581': 'OpenSea: Seaport 1.1',
    '0x00000000000000adc04c56bf30ac9d3c0aaf14dc': 'OpenSea: Seaport 1.5',
    '0x00000000219ab540356cbb839cbe05303d7705fa': 'Beacon deposit contract',
    '0x000f3df6d732807ef1319fb7b8bb8522d0beac02': 'EIP-4788 beacon roots',
    '0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be': 'Binance hot wallet',
    '0x28c6c06298d514db089934071355e5743bf21d60': 'Binance hot wallet 14',
    '0x21a31ee1afc51d94c2efccaa2092ad1028285549': 'Binance hot wallet 15',
    '0xdfd5293d8e347dfe59e90efd55b2956a1343963d': 'Binance hot wallet 16',
    '0x56eddb7aa87536c09ccc2793473599fd21a8b17f': 'Binance hot wallet 17',
    '0xa9d1e08c7793af67e9d92fe308d5697fb81d3e43': 'Coinbase hot wallet 10',
    '0x2910543af39aba0cd09dbb2d50200b3e800a63d2': 'Kraken hot wallet',
    '0xea674fdde714fd979de3edf0f56aa9716b898ec8': 'Ethermine (mining pool)',
    '0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c': 'Spark Pool (mining pool)',
    '0x829bd824b016326a401d083b33d092293333a830': 'F2Pool (mining pool)',
};
/**
 * A human-readable name for `address` (lowercase `0x` hex): the block's beneficiary, or a
 * well-known mainnet contract from {@link KNOWN_CONTRACTS}; undefined otherwise.
 */
export function labelFor(address, beneficiary) {
    const known = KNOWN_CONTRACTS[address.toLowerCase()];
    if (beneficiary !== undefined && address.toLowerCase() === beneficiary.toLowerCase()) {
        return known ? `beneficiary (${known})` : 'beneficiary (fee recipient)';
    }
    return known;
}
//# sourceMappingURL=labels.js.map