import type { CancelOutcome, JobQueue, JobProcessor, StopOptions } from '../queue.js';
/** The server's settings a worker applies to a job, so every worker treats it the same. */
export interface JobSettings {
    resultTtlMs: number;
    maxAttempts: number;
    publicUrl: string | null;
}
/** What one BullMQ job carries: the job id (its document is in the store) and the server's settings. */
export interface RenderJobData {
    jobId: string;
    settings: JobSettings;
}
export declare class BullJobQueue implements JobQueue {
    private readonly url;
    private readonly settings;
    private readonly queue;
    private readonly relay;
    private started;
    private stopped;
    constructor(url: string, settings: JobSettings);
    open(): Promise<void>;
    get ready(): boolean;
    /** The processor is not used: workers render (`framecap worker`). */
    start(_processor: JobProcessor): Promise<void>;
    enqueue(jobId: string): Promise<void>;
    cancel(jobId: string): Promise<CancelOutcome>;
    waiting(): Promise<number>;
    /** Running jobs belong to the workers: stopping the API server leaves them alone. */
    stop(_options: StopOptions): Promise<void>;
}
