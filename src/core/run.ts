// runCapture: the one orchestrator every door calls.
//
//   open (setup.ts) ─▶ pipeline (pipeline.ts): discover ─▶ plan ─▶ bounded channel ─▶ N workers: render ─▶ frame ─▶ sink
//                  ─▶ finish (finish.ts): status, manifest, gallery, output closed
//
// A URL that fails becomes a manifest row with its error; only setup problems
// (no browser, unknown frame, an unwritable output) and storage failures throw.
// The pieces live in ./run/; this file keeps the public names where the doors import them.

import { newJob } from './job.ts';
import type { JobType } from './job.ts';
import type { CaptureOptions, Source } from './options.ts';
import { createPlanner } from './plan.ts';
import { finishRun } from './run/finish.ts';
import { runPipeline } from './run/pipeline.ts';
import type { PipelineOutcome } from './run/pipeline.ts';
import { openRun, Warnings } from './run/setup.ts';
import { Tally } from './run/tally.ts';
import type { RunDeps, RunEvents, RunResult } from './run/types.ts';

export { CANCELED } from './run/types.ts';
export type { RunDeps, RunEvents, RunResult, RunStartInfo } from './run/types.ts';
export { exceedsBudget } from './run/finish.ts';

export function jobTypeOf(sources: Source[]): JobType {
  if (sources.some((s) => s.kind === 'sitemap' || s.kind === 'site')) return 'sitemap';
  const only = sources[0];
  if (sources.length === 1 && only?.kind === 'urls' && only.urls.length === 1) return 'capture';
  return 'batch';
}

export async function runCapture(options: CaptureOptions, events: RunEvents = {}, deps: RunDeps = {}): Promise<RunResult> {
  const job = { ...newJob(jobTypeOf(options.sources)), ...deps.identity };
  const warnings = new Warnings(events);
  const { warn } = warnings;
  const run = await openRun(options, events, deps, warn);
  const { book, changes, renderer, output } = run;

  job.status = 'processing';
  job.started_at = new Date().toISOString();
  events.started?.({ job: { ...job }, browserVersion: renderer.browserVersion, concurrency: renderer.concurrency, output: output.sink.path });

  const planner = createPlanner(options.plan, warn, (url) => book.keepsFragment(url));
  const tally = new Tally((row, progress) => events.result?.(row, progress));
  let outcome: PipelineOutcome;
  let contextsOpened = 0;
  try {
    outcome = await runPipeline({
      options, events, deps, warn, book, recipes: run.recipes, renderer, planner, changes,
      incremental: options.compare?.incremental === true && changes?.canReuse === true,
      write: output.write, tally,
    });
    await run.prepared;
  } catch (err) {
    // Not a page's failure nor a storage one (those are rows and outcome.fatal): keep no half-written output.
    await output.sink.abort();
    throw err;
  } finally {
    contextsOpened = renderer.contextsOpened;
    await run.cleanup.unwind();
  }

  const manifest = await finishRun({
    job, options, render: run.render, signal: deps.signal, outcome, tally, planner, changes, renderer,
    warn, warnings: () => warnings.forManifest(), output,
  });
  const { sink } = output;
  return { job, manifest, output: { path: sink.path, kind: sink.kind }, rendered: tally.rendered, reused: tally.reused, contextsOpened };
}
