import type { CANCELED } from '../core/run.js';
/** Why a running job's signal was aborted: canceled by its owner (the run ends `canceled`), or the server or worker stops. */
export type AbortReason = typeof CANCELED | 'shutdown';
/**
 * What became of a job the processor was given. `requeue`: its render process
 * died (out of memory, killed), which is not the job's fault, as with a
 * crashed worker; the Job document is back to 'pending', with the attempt
 * counted, and the queue runs it again. `settled`: anything else (it ended,
 * or was handed back on shutdown).
 */
export type ProcessOutcome = 'settled' | 'requeue';
export type JobProcessor = (jobId: string, signal: AbortSignal) => Promise<ProcessOutcome>;
/** dequeued: it was waiting and will not run; aborted: it was running and is stopping; absent: neither. */
export type CancelOutcome = 'dequeued' | 'aborted' | 'absent';
export interface StopOptions {
    /** Abort running jobs (reason 'shutdown') at once, or let them finish first. */
    abortRunning: boolean;
    /** When letting them finish: abort whatever still runs after this long. */
    timeoutMs: number;
}
export interface JobQueue {
    /** Begins calling processor for queued jobs. */
    start(processor: JobProcessor): Promise<void>;
    /** Adds a job id at the back; an id already waiting or running is not added twice. */
    enqueue(jobId: string): Promise<void>;
    cancel(jobId: string): Promise<CancelOutcome>;
    /** Jobs waiting (not running). */
    waiting(): Promise<number>;
    /** True between start() and stop(). */
    readonly ready: boolean;
    /** Stops taking jobs; resolves when no processor runs any more. */
    stop(options: StopOptions): Promise<void>;
}
export declare class EmbeddedQueue implements JobQueue {
    private readonly workers;
    private readonly onError;
    private readonly queued;
    private readonly running;
    private processor;
    private stopping;
    constructor(workers: number, onError?: (jobId: string, err: unknown) => void);
    get ready(): boolean;
    start(processor: JobProcessor): Promise<void>;
    enqueue(jobId: string): Promise<void>;
    cancel(jobId: string): Promise<CancelOutcome>;
    waiting(): Promise<number>;
    stop(options: StopOptions): Promise<void>;
    private pump;
}
