import type { Progress } from '../job.js';
import type { ManifestRow, Target } from '../types.js';
export declare class Tally {
    #private;
    private readonly onResult;
    planned: number;
    completed: number;
    failed: number;
    /** Pages sent to the browser, and pages whose baseline capture was carried over (--incremental). */
    rendered: number;
    reused: number;
    /** Baseline thumbnails carried over and part thumbnails written: the gallery shows them. */
    readonly thumbnails: Set<string>;
    /** Resolves at the first recorded row: the other workers wait for it (see STAGGER_MS in pipeline.ts). */
    readonly firstRecorded: Promise<void>;
    constructor(onResult: (row: ManifestRow, progress: Progress) => void);
    get progress(): Progress;
    record(target: Target, row: ManifestRow): void;
    /**
     * The rows in plan order, once the pipeline has ended. Every planned target reaches a worker,
     * which records it (as interrupted, when the run stopped), so a hole is a bug in the run loop:
     * say so here rather than let every reader defend against `undefined`.
     */
    rows(): ManifestRow[];
}
