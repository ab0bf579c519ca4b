import type { FuzzHardfork } from './forks.js';
import type { Targets } from './programs.js';
import type { Rng } from './rng.js';
/** Gas given to each routine by the sweep (leaf and mini routines; boundary routines get more). */
export declare const SWEEP_GAS: {
    readonly leaf: 300000;
    readonly mini: 100000;
    readonly boundary: 1500000;
};
/** Shape of a probe contract: routine counts. */
export interface ProbeLayout {
    leaves: number;
    minis: number;
    boundaries: number;
}
/** A generated probe contract: its code and what the sweep needs (gas, in gas units). */
export interface Probe {
    code: Uint8Array;
    layout: ProbeLayout;
    /** Gas the sweep hands out in total (its transaction needs a little more). */
    sweepGas: number;
}
/**
 * The probe contract for hardfork `hardfork`. `keepsCode`: SELFDESTRUCT leaves the contract in
 * place (EIP-6780, Cancun on); before that only the sweep's last routine may end with it.
 */
export declare function probeContract(rng: Rng, t: Targets, hardfork: FuzzHardfork, keepsCode: boolean): Probe;
