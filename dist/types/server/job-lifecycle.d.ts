import type { Job, JobStatus } from '../core/job.js';
import type { JobRecord } from './store.js';
export type FinalStatus = Exclude<JobStatus, 'pending' | 'processing'>;
export declare const isFinal: (status: JobStatus) => status is FinalStatus;
/** A worker takes the job: one more attempt, counted before any page renders. */
export declare function startAttempt(record: JobRecord, now: Date): void;
/**
 * The job starts again from the beginning. `refundAttempt`: the stop was not
 * the job's fault (a shutdown), so it does not count towards maxAttempts; a
 * worker that died mid-job (recovery, takeover) leaves the attempt counted,
 * so a page that crashes every worker ends the job instead of looping.
 */
export declare function backToPending(record: JobRecord, options: {
    refundAttempt: boolean;
}): void;
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
export declare function endWithoutResults(record: JobRecord, end: Ending, now: Date): void;
/** The job ended with results stored under their keys; the caller sets result, URLs and expires_at. */
export declare function endWithResults(record: JobRecord, end: Ending & {
    progress: Job['progress'];
}, now: Date): void;
