// The transitions of a job's document that every place running jobs shares:
// the embedded service (recovery, cancel), the runner and the Redis worker.
// Each one changes the record in memory; the caller saves it, so a caller
// that also stores results writes one record, not two.
//
//   pending ──start──▶ processing ──end──▶ completed | partial | failed | canceled
//      ▲                    │
//      └────back to pending─┘   (shutdown, a crashed worker's job taken over)

import { progressOf } from '../core/job.ts';
import type { Job, JobStatus } from '../core/job.ts';
import { endedRequest } from './request.ts';
import type { JobRecord } from './store.ts';

export type FinalStatus = Exclude<JobStatus, 'pending' | 'processing'>;

const FINAL: ReadonlySet<JobStatus> = new Set<FinalStatus>(['completed', 'partial', 'failed', 'canceled']);
export const isFinal = (status: JobStatus): status is FinalStatus => FINAL.has(status);

/** A worker takes the job: one more attempt, counted before any page renders. */
export function startAttempt(record: JobRecord, now: Date): void {
  record.attempts++;
  record.job.status = 'processing';
  record.job.started_at = now.toISOString();
  record.job.progress = progressOf(0, 0, 0);
}

/**
 * The job starts again from the beginning. `refundAttempt`: the stop was not
 * the job's fault (a shutdown), so it does not count towards maxAttempts; a
 * worker that died mid-job (recovery, takeover) leaves the attempt counted,
 * so a page that crashes every worker ends the job instead of looping.
 */
export function backToPending(record: JobRecord, options: { refundAttempt: boolean }): void {
  if (options.refundAttempt) record.attempts = Math.max(0, record.attempts - 1);
  record.job.status = 'pending';
  record.job.started_at = null;
  record.job.progress = progressOf(0, 0, 0);
}

/** What a job ended with. A result is kept only by endWithResults, once it is stored. */
export interface Ending {
  status: FinalStatus;
  error: string | null;
}

/**
 * The job ended without results to download: failed, or canceled before a
 * page was stored. Its request loses the header and cookie values (they are
 * needed no longer), and any half-stored result is forgotten.
 */
export function endWithoutResults(record: JobRecord, end: Ending, now: Date): void {
  endJob(record.job, end, now);
  record.request = endedRequest(record.request);
  record.job.result = null;
  record.job.result_url = null;
  record.job.download_url = null;
  record.job.expires_at = null;
  record.resultKey = null;
  record.capture = null;
}

/** The job ended with results stored under their keys; the caller sets result, URLs and expires_at. */
export function endWithResults(record: JobRecord, end: Ending & { progress: Job['progress'] }, now: Date): void {
  endJob(record.job, end, now);
  record.job.progress = end.progress;
  record.request = endedRequest(record.request);
}

function endJob(job: Job, end: Ending, now: Date): void {
  job.status = end.status;
  job.error = end.error;
  job.completed_at = now.toISOString();
}
