import type { BlockJob, BlockState, WorkerReply } from './worker.js';
export { evmWarmUp } from '../evm/warmup.js';
/**
 * A {@link BlockJob}: this worker's stride of sender recovery, then Block-STM's loop (Algorithm 1:
 * run the next task, execute or validate) over MVMemory and the shared scheduler until the block
 * is done; every incarnation's output is packed into the reply.
 * @param stateOf the block's second message ({@link BlockState}), once the coordinator has sent it
 * @throws whatever fails the job (a state read, MVMemory full, an injected fault): the worker replies `failed`
 */
export declare function runJob(job: BlockJob, stateOf: (blockId: number) => Promise<BlockState>): Promise<WorkerReply>;
