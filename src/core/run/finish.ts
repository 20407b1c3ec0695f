// The finish step: the job's status and error line, the manifest, and the output closed (or aborted).

import { captureResultOf } from '../capture-result.ts';
import type { ChangeSession } from '../compare/index.ts';
import { changeReport, removedPages } from '../compare/index.ts';
import { finalStatus, newCaptureId } from '../job.ts';
import type { Job, Progress } from '../job.ts';
import { buildManifest, settingsSummary } from '../manifest.ts';
import type { Manifest } from '../manifest.ts';
import type { CaptureOptions, FailureBudget, RenderOptions } from '../options.ts';
import { planScope } from '../plan.ts';
import type { Planner, PlanStats } from '../plan.ts';
import type { Renderer } from '../render/index.ts';
import { GALLERY, galleryHtml } from '../sink/gallery.ts';
import type { ManifestRow } from '../types.ts';
import type { PipelineOutcome } from './pipeline.ts';
import type { RunOutput } from './setup.ts';
import type { Tally } from './tally.ts';
import { CANCELED } from './types.ts';

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
export async function finishRun(f: FinishInputs): Promise<Manifest> {
  const { job, options, outcome, tally } = f;
  const rows = tally.rows();
  settleJob(job, f.signal, outcome, tally, rows, options.maxFailures ?? null, f.planner.stats);

  let report = null;
  if (f.changes) {
    // Removed = baseline pages this plan could have captured that discovery no longer lists; that is
    // knowable only when discovery read everything.
    const complete = !outcome.discoveryError && f.signal?.aborted !== true && !f.planner.full && !outcome.discoveryPartial;
    if (!complete) f.warn('removed pages are not reported: discovery did not read every page (--limit reached, a sitemap skipped or capped, an error, or an interruption)');
    const removed = complete ? removedPages(f.changes.baseline, planScope(options.plan), (url) => f.planner.seen(url)) : [];
    report = changeReport(f.changes.baseline, rows, removed);
  }
  const manifest = buildManifest(job, settingsSummary({ ...options, render: f.render }, f.renderer.browserVersion, f.renderer.filterLists), f.warnings(), rows);
  if (report) manifest.changes = report;
  const { sink } = f.output;
  if (outcome.fatal) {
    // The output itself is broken (disk full, permissions): keep nothing half-written.
    await sink.abort();
    throw outcome.fatal;
  }
  try {
    await f.output.write('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
    await f.output.write(GALLERY, Buffer.from(galleryHtml(manifest, tally.thumbnails)));
    await sink.close();
  } catch (err) {
    await sink.abort();
    throw err;
  }
  return manifest;
}

/** The job's progress, status, error line and (for one page) result, from how the pipeline ended. */
function settleJob(
  job: Job, signal: AbortSignal | undefined, outcome: PipelineOutcome, tally: Tally, rows: ManifestRow[],
  maxFailures: FailureBudget | null, stats: PlanStats,
): void {
  const { fatal, discoveryError } = outcome;
  const { planned, completed, failed } = tally;
  job.progress = tally.progress;
  job.completed_at = new Date().toISOString();
  const interrupted = signal?.aborted === true;
  const canceled = interrupted && signal.reason === CANCELED && !fatal;
  job.status = canceled ? 'canceled'
    : discoveryError || interrupted || fatal ? (completed > 0 ? 'partial' : 'failed')
      : finalStatus(job.progress);
  const overBudget = job.status === 'partial' && exceedsBudget(failed, planned, maxFailures);
  if (overBudget) job.status = 'failed';
  job.error = canceled ? canceledMessage(job.progress)
    : overBudget ? `${failed} of ${planned} pages failed, more than --max-failures ${budgetText(maxFailures!)} allows`
      : errorSummary({ fatal, discoveryError, interrupted, rows, planned, stats });
  if (job.type === 'capture') job.result = captureResultOf(newCaptureId(), rows[0]);
}

/** --max-failures: N failed URLs, or N% of the planned ones, are still a partial run; more fail it. */
export function exceedsBudget(failed: number, planned: number, budget: FailureBudget | null): boolean {
  if (!budget) return false;
  if (budget.kind === 'count') return failed > budget.max;
  return planned > 0 && (failed / planned) * 100 > budget.max;
}

function budgetText(budget: FailureBudget): string {
  return budget.kind === 'count' ? String(budget.max) : `${budget.max}%`;
}

/** How far a canceled run got: the results hold only what was captured before the cancel. */
function canceledMessage(progress: Progress): string {
  if (progress.completed === 0) return 'canceled before any page was captured';
  return `canceled after ${progress.completed + progress.failed} of ${progress.total} pages: the results hold the ${progress.completed} captured before the cancel`;
}

function errorSummary(s: {
  fatal: Error | null; discoveryError: Error | null; interrupted: boolean;
  rows: ManifestRow[]; planned: number; stats: PlanStats;
}): string | null {
  if (s.fatal) return s.fatal.message;
  if (s.interrupted) return 'interrupted: the run was stopped before every page was captured';
  if (s.discoveryError && s.planned === 0) return s.discoveryError.message;
  if (s.planned === 0) {
    const { seen, excluded, otherShard } = s.stats;
    if (seen === 0) return 'no URLs found: the sources listed no http(s) pages';
    return `no URLs to capture: ${seen} found, ${excluded} excluded by include/exclude, ${otherShard} in other shards`;
  }
  const failedRows = s.rows.filter((r) => r.status === 'failed');
  if (s.discoveryError) return `discovery stopped early: ${s.discoveryError.message}`;
  if (failedRows.length === s.planned) {
    return `all ${s.planned} pages failed; first error: ${failedRows[0]?.error ?? 'unknown'}`;
  }
  return null;
}
