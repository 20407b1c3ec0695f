import type { JobListFilter, JobRecord, JobStore, JobView } from '../store.js';
export declare class RedisJobStore implements JobStore {
    private readonly url;
    private readonly redis;
    constructor(url: string);
    open(): Promise<void>;
    get(id: string): Promise<JobRecord | null>;
    /**
     * From its own key, so a poll does not fetch and parse the request (a 10,000-URL
     * batch's record is about 700 KB). A record saved before views were kept has none.
     */
    view(id: string): Promise<JobView | null>;
    save(record: JobRecord): Promise<void>;
    delete(id: string): Promise<void>;
    list(filter: JobListFilter): Promise<{
        records: JobRecord[];
        total: number;
    }>;
    findByIdempotencyKey(owner: string, key: string): Promise<JobRecord | null>;
    findByCaptureId(captureId: string): Promise<JobRecord | null>;
    all(): Promise<JobRecord[]>;
    close(): Promise<void>;
    /** Redis is gone: commands waiting for the reconnect fail now ("Connection is closed") instead of waiting for ever. */
    abandon(): void;
    /** Whether the connection is up now (a shutdown checks it before waiting on Redis). */
    get connected(): boolean;
    /** Resolves when the connection drops (at once when it is not up): a shutdown waiting on Redis stops waiting then. */
    disconnected(): Promise<void>;
    /** Records for ids, in order; ids whose record is gone (deleted meanwhile) are skipped. */
    private load;
}
