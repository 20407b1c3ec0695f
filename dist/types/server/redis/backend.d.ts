import type { ResolvedServerConfig } from '../config.js';
import { BullJobQueue } from './queue.js';
import { RedisJobStore } from './store.js';
export { requeueUnqueued } from './recover.js';
export declare function redisStore(url: string): RedisJobStore;
/** The API server's queue; workers apply the server's result lifetime, attempt limit and public URL. */
export declare function redisQueue(url: string, config: ResolvedServerConfig): Promise<BullJobQueue>;
