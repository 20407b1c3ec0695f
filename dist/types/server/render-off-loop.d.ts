import type { CaptureOptions } from '../core/options.js';
import type { runCapture, RunDeps, RunResult } from '../core/run.js';
type EventName = 'planned' | 'discoveryDone' | 'result' | 'warning';
export type ParentMessage = {
    type: 'run';
    options: CaptureOptions;
    deps: Pick<RunDeps, 'identity' | 'cacheDir'>;
} | {
    type: 'abort';
    reason: unknown;
};
export type ChildMessage = {
    type: 'event';
    event: EventName;
    args: unknown[];
} | {
    type: 'done';
    result: RunResult;
} | {
    type: 'failed';
    error: {
        message: string;
        user: boolean;
    };
};
/** The child's entry: next to this file from source, or beside/above the bundle's chunk in dist/. */
/**
 * The render child died before the run ended (the OOM killer, kill -9): not
 * the job's fault, like a crashed worker. The runner puts the job back in the
 * queue, up to maxAttempts.
 */
export declare class RenderProcessDied extends Error {
    readonly how: string;
    constructor(how: string);
}
/** Whether options can cross to a child: a function in them (a test's DNS lookup) cannot. */
export declare function canRenderOffLoop(options: CaptureOptions): boolean;
export declare const runCaptureInChild: typeof runCapture;
export {};
