// What an API server does on start in Redis mode. Jobs that were running
// stay with their workers (a crashed worker's job is taken over by another
// through BullMQ's stalled-job check), so nothing is reset here; only a job
// whose document was saved but whose queue entry was never added (the server
// died in between) is queued again. Adding an id BullMQ still holds is a no-op.

import type { JobQueue } from '../queue.ts';
import type { JobStore } from '../store.ts';

export async function requeueUnqueued(store: JobStore, queue: JobQueue): Promise<number> {
  let queued = 0;
  for (const record of await store.all()) {
    if (record.job.status !== 'pending' && record.job.status !== 'processing') continue;
    await queue.enqueue(record.job.id);
    queued++;
  }
  return queued;
}
