import type { ChangeSession } from '../compare/index.js';
import type { CaptureOptions, RenderOptions } from '../options.js';
import type { RecipeBook } from '../recipe.js';
import { RecipeRuntime } from '../recipe-runtime.js';
import type { Renderer } from '../render/index.js';
import type { Sink } from '../sink/index.js';
import { UserError } from '../types.js';
import type { RunDeps, RunEvents } from './types.js';
/**
 * Storage failures end the run: a capture we cannot write is not a per-URL
 * failure. A user can act on them (a full disk, a read-only folder), so they
 * are UserErrors, and every door prints their one line.
 */
export declare class SinkError extends UserError {
}
/** The run's warnings: every one goes to the door, the first MAX_KEPT_WARNINGS go to the manifest. */
export declare class Warnings {
    #private;
    private readonly events;
    readonly kept: string[];
    constructor(events: RunEvents);
    readonly warn: (message: string) => void;
    /** The manifest's list, with a last line saying how many were dropped. */
    forManifest(): string[];
}
/** Closes what the run opened, last opened first, on every path; a close that fails does not skip the others. */
export declare class CleanupStack {
    #private;
    defer(close: () => Promise<void>): void;
    unwind(): Promise<void>;
}
/**
 * Where captures go. The baseline session is opened before the sink (an unreadable baseline fails
 * before Chromium starts, an unwritable output after), yet it writes through this: so the writer
 * exists first and the sink is attached to it once open; nothing writes before the pipeline runs.
 */
export declare class RunOutput {
    #private;
    attach(sink: Sink): void;
    get sink(): Sink;
    readonly write: (file: string, data: Buffer) => Promise<void>;
}
export interface OpenedRun {
    book: RecipeBook;
    recipes: RecipeRuntime;
    /** The run-wide render settings (before rules and variants), as the manifest's settings summary shows them. */
    render: RenderOptions;
    changes: ChangeSession | null;
    renderer: Renderer;
    output: RunOutput;
    /** The frame's static parts, drawn beside the browser's start-up; awaited before the run ends. */
    prepared: Promise<unknown>;
    /** Closes the baseline session and the renderer; the sink is closed (or aborted) by the finish step. */
    cleanup: CleanupStack;
}
/** Opens a run, cheapest check first, so a typo in --device (or a rule's, a variant's, a composite's) fails before Chromium starts. */
export declare function openRun(options: CaptureOptions, events: RunEvents, deps: RunDeps, warn: (message: string) => void): Promise<OpenedRun>;
