import type { RpcBlockJson } from '../block/decode.js';
/** The message that starts one run. */
export interface ThroughputJob {
    blockJson: RpcBlockJson;
    snapshot: SharedArrayBuffer;
}
