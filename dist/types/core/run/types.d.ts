import type { DiscoverIO } from '../discover/index.js';
import type { Job, Progress } from '../job.js';
import type { Manifest } from '../manifest.js';
import type { PlanStats } from '../plan.js';
import type { ManifestRow, Target } from '../types.js';
export interface RunStartInfo {
    job: Job;
    browserVersion: string;
    concurrency: number;
    output: string;
}
/** What a door may listen to; all optional, all synchronous. */
export interface RunEvents {
    warning?(message: string): void;
    started?(info: RunStartInfo): void;
    planned?(target: Target, plannedSoFar: number): void;
    discoveryDone?(total: number, stats: PlanStats): void;
    result?(row: ManifestRow, progress: Progress): void;
    /** A secret the run learned (the cookies a login received): the door masks it wherever it prints. */
    secret?(value: string): void;
}
/**
 * The abort reason that means the asker canceled the job (the queue server's
 * DELETE /v1/jobs/{id}): the run ends `canceled`, keeping what it captured.
 * Any other reason (SIGINT, a shutdown) is an interruption: `partial`.
 */
export declare const CANCELED = "cancelled";
export interface RunDeps {
    /** Abort (e.g. on SIGTERM): stop taking new pages, finish the ones in flight, write what finished. Reason CANCELED: the job was canceled. */
    signal?: AbortSignal;
    discoverIO?: Partial<DiscoverIO>;
    /** A job identity made by the caller (the queue server's job id and type), so the manifest carries it. */
    identity?: Pick<Job, 'id' | 'type' | 'created_at'>;
    /** Environment for browser discovery (CHROME_PATH, PATH, PLAYWRIGHT_BROWSERS_PATH): the doors pass process.env. */
    env?: Record<string, string | undefined>;
    /** A directory the run may keep derived data in between runs (the ad blocker's parsed lists); absent = none. */
    cacheDir?: string;
}
export interface RunResult {
    job: Job;
    manifest: Manifest;
    output: {
        path: string;
        kind: 'zip' | 'dir';
    };
    /** Pages sent to the browser, and pages whose baseline capture was carried over instead (--incremental). */
    rendered: number;
    reused: number;
    /** BrowserContexts the renderer created: with variants or rules, how well targets were grouped for reuse. */
    contextsOpened: number;
}
