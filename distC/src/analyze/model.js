/**
 * The block model the analyzer works on: per transaction, what it read and wrote in MVMemory's
 * terms (locations ACCOUNT / BALANCE / STORAGE, with the lazy beneficiary and transfer credits as
 * DELTA writes) and what it cost. `trace.ts` measures it from a real block; tests build it by hand.
 */
export {};
//# sourceMappingURL=model.js.map