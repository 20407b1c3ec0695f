// The cancel scenario both queue backends must pass (server-e2e: in memory;
// redis-e2e: BullMQ): with one worker, a slow three-page job running and a
// second job waiting behind it, cancel the waiting one (it ends at once) and
// DELETE the running one (its worker stops it between pages). Each file adds
// what only its backend can show.

import assert from 'node:assert/strict';
import type { JobsClient } from '../../src/client/jobs-client.ts';
import type { Job } from '../../src/core/job.ts';
import { until } from './until.ts';

export interface CancelTarget {
  client: JobsClient;
  /** The API server's origin, for the raw DELETE (the client's cancel is checked on the waiting job). */
  origin: string;
  authorization: string;
  /** How many times the site served the slow page so far. */
  slowHits(): number;
}

/** Runs the scenario on `slowId` (three slow pages, just submitted) and `waitingId` (queued behind it); returns the canceled slow job. */
export async function cancelWaitingThenRunning(api: CancelTarget, slowId: string, waitingId: string): Promise<Job> {
  const { client } = api;
  await until('the slow job to start', async () => (await client.get(slowId)).status === 'processing');
  // One worker, one job at a time: the second waits.
  assert.equal((await client.get(waitingId)).status, 'pending');
  const cancelledPending = await client.cancel(waitingId);
  assert.equal(cancelledPending.status, 'canceled');
  assert.equal(cancelledPending.error, 'canceled before it started');

  const res = await fetch(`${api.origin}/v1/jobs/${slowId}`, { method: 'DELETE', headers: { authorization: api.authorization } });
  assert.equal(res.status, 202);
  const stopped = await client.waitFor(slowId, { pollTimeoutMs: 20_000 });
  assert.equal(stopped.status, 'canceled');
  // The page in flight finishes; what it captured stays downloadable, and the error says it is not everything.
  assert.match(stopped.error ?? '', stopped.progress.completed > 0
    ? /^canceled after \d of 3 pages: the results hold the \d captured before the cancel$/
    : /^canceled before any page was captured$/);
  assert.ok(api.slowHits() < 3, 'the job stopped before rendering every page');
  return stopped;
}
