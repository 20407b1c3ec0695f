import type { JobType } from './job.js';
import type { CaptureOptions, Source } from './options.js';
import type { RunDeps, RunEvents, RunResult } from './run/types.js';
export { CANCELED } from './run/types.js';
export type { RunDeps, RunEvents, RunResult, RunStartInfo } from './run/types.js';
export { exceedsBudget } from './run/finish.js';
export declare function jobTypeOf(sources: Source[]): JobType;
export declare function runCapture(options: CaptureOptions, events?: RunEvents, deps?: RunDeps): Promise<RunResult>;
