// Everything a run opens before its first page, and one stack that closes it again.

import { openChangeSession } from '../compare/index.ts';
import type { ChangeSession } from '../compare/index.ts';
import type { Compositor } from '../frame/index.ts';
import type { CaptureOptions, RenderOptions } from '../options.ts';
import { applyOverrides, createRecipeBook, runRecipe } from '../recipe.ts';
import type { RecipeBook } from '../recipe.ts';
import { RecipeRuntime } from '../recipe-runtime.ts';
import { launchRenderer } from '../render/index.ts';
import type { Renderer } from '../render/index.ts';
import { settingsSummary } from '../manifest.ts';
import { openSink } from '../sink/index.ts';
import type { Sink } from '../sink/index.ts';
import { UserError } from '../types.ts';
import type { RunDeps, RunEvents } from './types.ts';

const MAX_KEPT_WARNINGS = 1_000;

/**
 * Storage failures end the run: a capture we cannot write is not a per-URL
 * failure. A user can act on them (a full disk, a read-only folder), so they
 * are UserErrors, and every door prints their one line.
 */
export class SinkError extends UserError {}

/** The run's warnings: every one goes to the door, the first MAX_KEPT_WARNINGS go to the manifest. */
export class Warnings {
  readonly kept: string[] = [];
  #count = 0;
  constructor(private readonly events: RunEvents) {}
  readonly warn = (message: string): void => {
    this.#count++;
    if (this.kept.length < MAX_KEPT_WARNINGS) this.kept.push(message);
    this.events.warning?.(message);
  };
  /** The manifest's list, with a last line saying how many were dropped. */
  forManifest(): string[] {
    return this.#count > this.kept.length ? [...this.kept, `… ${this.#count - this.kept.length} more warnings not kept`] : [...this.kept];
  }
}

/** Closes what the run opened, last opened first, on every path; a close that fails does not skip the others. */
export class CleanupStack {
  readonly #closers: (() => Promise<void>)[] = [];
  defer(close: () => Promise<void>): void {
    this.#closers.push(close);
  }
  async unwind(): Promise<void> {
    let first: unknown = null;
    for (let close = this.#closers.pop(); close; close = this.#closers.pop()) {
      try { await close(); } catch (err) { first ??= err; }
    }
    if (first) throw first;
  }
}

/**
 * Where captures go. The baseline session is opened before the sink (an unreadable baseline fails
 * before Chromium starts, an unwritable output after), yet it writes through this: so the writer
 * exists first and the sink is attached to it once open; nothing writes before the pipeline runs.
 */
export class RunOutput {
  #sink: Sink | null = null;
  attach(sink: Sink): void {
    this.#sink = sink;
  }
  get sink(): Sink {
    if (!this.#sink) throw new Error('internal error: the output was written before it was opened');
    return this.#sink;
  }
  readonly write = async (file: string, data: Buffer): Promise<void> => {
    const sink = this.sink;
    try {
      await sink.add(file, data);
    } catch (err) {
      // The sinks already say which path and what to do about a system error; anything else gets the file's name.
      const message = err instanceof UserError ? err.message : `cannot write ${file} to ${sink.path}: ${(err as Error).message}`;
      throw new SinkError(message, { cause: err });
    }
  };
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
export async function openRun(options: CaptureOptions, events: RunEvents, deps: RunDeps, warn: (message: string) => void): Promise<OpenedRun> {
  const book = createRecipeBook(options);
  const recipes = new RecipeRuntime(options);
  const base = runRecipe(options);
  const { compositor, render } = await recipes.prepare(base);
  for (const set of [...(options.pages ?? []), ...book.variants].map((r) => r.set)) await recipes.prepare(applyOverrides(base, set));
  const output = new RunOutput();
  const cleanup = new CleanupStack();
  try {
    // An unreadable baseline fails the run before Chromium starts.
    const changes: ChangeSession | null = options.compare
      ? await openChangeSession({
        compare: options.compare,
        output: options.output.path,
        settings: settingsSummary({ ...options, render }, ''),
        headers: render.headers,
        cookies: render.cookies,
        userAgent: render.userAgent ?? options.discover.userAgent,
        timeoutMs: render.timeoutMs,
        write: output.write,
        warn,
      })
      : null;
    if (changes) cleanup.defer(() => changes.close());
    const prepared = prepareFrame(compositor, render);
    const renderer = await launchRenderer(render, warn, rendererHooks(options, book, events, deps));
    cleanup.defer(() => renderer.close());
    output.attach(await openSink(options.output.path));
    return { book, recipes, render, changes, renderer, output, prepared, cleanup };
  } catch (err) {
    await cleanup.unwind();
    throw err;
  }
}

/** Beside the browser's start-up, so the first capture finds the frame's static parts ready. */
function prepareFrame(compositor: Compositor, render: RenderOptions): Promise<unknown> {
  const { viewport, scale } = render;
  return compositor.prepare(Math.round(viewport.width * scale), Math.round(viewport.height * scale)).catch(() => undefined);
}

function rendererHooks(options: CaptureOptions, book: RecipeBook, events: RunEvents, deps: RunDeps) {
  // A composite's devices take turns in each slot: it keeps a context for each, and one for a plain look beside them.
  const compositeDevices = Math.max(1, ...[options.frame, ...[...(options.pages ?? []), ...book.variants].map((r) => r.set.frame)]
    .map((f) => (f?.composite?.layout === 'responsive' ? f.composite.devices.length : 1)));
  return {
    ...(compositeDevices > 1 ? { profilesPerSlot: compositeDevices + 1 } : {}),
    ...(deps.env ? { env: deps.env } : {}),
    ...(events.secret ? { onSecret: (v: string) => events.secret?.(v) } : {}),
    ...(deps.cacheDir ? { cacheDir: deps.cacheDir } : {}),
  };
}
