/** Why a running job's signal was aborted. */
export type AbortReason = 'cancelled' | 'shutdown';
export type JobProcessor = (jobId: string, signal: AbortSignal) => Promise<void>;
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
