import type { ChangeSession } from '../compare/index.js';
import type { CaptureOptions } from '../options.js';
import type { Planner } from '../plan.js';
import type { RecipeBook } from '../recipe.js';
import type { RecipeRuntime } from '../recipe-runtime.js';
import type { Renderer } from '../render/index.js';
import type { Tally } from './tally.js';
import type { RunDeps, RunEvents } from './types.js';
/** What the pipeline reads; it writes only to the tally and the outcome. */
export interface PipelineInputs {
    options: CaptureOptions;
    events: RunEvents;
    deps: RunDeps;
    warn: (message: string) => void;
    book: RecipeBook;
    recipes: RecipeRuntime;
    renderer: Renderer;
    planner: Planner;
    /** The baseline session (--baseline), null without one; `incremental` = its unchanged pages are carried over. */
    changes: ChangeSession | null;
    incremental: boolean;
    write: (file: string, data: Buffer) => Promise<void>;
    tally: Tally;
}
/** How the pipeline ended, beyond its rows: what the finish step turns into the run's status. */
export interface PipelineOutcome {
    /** The first storage or comparison failure: the run throws it after aborting the output. */
    fatal: Error | null;
    /** Discovery threw: the run keeps what was planned before. */
    discoveryError: Error | null;
    /** A source was skipped or capped, so discovery did not read every page. */
    discoveryPartial: boolean;
}
export declare function runPipeline(inputs: PipelineInputs): Promise<PipelineOutcome>;
