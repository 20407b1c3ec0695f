import type { RenderIn, ResolvedServerConfig } from './config.js';
import type { JobProcessor } from './queue.js';
import type { ResultStorage } from './storage.js';
import type { JobRecord, JobStore } from './store.js';
export interface RunnerDeps {
    config: ResolvedServerConfig;
    store: JobStore;
    storage: ResultStorage;
    /** Scratch space for runs in progress (emptied at start). */
    workDir: string;
    log: {
        warn(obj: object, msg: string): void;
        error(obj: object, msg: string): void;
    };
    /** Called once a job has reached its final status and been saved. */
    finished(record: JobRecord): void;
    /** Render in a child process (the embedded queue's default) or in this one (Redis workers: their loop serves no API). */
    renderIn?: RenderIn;
    now?: () => Date;
}
export declare const resultKeyOf: (jobId: string) => string;
export declare const downloadPathOf: (jobId: string) => string;
export declare function createProcessor(deps: RunnerDeps): JobProcessor;
