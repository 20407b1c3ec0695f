import type { ChangeSession } from '../compare/index.js';
import type { Job } from '../job.js';
import type { Manifest } from '../manifest.js';
import type { CaptureOptions, FailureBudget, RenderOptions } from '../options.js';
import type { Planner } from '../plan.js';
import type { Renderer } from '../render/index.js';
import type { PipelineOutcome } from './pipeline.js';
import type { RunOutput } from './setup.js';
import type { Tally } from './tally.js';
export interface FinishInputs {
    job: Job;
    options: CaptureOptions;
    render: RenderOptions;
    signal: AbortSignal | undefined;
    outcome: PipelineOutcome;
    tally: Tally;
    planner: Planner;
    changes: ChangeSession | null;
    /** Read after the renderer closed: the version and filter lists the manifest names. */
    renderer: Pick<Renderer, 'browserVersion' | 'filterLists'>;
    warn: (message: string) => void;
    warnings: () => string[];
    output: RunOutput;
}
/** Settles the job, writes manifest and gallery, closes the sink; a fatal error aborts the output and is thrown. */
export declare function finishRun(f: FinishInputs): Promise<Manifest>;
/** --max-failures: N failed URLs, or N% of the planned ones, are still a partial run; more fail it. */
export declare function exceedsBudget(failed: number, planned: number, budget: FailureBudget | null): boolean;
