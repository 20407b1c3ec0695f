// The Redis back-end as createServer uses it: the store and queue, opened
// and connected, and the start-up step that replaces embedded recovery.

import type { ResolvedServerConfig } from '../config.ts';
import { BullJobQueue } from './queue.ts';
import { RedisJobStore } from './store.ts';

export { requeueUnqueued } from './recover.ts';

export function redisStore(url: string): RedisJobStore {
  return new RedisJobStore(url);
}

/** The API server's queue; workers apply the server's result lifetime, attempt limit and public URL. */
export async function redisQueue(url: string, config: ResolvedServerConfig): Promise<BullJobQueue> {
  const queue = new BullJobQueue(url, {
    resultTtlMs: config.resultTtlMs,
    maxAttempts: config.maxAttempts,
    publicUrl: config.publicUrl,
  });
  await queue.open();
  return queue;
}
