import type { JobQueue } from '../queue.js';
import type { JobStore } from '../store.js';
export declare function requeueUnqueued(store: JobStore, queue: JobQueue): Promise<number>;
