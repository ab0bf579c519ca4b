/**
 * The DAO irregular state change (block 1,920,000): the balances of these accounts move to the
 * refund contract. The list is consensus data, as in go-ethereum params/dao.go and
 * @ethereumjs/vm's runBlock (which does not export it).
 */
export declare const DAO_REFUND_CONTRACT = "0xbf4ed7b27f1d666546e30d74d50d173d20bca754";
export declare const DAO_DRAIN_ACCOUNTS: readonly string[];
